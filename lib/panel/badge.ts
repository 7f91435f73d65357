/**
 * The toolbar badge: how many reviews on the tab's page the analysis rates high-risk. The background runs
 * the same analyzeReview as the panel (pure, no network), so the count matches the page queue.
 */
import type { AnalysisInput, AnalysisResult } from '../analysis/types';
import type { ReviewSnapshot } from '../review';
import { countHighRisk } from './queue';

export interface Badge {
  count: number;
  /** what the badge shows: '' hides it */
  text: string;
}

export function badgeFor(reviews: readonly ReviewSnapshot[], analyze: ((input: AnalysisInput) => AnalysisResult) | null): Badge {
  if (!analyze) return { count: 0, text: '' };
  const count = countHighRisk(reviews, analyze);
  return { count, text: count === 0 ? '' : count > 99 ? '99+' : String(count) };
}
