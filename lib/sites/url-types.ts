import type { PageKind } from './types';

export interface PageDetector {
  kind: PageKind;
  accepts(url: URL): boolean;
  /** URLs this detector must accept and every other detector must reject */
  examples: readonly string[];
}
