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

/** One short text per language: analysing them compiles each language's rules once. */
const WARM_UP_SAMPLES = [
  'La chambre était propre, merci.',
  'The room was clean, thank you.',
  'La habitación estaba limpia, gracias.',
  'Das Zimmer war sauber, danke.',
  'La camera era pulita, grazie.',
];

/**
 * Compiles the engines' rules while the panel is idle, so that the manager's next click is analysed and
 * drafted without the first-use cost (measured by scripts/bench/panel.ts).
 */
export function warmUpEngines(engines: PanelEngines): void {
  for (const text of WARM_UP_SAMPLES) {
    try {
      engines.check(text, { platform: 'other', reviewText: text });
      engines.analyze({ text, platform: 'other' });
    } catch {
      // warming up is an optimisation; a failure here shows up on the real analysis
    }
  }
}
