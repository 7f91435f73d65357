/** Which adapter claims a URL: every page-kind detector of every site, in one list. */
import type { PageKind } from './types';
import type { PageDetector } from './url-types';
import { TRIPADVISOR_DETECTORS } from './tripadvisor/url';
import { GOOGLE_DETECTORS } from './google/url';

export type { PageDetector } from './url-types';
export const PAGE_DETECTORS: readonly PageDetector[] = [...TRIPADVISOR_DETECTORS, ...GOOGLE_DETECTORS];

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** URLs no detector may claim (near misses and look-alikes). */
export const REJECTED_URLS: readonly string[] = [
  'https://www.tripadvisor.com/Hotels-g187147-Paris_Ile_de_France-Hotels.html',
  'https://www.tripadvisor.com/Profile/436kisham',
  'http://www.tripadvisor.com/Hotel_Review-g187147-d188975-Reviews-Hotel_des_Arts.html',
  'https://www.tripadvisor.evil.com/Hotel_Review-g187147-d188975-Reviews-Hotel_des_Arts.html',
  'https://tripadvisor.com.evil.net/Hotel_Review-g187147-d188975-Reviews.html',
  'https://www.example.com/Hotel_Review-g187147-d188975-Reviews.html',
  'https://www.google.com/search?q=hotel+des+arts',
  'https://www.google.com/maps/@48.85,2.35,15z',
  'https://maps.google.com/maps/place/Hotel+des+Arts',
  'https://www.google.fr/maps/place/Hotel+des+Arts',
  'https://www.google.com/local/business/abc/customers/reviews',
  'https://business.google.com/groups/1/insights',
  'https://business.google.com.evil.net/groups/1/reviews',
  'not a url',
];

/** The page kind for a URL, or null when no adapter claims it. */
export function detectPage(url: string): PageKind | null {
  const parsed = parse(url);
  if (!parsed) return null;
  return PAGE_DETECTORS.find((detector) => detector.accepts(parsed))?.kind ?? null;
}
