/**
 * Saves the reply a short while after typing stops (DESIGN: "saved within a second"). A failed save never
 * touches the text: the caller keeps what was typed and shows the error.
 */
export const AUTOSAVE_DELAY_MS = 600;

export type SaveOutcome = { ok: true } | { ok: false; error: string };

export interface Autosave {
  /** the text changed: (re)start the timer */
  schedule(text: string): void;
  /** save now what is pending (panel hidden, target switched) */
  flush(): Promise<SaveOutcome | null>;
  cancel(): void;
  readonly pending: boolean;
}

export function createAutosave(
  save: (text: string) => Promise<SaveOutcome>,
  onState: (state: { status: 'pending' | 'saving' | 'saved' | 'error'; error?: string }) => void,
  delayMs = AUTOSAVE_DELAY_MS,
  // wrapped: calling window.setTimeout as a method of another object throws "Illegal invocation"
  timers: { set(fn: () => void, ms: number): unknown; clear(id: unknown): void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  },
): Autosave {
  let timer: unknown = null;
  let pendingText: string | null = null;
  let inFlight: Promise<SaveOutcome> | null = null;

  async function run(): Promise<SaveOutcome | null> {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (pendingText === null) return null;
    const text = pendingText;
    pendingText = null;
    if (inFlight) await inFlight; // keep versions in typing order
    onState({ status: 'saving' });
    inFlight = save(text).catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }));
    const outcome = await inFlight;
    inFlight = null;
    if (pendingText !== null) return outcome; // typed again meanwhile: the next save reports
    // a failed text stays pending: closing the panel (flush) or the next keystroke tries it again
    if (!outcome.ok) pendingText = text;
    onState(outcome.ok ? { status: 'saved' } : { status: 'error', error: outcome.error });
    return outcome;
  }

  return {
    schedule(text) {
      pendingText = text;
      onState({ status: 'pending' });
      if (timer !== null) timers.clear(timer);
      timer = timers.set(() => void run(), delayMs);
    },
    flush: run,
    cancel() {
      if (timer !== null) timers.clear(timer);
      timer = null;
      pendingText = null;
    },
    get pending() {
      return pendingText !== null;
    },
  };
}
