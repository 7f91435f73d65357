/** Where a review lives, and the platform facts Tact relies on (each with its source). */
export const PLATFORMS = ['tripadvisor', 'google', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const LANGUAGES = ['fr', 'en', 'es', 'de', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];
/** `und`: a language Tact cannot read (analysis still runs on what it can). */
export type DetectedLanguage = Language | 'und';

export interface ReplyLimit {
  /** maximum size of one public reply */
  max: number;
  unit: 'utf8-bytes' | 'chars';
  source: string;
}

export const REPLY_LIMITS: Record<Platform, ReplyLimit> = {
  // Google Business Profile API, ReviewReply.comment: "maximum length is 4096 bytes".
  google: { max: 4096, unit: 'utf8-bytes', source: 'https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews#ReviewReply' },
  // TripAdvisor publishes no limit for management responses; 5,000 characters keeps clear of what public tools assume (10,000, unverified).
  tripadvisor: { max: 5000, unit: 'chars', source: 'no published limit (DOM-NOTES §2: public extensions assume 10 000, unverified)' },
  other: { max: 5000, unit: 'chars', source: 'Tact default for unknown sites' },
};

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // BMP char, or a lone surrogate (encoded as U+FFFD, 3 bytes)
  }
  return bytes;
}

/** Length of `text` in the unit of the platform's limit. */
export function replyLength(text: string, platform: Platform): number {
  return REPLY_LIMITS[platform].unit === 'utf8-bytes' ? utf8Length(text) : text.length;
}
