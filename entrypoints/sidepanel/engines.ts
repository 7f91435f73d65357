import { analyzeReview } from '@/lib/analysis';
import { checkReply, composeReply, isManagerAdvice } from '@/lib/reply';
import type { PanelEngines } from '@/lib/panel/engines';

/** The analysis engine and the reply composer/checker: pure functions, the same as the CLI and the tests. */
export const engines: PanelEngines = {
  analyze: analyzeReview,
  compose: (review, analysis, settings, options) =>
    composeReply({ text: review.text, title: review.title, author: review.author, rating: review.rating, platform: review.platform }, analysis, settings, options),
  isAdvice: isManagerAdvice,
  check: checkReply,
};
