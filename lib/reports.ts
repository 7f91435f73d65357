/**
 * The platforms' official routes to report blackmail and policy-violating reviews, as data. Each route
 * carries the page that documents it and the date someone last checked it (DESIGN.md "Official report routes").
 */
import type { Platform } from './platforms';

export type ReportSituation = 'blackmail_threat' | 'posted_review' | 'extortion' | 'policy_violation' | 'guest_misconduct';

export interface ReportRoute {
  id: string;
  /** the platform it reports to ('booking' is not a platform Tact reads, but managers report there too) */
  platform: Platform | 'booking';
  label: string;
  situation: ReportSituation;
  /** the page opened in a new tab */
  url: string;
  /** where the route is documented */
  source: string;
  /** YYYY-MM-DD */
  checked: string;
  /** the path through the platform's UI, in English */
  steps: string[];
  /** what the form asks for (so the summary brings it) */
  needs: string[];
}

export const REPORT_ROUTES: readonly ReportRoute[] = [
  {
    id: 'tripadvisor-blackmail-threat',
    platform: 'tripadvisor',
    label: 'TripAdvisor — blackmail threat',
    situation: 'blackmail_threat',
    url: 'https://www.tripadvisor.com/business/insights/hotels/resources/report-blackmail-threat',
    source: 'https://www.tripadvisor.com/business/insights/hotels/resources/report-blackmail-threat',
    checked: '2026-11-24',
    steps: ['Management Center', 'Reviews', 'Report a review', 'Report fraud', 'Report blackmail threat'],
    needs: ['month and year of stay', "the would-be reviewer's name and/or email", 'a description', 'report the same day'],
  },
  {
    id: 'tripadvisor-posted-review',
    platform: 'tripadvisor',
    label: 'TripAdvisor — problem with a posted review',
    situation: 'posted_review',
    url: 'https://www.tripadvisor.com/ManagementCenter',
    // support article 200614397: "Report a problem with review"
    source: 'https://www.tripadvisorsupport.com/en-US/hc/owner/articles/200614397',
    checked: '2026-11-24',
    steps: ['Management Center', 'Report a review', 'Report a problem with review'],
    needs: ['the facts', 'documents'],
  },
  {
    id: 'google-extortion',
    platform: 'google',
    label: 'Google — review extortion',
    situation: 'extortion',
    url: 'https://support.google.com/business/answer/16404809',
    source: 'https://support.google.com/business/answer/16404809',
    checked: '2026-11-24',
    steps: ['Help page', 'merchant extortion form'],
    needs: ['the business', 'the suspicious reviews', 'how and what was demanded', 'screenshots', 'do not engage or pay'],
  },
  {
    id: 'google-policy-violation',
    platform: 'google',
    label: 'Google — Reviews Management Tool',
    situation: 'policy_violation',
    url: 'https://support.google.com/business/workflow/9945796',
    source: 'https://support.google.com/business/workflow/9945796',
    checked: '2026-11-24',
    steps: ['Reviews Management Tool', 'select the business', 'report the review'],
    needs: ['the review', 'the policy it violates'],
  },
  {
    id: 'booking-review-removal',
    platform: 'booking',
    label: 'Booking.com — guest review removal (blackmail with written evidence)',
    situation: 'posted_review',
    url: 'https://partner.booking.com/en-us/help/guest-reviews/general/guest-review-removal',
    source: 'https://partner.booking.com/en-us/help/guest-reviews/general/guest-review-removal',
    checked: '2026-11-24',
    steps: ['Extranet', 'Guest reviews', 'request removal'],
    needs: ['written evidence of the blackmail'],
  },
  {
    id: 'booking-guest-misconduct',
    platform: 'booking',
    label: 'Booking.com — guest misconduct (within 7 days of check-out)',
    situation: 'guest_misconduct',
    url: 'https://partner.booking.com/en-us/help/first-steps/how-do-i-report-issues-about-guest-misconduct',
    source: 'https://partner.booking.com/en-us/help/first-steps/how-do-i-report-issues-about-guest-misconduct',
    checked: '2026-11-24',
    steps: ['Extranet', 'Reservation', 'Report guest misconduct'],
    needs: ['within 7 days of check-out', 'what happened'],
  },
];

/**
 * The routes to offer for a blackmail case: for a review already on a platform, that platform's routes
 * first (a posted review on TripAdvisor → "problem with review"; a threat before posting → "blackmail threat").
 */
export function blackmailRoutes(platform: Platform, reviewIsPosted: boolean): ReportRoute[] {
  const blackmailSituations: ReportSituation[] = ['blackmail_threat', 'posted_review', 'extortion'];
  const routes = REPORT_ROUTES.filter((route) => blackmailSituations.includes(route.situation));
  const rank = (route: ReportRoute): number => {
    let score = route.platform === platform ? 0 : 10;
    if (route.platform === 'tripadvisor') score += reviewIsPosted === (route.situation === 'posted_review') ? 0 : 1;
    if (route.platform === 'booking') score += 5;
    return score;
  };
  return [...routes].sort((a, b) => rank(a) - rank(b));
}

export interface ReportSummaryInput {
  route: ReportRoute;
  establishmentName: string;
  platformLabel: string;
  pageUrl: string;
  reviewId: string;
  author: string;
  rating: number | null;
  reviewDate: string;
  text: string;
  capturedAt: string;
  sha256: string | null;
  /** the demand and threat as found in the text */
  evidence: string[];
}

/** A plain-text summary to paste into the platform's form (English: the forms are in English). */
export function reportSummary(input: ReportSummaryInput): string {
  const lines = [
    `Report: ${input.route.label}`,
    input.establishmentName ? `Business: ${input.establishmentName}` : null,
    `Where: ${input.platformLabel}${input.pageUrl ? ` — ${input.pageUrl}` : ''}`,
    input.reviewId && !input.reviewId.startsWith('paste:') ? `Review id: ${input.reviewId}` : null,
    input.author ? `Author (as displayed): ${input.author}` : null,
    input.rating !== null ? `Rating: ${input.rating}/5` : null,
    input.reviewDate ? `Date shown: ${input.reviewDate}` : null,
    `Captured: ${input.capturedAt}${input.sha256 ? ` (SHA-256 of the text: ${input.sha256})` : ''}`,
    input.evidence.length ? `What was demanded / threatened: ${input.evidence.map((e) => `“${e}”`).join('; ')}` : null,
    'We did not give in and did not offer anything in exchange for the review.',
    '',
    'Exact text:',
    input.text,
  ];
  return lines.filter((line): line is string => line !== null).join('\n');
}
