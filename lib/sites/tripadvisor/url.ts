/** TripAdvisor page kinds by URL; each lists the URLs it must accept (checked by tests/unit/sites/url.test.ts). */
import type { PageDetector } from '../url-types';
import { TRIPADVISOR_DOMAINS } from '../hosts';

/** www.<one of TripAdvisor's country domains> (hosts.ts) */
export function isTripadvisorHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host.startsWith('www.') && (TRIPADVISOR_DOMAINS as readonly string[]).includes(host.slice(4));
}

export const TRIPADVISOR_DETECTORS: readonly PageDetector[] = [
  {
    kind: 'tripadvisor-public',
    // Hotel_Review / Restaurant_Review / Attraction_Review and the single-review page (DOM-NOTES §1)
    accepts: (u) => isTripadvisorHost(u.hostname) && /^\/(?:Hotel_Review|Restaurant_Review|Attraction_Review|ShowUserReviews)-g\d+-d\d+/.test(u.pathname),
    examples: [
      'https://www.tripadvisor.com/Hotel_Review-g187147-d188975-Reviews-Hotel_des_Arts-Paris_Ile_de_France.html',
      'https://www.tripadvisor.fr/Hotel_Review-g187147-d188975-Reviews-Hotel_des_Arts-Paris_Ile_de_France.html',
      'https://www.tripadvisor.de/Hotel_Review-g187147-d188975-Reviews-or10-Hotel_des_Arts-Paris_Ile_de_France.html#REVIEWS',
      'https://www.tripadvisor.co.uk/Hotel_Review-g186338-d192095-Reviews-The_Fox_Inn-London_England.html',
      'https://www.tripadvisor.it/Restaurant_Review-g187791-d1096573-Reviews-Trattoria_da_Enzo-Rome_Lazio.html',
      'https://www.tripadvisor.com/Attraction_Review-g293924-d1177507-Reviews-Night_Market-Hanoi.html',
      'https://www.tripadvisor.es/Attraction_Review-g187497-d190152-Reviews-Casa_Mila-Barcelona_Catalonia.html',
      'https://www.tripadvisor.com/ShowUserReviews-g293924-d1177507-r1078815755-Night_Market-Hanoi.html',
      'https://www.tripadvisor.com.au/Hotel_Review-g255060-d256634-Reviews-Harbour_View-Sydney.html',
    ],
  },
  {
    kind: 'tripadvisor-owner-response',
    // /OwnerResponse-d<locationId> (DOM-NOTES §2, seen as a referrer in public code)
    accepts: (u) => isTripadvisorHost(u.hostname) && /^\/OwnerResponse-d\d+/.test(u.pathname),
    examples: [
      'https://www.tripadvisor.com/OwnerResponse-d188975',
      'https://www.tripadvisor.fr/OwnerResponse-d188975?review=1078815001',
      'https://www.tripadvisor.de/OwnerResponse-d188975-Hotel_des_Arts.html',
    ],
  },
  {
    kind: 'tripadvisor-management-center',
    // Management Center, reviews tab (DOM-NOTES §2)
    accepts: (u) => isTripadvisorHost(u.hostname) && /^\/ManagementCenter(?:[/?#-]|$)/.test(u.pathname),
    examples: [
      'https://www.tripadvisor.com/ManagementCenter',
      'https://www.tripadvisor.fr/ManagementCenter/reviews?locationId=188975',
      'https://www.tripadvisor.co.uk/ManagementCenter-d188975-Reviews',
    ],
  },
];
