/** Google page kinds by URL; each lists the URLs it must accept (checked by tests/unit/sites/url.test.ts). */
import type { PageDetector } from '../url-types';

export const GOOGLE_DETECTORS: readonly PageDetector[] = [
  {
    kind: 'google-maps-place',
    // Maps place pages, any hl (DOM-NOTES §3)
    accepts: (u) => u.hostname === 'www.google.com' && /^\/maps\/place\//.test(u.pathname),
    examples: [
      'https://www.google.com/maps/place/Hotel+des+Arts/@48.8566,2.3522,17z/data=!4m8!3m7!1s0x0:0x1!8m2!3d48.8566!4d2.3522!9m1!1b1',
      'https://www.google.com/maps/place/Trattoria+da+Enzo/@41.889,12.47,17z?hl=it',
      'https://www.google.com/maps/place/Le+Petit+Bistrot/?hl=fr',
    ],
  },
  {
    kind: 'google-owner-reply',
    // the Search merchant panel's reviews iframe and its single-review reply page (DOM-NOTES §4)
    accepts: (u) => u.hostname === 'www.google.com' && /^\/local\/business\/\d+\/customers\/reviews(?:\/|$)/.test(u.pathname),
    examples: [
      'https://www.google.com/local/business/123/customers/reviews?hl=fr',
      'https://www.google.com/local/business/4815162342/customers/reviews/reply?knm=0&ih=lu&origin=https%3A%2F%2Fwww.google.com&hl=en&reviewId=ChdDSUhN',
    ],
  },
  {
    kind: 'google-business-profile',
    // business.google.com reviews list and the one-at-a-time reply queue (DOM-NOTES §5)
    accepts: (u) => u.hostname === 'business.google.com' && /^\/(?:groups\/\d+\/)?(?:[a-z]{1,10}\/)?reviews(?:\/|$)/.test(u.pathname),
    examples: [
      'https://business.google.com/groups/1/reviews',
      'https://business.google.com/reviews',
      'https://business.google.com/groups/1234567/reviews?hl=it',
    ],
  },
];
