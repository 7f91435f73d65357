/**
 * The pages Tact's content scripts run on: the manifest's `matches` and the background's sender check
 * are both built from these lists, so they cannot drift apart.
 */

// TripAdvisor country domains (the footer's "country/region" menu on tripadvisor.com lists these sites).
export const TRIPADVISOR_DOMAINS = [
  'tripadvisor.com', 'tripadvisor.fr', 'tripadvisor.co.uk', 'tripadvisor.de', 'tripadvisor.es', 'tripadvisor.it',
  'tripadvisor.ca', 'tripadvisor.com.au', 'tripadvisor.co.nz', 'tripadvisor.ie', 'tripadvisor.in', 'tripadvisor.co.za',
  'tripadvisor.com.sg', 'tripadvisor.com.my', 'tripadvisor.com.ph', 'tripadvisor.co.id', 'tripadvisor.com.hk',
  'tripadvisor.com.tw', 'tripadvisor.jp', 'tripadvisor.co.kr', 'tripadvisor.com.vn', 'tripadvisor.co',
  'tripadvisor.com.br', 'tripadvisor.com.mx', 'tripadvisor.com.ar', 'tripadvisor.cl', 'tripadvisor.com.pe',
  'tripadvisor.com.ve', 'tripadvisor.nl', 'tripadvisor.be', 'tripadvisor.ch', 'tripadvisor.at', 'tripadvisor.pt',
  'tripadvisor.se', 'tripadvisor.dk', 'tripadvisor.no', 'tripadvisor.fi', 'tripadvisor.pl', 'tripadvisor.cz',
  'tripadvisor.sk', 'tripadvisor.gr', 'tripadvisor.com.tr', 'tripadvisor.ru', 'tripadvisor.rs', 'tripadvisor.co.il',
  'tripadvisor.com.eg', 'tripadvisor.ae', 'tripadvisor.com.gr',
] as const;

// Public review pages and the owner side (DOM-NOTES §1-2). Paths are case-sensitive on TripAdvisor.
export const TRIPADVISOR_PATHS = [
  '/Hotel_Review-*',
  '/Restaurant_Review-*',
  '/Attraction_Review-*',
  '/ShowUserReviews-*',
  '/ManagementCenter*',
  '/OwnerResponse-*',
  '/Owners*',
] as const;

export const tripadvisorMatches: string[] = TRIPADVISOR_DOMAINS.flatMap((domain) =>
  TRIPADVISOR_PATHS.map((path) => `https://www.${domain}${path}`),
);

// Google Maps place pages (DOM-NOTES §3), the Search merchant panel's reviews iframe (§4) and the
// Business Profile Manager (§5).
export const googleMatches: string[] = [
  'https://www.google.com/maps/*',
  'https://www.google.com/local/business/*',
  'https://business.google.com/*',
];

/** True when a page at this hostname may host one of Tact's content scripts. */
export function isAllowedContentHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'www.google.com' || host === 'business.google.com') return true;
  return host.startsWith('www.') && (TRIPADVISOR_DOMAINS as readonly string[]).includes(host.slice(4));
}
