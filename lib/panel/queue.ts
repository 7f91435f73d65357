/**
 * The page queue: every review on the current page, unanswered before answered, riskiest first
 * (DESIGN journey 3), with the page's order as the last tie-break.
 */
import type { AnalysisInput, AnalysisResult, Category, Risk } from '../analysis/types';
import type { ReviewSnapshot } from '../review';

export interface QueueItem {
  review: ReviewSnapshot;
  risk: Risk | null;
  category: Category | null;
  answered: boolean;
  /** the model reads veiled blackmail the rules did not confirm (AnalysisResult.veiledBlackmail) */
  veiled: boolean;
  /** position on the page */
  index: number;
}

/** Points a possible veiled blackmail gains in the queue order: enough to pass an ordinary complaint. */
const VEILED_PRIORITY = 25;

export function analysisInputOf(review: ReviewSnapshot): AnalysisInput {
  return {
    text: review.text,
    ...(review.title ? { title: review.title } : {}),
    ...(review.rating !== null ? { rating: review.rating } : {}),
    platform: review.platform,
  };
}

export function rankQueue(reviews: readonly ReviewSnapshot[], analyze: ((input: AnalysisInput) => AnalysisResult) | null): QueueItem[] {
  const items = reviews.map((review, index): QueueItem => {
    let analysis: AnalysisResult | null = null;
    if (analyze) {
      try {
        analysis = analyze(analysisInputOf(review));
      } catch {
        analysis = null;
      }
    }
    return { review, risk: analysis?.risk ?? null, category: analysis?.category ?? null, answered: !!review.ownerResponse, veiled: !!analysis?.veiledBlackmail, index };
  });
  // without the engine, a low rating is the only risk cue we have; a possible blackmail is read early
  const score = (item: QueueItem) => (item.risk?.score ?? (item.review.rating !== null ? (5 - item.review.rating) * 10 : 0)) + (item.veiled ? VEILED_PRIORITY : 0);
  return items.sort((a, b) => Number(a.answered) - Number(b.answered) || score(b) - score(a) || a.index - b.index);
}

/** How many reviews on a page are high-risk (the toolbar badge). */
export function countHighRisk(reviews: readonly ReviewSnapshot[], analyze: (input: AnalysisInput) => AnalysisResult): number {
  let count = 0;
  for (const review of reviews) {
    try {
      if (analyze(analysisInputOf(review)).risk.level === 'high') count++;
    } catch {
      // a review the engine cannot read does not count
    }
  }
  return count;
}
