/**
 * What the panel needs from the analysis engine and the reply composer/checker, as one small interface so
 * the store can be tested with the real engines or without them (a build where a module is missing).
 */
import type { AnalysisInput, AnalysisResult } from '../analysis/types';
import type { CheckOptions, ComposeOptions, EstablishmentSettings, Finding } from '../reply/types';
import type { ReviewSnapshot } from '../review';

export interface PanelEngines {
  analyze(input: AnalysisInput): AnalysisResult;
  /** a public reply; composeReply's "[Tact] …" manager advice must be recognised with isAdvice */
  compose(review: ReviewSnapshot, analysis: AnalysisResult, settings: EstablishmentSettings, options: ComposeOptions): string;
  /** true when composed text is advice for the manager, not a reply (report_and_ignore) */
  isAdvice(text: string): boolean;
  check(text: string, options: CheckOptions & { reviewAuthor?: string }): Finding[];
}
