import type { PanelEngines } from '@/lib/panel/engines';

/** The analysis engine and the reply composer/checker, wired once their modules exist. */
export const engines: PanelEngines | null = null;
