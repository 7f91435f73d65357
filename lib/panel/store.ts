/**
 * The side panel's UI state (zustand) and the actions that change it. The store thinks; components only
 * render what it holds; the entrypoint wires it to the browser (lib/panel/api.ts) and the engines.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnalysisResult, Strategy } from '../analysis/types';
import type { MessageKey } from '../i18n';
import { resolveUiLang, type UiLang } from '../i18n';
import { LANGUAGES, type Language } from '../platforms';
import type { Finding, Tone } from '../reply/types';
import { snapshotFromText, type ReviewSnapshot } from '../review';
import { DEFAULT_SETTINGS, draftKey, type Draft, type DraftSummary, type EvidenceRecord, type PageReviews, type Settings } from '../storage';
import type { PanelApi } from './api';
import { createAutosave, type Autosave, type SaveOutcome } from './autosave';
import { createUnsavedDrafts, type UnsavedBackup, type UnsavedDraft } from './unsaved';
import type { PanelEngines } from './engines';
import { sha256Hex } from '../evidence';

export const VIEWS = ['review', 'queue', 'paste', 'drafts', 'incidents', 'settings'] as const;
export type View = (typeof VIEWS)[number];

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Notice {
  kind: 'info' | 'error';
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * The manager's request to see a review (a click on the page, in the queue, on a draft, "Analyse"): how many
 * times they had changed section by then, and when (page clicks: the background's time of the click). A
 * review that arrives after they moved on is loaded but does not take the view from them.
 */
export interface OpenIntent {
  navigations: number;
  at?: number;
}

export interface PanelTarget {
  review: ReviewSnapshot;
  /** the tab holding the review's page (null for pasted text or an opened draft without its page) */
  tabId: number | null;
  source: 'page' | 'paste' | 'draft';
}

export interface PanelState {
  view: View;
  /** the tab the panel follows */
  tabId: number | null;
  target: PanelTarget | null;
  page: PageReviews | null;
  settings: Settings;
  settingsRepaired: string[];
  browserLanguage: string;
  uiLang: UiLang;

  analysis: AnalysisResult | null;
  hasFacts: boolean;
  facts: string;
  /** the manager's pick; null follows the recommendation */
  strategy: Strategy | null;
  tone: Tone;
  replyLang: Language;
  variant: number;

  replyText: string;
  /** composeReply's advice to the manager (report_and_ignore): shown, never inserted */
  advice: string | null;
  findings: Finding[];
  draft: Draft | null;
  saveStatus: SaveStatus;
  saveError: string | null;
  inserted: boolean;
  notice: Notice | null;

  evidence: EvidenceRecord | null;
  drafts: DraftSummary[] | null;
  /** the number of drafts while `drafts` holds only the newest page (the whole list is on its way); else null */
  draftsTotal: number | null;
  draftQuery: string;
  incidents: EvidenceRecord[] | null;
  incidentQuery: string;
  pasteText: string;
  confirmingDeleteAll: boolean;
  /** a review was loaded while the manager was in another section: the Review tab says so until seen */
  reviewUnseen: boolean;
  /** replies typed but not yet stored by the worker, every review (lib/panel/unsaved.ts) */
  unsaved: UnsavedDraft[];
  /** the panel's fallback copy of them could not be written either (only memory holds them) */
  unsavedBackupError: string | null;
}

export interface PanelActions {
  init(options: { tabId?: number }): Promise<void>;
  refreshFromTab(tabId?: number): Promise<void>;
  setView(view: View): void;
  /** intent: when the manager asked (defaults to now); the view switches to the review only if they have not navigated since */
  openReview(review: ReviewSnapshot, tabId: number | null, source?: PanelTarget['source'], intent?: OpenIntent): Promise<void>;
  openDraft(key: string): Promise<void>;
  /** every draft in full, for the JSON export */
  exportDrafts(): Promise<Draft[] | null>;
  typeReply(text: string): void;
  flushDraft(): Promise<void>;
  setHasFacts(value: boolean): void;
  setFacts(text: string): void;
  /** the facts field was left: redraft with them */
  applyFacts(): void;
  chooseStrategy(strategy: Strategy): void;
  chooseTone(tone: Tone): void;
  chooseReplyLang(lang: Language): void;
  anotherWording(): void;
  insert(): Promise<void>;
  undoInsert(): Promise<void>;
  setNotice(notice: Notice | null): void;
  setPasteText(text: string): void;
  analysePaste(): Promise<void>;
  loadDrafts(): Promise<void>;
  setDraftQuery(query: string): void;
  deleteDraft(key: string): Promise<void>;
  /** skippedInFile: entries the file parser already rejected, added to the report */
  importDrafts(drafts: Draft[], skippedInFile?: number): Promise<void>;
  loadIncidents(): Promise<void>;
  setIncidentQuery(query: string): void;
  saveIncident(record: EvidenceRecord): Promise<boolean>;
  deleteIncident(id: string): Promise<void>;
  saveSettings(settings: Settings): Promise<void>;
  askDeleteAll(value: boolean): void;
  deleteAll(): Promise<void>;
}

export type PanelStore = StoreApi<PanelState & PanelActions>;

/** Unsaved replies are retried after 1 s, then 2, 4, 8 and every 15 s while the panel is open. */
export const UNSAVED_RETRY = { firstMs: 1000, maxMs: 15_000 };

/** The errors a reply must not be inserted with. */
export function blockingFindings(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error');
}

export function effectiveStrategy(state: Pick<PanelState, 'strategy' | 'hasFacts' | 'analysis'>): Strategy | null {
  if (state.strategy) return state.strategy;
  if (!state.analysis) return null;
  // the manager's facts turn a reply firm and factual, except where a protocol applies
  if (state.hasFacts && !['blackmail_protocol', 'report_and_ignore'].includes(state.analysis.strategy)) return 'firm_and_factual';
  return state.analysis.strategy;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** What a newly opened review starts from: nothing of the previous review's reply carries over. */
const FRESH_REVIEW = {
  analysis: null,
  hasFacts: false,
  facts: '',
  strategy: null,
  variant: 0,
  replyText: '',
  advice: null,
  findings: [],
  draft: null,
  saveStatus: 'idle',
  saveError: null,
  inserted: false,
  notice: null,
  evidence: null,
} as const satisfies Partial<PanelState>;

export function initialState(browserLanguage: string): PanelState {
  return {
    view: 'review',
    tabId: null,
    target: null,
    page: null,
    settings: DEFAULT_SETTINGS,
    settingsRepaired: [],
    browserLanguage,
    uiLang: resolveUiLang('auto', browserLanguage),
    ...FRESH_REVIEW,
    tone: DEFAULT_SETTINGS.tone,
    replyLang: DEFAULT_SETTINGS.defaultLanguage,
    drafts: null,
    draftsTotal: null,
    draftQuery: '',
    incidents: null,
    incidentQuery: '',
    pasteText: '',
    confirmingDeleteAll: false,
    reviewUnseen: false,
    unsaved: [],
    unsavedBackupError: null,
  };
}

export function createPanelStore(deps: {
  api: PanelApi;
  engines: PanelEngines | null;
  browserLanguage: string;
  autosaveDelayMs?: number;
  /** the clock compared with the background's time of a click (Date.now(): both run on this machine) */
  now?: () => number;
  /** where unsaved replies are copied so a closed panel keeps them (the panel's localStorage); null: memory only */
  unsavedBackup?: UnsavedBackup | null;
  /** first wait before retrying unsaved replies, doubled after each failed round up to maxMs */
  retry?: { firstMs: number; maxMs: number };
}): PanelStore {
  const { api, engines } = deps;
  const now = deps.now ?? Date.now;
  const retry = deps.retry ?? UNSAVED_RETRY;
  let autosave: Autosave | null = null;
  /** every draft save, one after the other: versions are stored in typing order */
  let saveChain: Promise<unknown> = Promise.resolve();
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = retry.firstMs;
  let retrying = false;
  /** increments whenever the target changes, so late answers for an old target are ignored */
  let generation = 0;
  /** the manager's moves between sections, and the time of the last one */
  let navigations = 0;
  let lastNavigationAt = Number.NEGATIVE_INFINITY;
  /** deletions made in the list: a list asked for before one is stale when it arrives */
  let draftDeletions = 0;

  function intentNow(): OpenIntent {
    return { navigations, at: now() };
  }

  function navigatedSince(intent: OpenIntent): boolean {
    return navigations !== intent.navigations || (intent.at !== undefined && lastNavigationAt > intent.at);
  }

  const store = createStore<PanelState & PanelActions>()((set, get) => {
    function analyseTarget(review: ReviewSnapshot, hasFacts: boolean): AnalysisResult | null {
      if (!engines) return null;
      try {
        return engines.analyze({
          text: review.text,
          ...(review.title ? { title: review.title } : {}),
          ...(review.rating !== null ? { rating: review.rating } : {}),
          platform: review.platform,
          hasContradictingFacts: hasFacts,
        });
      } catch {
        return null;
      }
    }

    function check(text: string): Finding[] {
      const state = get();
      const { target, replyLang, uiLang, settings } = state;
      if (!engines || !target) return [];
      const strategy = effectiveStrategy(state);
      try {
        return engines.check(text, {
          ...(strategy ? { strategy } : {}),
          platform: target.review.platform,
          reviewText: [target.review.title, target.review.text].filter(Boolean).join('\n\n'),
          lang: replyLang,
          uiLang,
          ownContacts: [settings.contactChannel],
          ...(target.review.author ? { reviewAuthor: target.review.author } : {}),
          // the page's other replies: the checker's `duplicate` warning (its own reply, being rewritten, left out)
          history: historyFor(state, target.review.id),
        });
      } catch {
        return [];
      }
    }

    /** the reply to put in the editor, and the advice for the manager when the strategy says not to engage */
    function compose(): { reply: string; advice: string | null } | null {
      const first = composeOnce(false);
      if (first === null || !engines) return null;
      if (!engines.isAdvice(first)) return { reply: first, advice: null };
      // report_and_ignore: show the advice, and offer the minimal neutral reply in the editor
      const minimal = composeOnce(true);
      return { reply: minimal !== null && !engines.isAdvice(minimal) ? minimal : '', advice: first.replace(/^\[Tact\]\s*/, '') };
    }

    function composeOnce(minimalReply: boolean): string | null {
      const state = get();
      if (!engines || !state.target || !state.analysis) return null;
      const strategy = effectiveStrategy(state);
      try {
        return engines.compose(
          state.target.review,
          state.analysis,
          {
            establishmentName: state.settings.establishmentName,
            managerName: state.settings.managerName,
            managerRole: state.settings.managerRole,
            signature: state.settings.signature,
            defaultLanguage: state.settings.defaultLanguage,
            contactChannel: state.settings.contactChannel,
          },
          {
            ...(strategy ? { strategy } : {}),
            tone: state.tone,
            language: state.replyLang,
            ...(state.hasFacts && state.facts.trim() ? { facts: state.facts.trim() } : {}),
            variant: state.variant,
            history: historyFor(state),
            ...(minimalReply ? { minimalReply: true } : {}),
          },
        );
      } catch {
        return null;
      }
    }

    /** other replies on this page, so a new draft does not repeat their wording */
    function historyFor(state: PanelState, exceptReviewId?: string): string[] {
      return (state.page?.reviews ?? [])
        .filter((review) => review.id !== exceptReviewId)
        .map((review) => review.ownerResponse)
        .filter((text): text is string => !!text)
        .slice(0, 50);
    }

    /** the same review (a review:update replaces the target object but not the review) */
    function isCurrent(target: PanelTarget): boolean {
      const current = get().target;
      return current !== null && current.review.platform === target.review.platform && current.review.id === target.review.id;
    }

    const unsaved = createUnsavedDrafts(deps.unsavedBackup ?? null, (list) => set({ unsaved: list, ...(list.length === 0 ? { unsavedBackupError: null } : {}) }));

    function currentKey(): string | null {
      const { target } = get();
      return target ? draftKey(target.review.platform, target.review.id) : null;
    }

    /** the manager typed: the text is kept (memory and fallback copy) until the worker confirms it stored */
    function keepUnsaved(target: PanelTarget, text: string): void {
      const { review } = target;
      const backupError = unsaved.put({ key: draftKey(review.platform, review.id), platform: review.platform, reviewId: review.id, url: review.url, text, review, typedAt: now() });
      if (backupError !== get().unsavedBackupError) set({ unsavedBackupError: backupError });
    }

    /** sends the newest unsaved text of one review to the worker, after every save asked before it */
    function storeUnsaved(key: string): Promise<SaveOutcome> {
      const job = saveChain.then(async (): Promise<SaveOutcome> => {
        const entry = unsaved.get(key);
        if (!entry) return { ok: true }; // already stored (by the retry or an earlier save)
        const { typedAt: _typedAt, error: _error, ...input } = entry;
        const answer = await api.saveDraft(input).catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }));
        if (!answer.ok) {
          unsaved.markFailed(key, answer.error);
          ensureRetry(retryDelay);
          return { ok: false, error: answer.error };
        }
        unsaved.settle(key, entry.text);
        retryDelay = retry.firstMs;
        if (currentKey() === key) set({ draft: answer.data, ...(get().replyText === entry.text ? { saveStatus: 'saved' as const, saveError: null } : {}) });
        // storage works again: the other reviews' texts go now, not at the next backoff
        if (unsaved.list().some((draft) => draft.key !== key)) ensureRetry(0);
        return { ok: true };
      });
      saveChain = job.catch(() => undefined);
      return job;
    }

    let retryDue = Number.POSITIVE_INFINITY;
    function ensureRetry(delayMs: number): void {
      if (retrying || unsaved.list().length === 0) return;
      const due = Date.now() + delayMs;
      if (retryTimer !== null) {
        if (due >= retryDue) return;
        clearTimeout(retryTimer);
      }
      retryDue = due;
      retryTimer = setTimeout(() => {
        retryTimer = null;
        retryDue = Number.POSITIVE_INFINITY;
        void retryRound();
      }, delayMs);
    }

    /** one try for every unsaved text, stopping at the first failure (storage is still down: back off) */
    async function retryRound(): Promise<void> {
      retrying = true;
      let failed = false;
      try {
        for (const draft of unsaved.list()) {
          if (!(await storeUnsaved(draft.key)).ok) {
            failed = true;
            break;
          }
        }
      } finally {
        retrying = false;
      }
      if (failed) retryDelay = Math.min(retryDelay * 2, retry.maxMs);
      // a failure during the round (the review on screen, typed meanwhile) was not in it: it needs a next one
      if (unsaved.list().some((draft) => draft.error !== undefined)) ensureRetry(retryDelay);
    }

    function stopRetrying(): void {
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      retryDue = Number.POSITIVE_INFINITY;
      retryDelay = retry.firstMs;
    }

    function startAutosave(target: PanelTarget): void {
      autosave?.cancel();
      const key = draftKey(target.review.platform, target.review.id);
      autosave = createAutosave(
        // the text saved is the newest kept for the review (typeReply keeps it before scheduling)
        () => storeUnsaved(key),
        ({ status, error }) => {
          if (!isCurrent(target)) return;
          set({ saveStatus: status, saveError: error ?? null });
        },
        deps.autosaveDelayMs,
      );
    }

    /** replaces the reply by a composed one and saves it (an explicit choice of the manager) */
    function recompose(): void {
      const composed = compose();
      if (composed === null) return;
      set({ advice: composed.advice });
      get().typeReply(composed.reply);
    }

    /** reads the tab's target and page from the background; navigationsAtStart: the manager's moves when the read began */
    async function refresh(tabId: number | undefined, navigationsAtStart: number): Promise<void> {
      const answer = await api.state(tabId);
      if (!answer.ok) {
        set({ notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
        return;
      }
      const { target, page } = answer.data;
      set({ tabId: answer.data.tabId, page });
      const current = get().target;
      const same = current && target && current.review.platform === target.platform && current.review.id === target.id;
      const openedAt = answer.data.targetOpenedAt ?? undefined;
      if (target && !same) await get().openReview(target, answer.data.tabId, 'page', { navigations: navigationsAtStart, ...(openedAt === undefined ? {} : { at: openedAt }) });
      else if (target && same && current) {
        // the content script completed the review (review:update): keep the draft, refresh the text
        if (current.review.text !== target.text || current.review.rating !== target.rating) {
          const updated = { ...current, review: target };
          set({ target: updated, analysis: analyseTarget(target, get().hasFacts) });
          // an unsaved reply is stored with the completed review, as a saved one would be
          const kept = unsaved.get(draftKey(target.platform, target.id));
          if (kept) unsaved.put({ ...kept, review: target });
        }
      }
    }

    return {
      ...initialState(deps.browserLanguage),

      async init({ tabId }) {
        const navigationsAtStart = navigations;
        // a panel closed while storage failed left its texts in the fallback copy: they are back, and retried
        const backup = unsaved.load();
        ensureRetry(0);
        const answer = await api.getSettings();
        if (answer.ok) {
          const { settings, repairedFields } = answer.data;
          set({
            settings,
            settingsRepaired: repairedFields,
            uiLang: resolveUiLang(settings.uiLanguage, get().browserLanguage),
            tone: settings.tone,
            replyLang: settings.defaultLanguage,
          });
        }
        await refresh(tabId, navigationsAtStart);
        if (backup.unreadable) set({ notice: { kind: 'error', key: 'unsaved.unreadable', params: { n: backup.unreadable, reason: backup.reason ?? '' } } });
      },

      async refreshFromTab(tabId) {
        await refresh(tabId, navigations);
      },

      setView(view) {
        navigations++;
        lastNavigationAt = now();
        set({ view, notice: null, ...(view === 'review' ? { reviewUnseen: false } : {}) });
        if (view === 'drafts') void get().loadDrafts();
        if (view === 'incidents') void get().loadIncidents();
      },

      async openReview(review, tabId, source = 'page', intent = intentNow()) {
        await get().flushDraft();
        const myGeneration = ++generation;
        const target: PanelTarget = { review, tabId, source };
        const analysis = analyseTarget(review, false);
        const detected = analysis?.language;
        const replyLang = detected && detected !== 'und' && isLanguage(detected) ? detected : get().settings.defaultLanguage;
        // the manager moved to another section after asking: load the review, leave them where they are
        const show = !navigatedSince(intent);
        set({
          target,
          ...FRESH_REVIEW,
          ...(show ? { view: 'review', reviewUnseen: false } : { notice: get().notice, reviewUnseen: get().view !== 'review' }),
          analysis,
          tone: get().settings.tone,
          replyLang,
        });
        startAutosave(target);
        const key = draftKey(review.platform, review.id);
        // a text typed for this review that storage never took: it is newer than any stored version
        const kept = unsaved.get(key);
        if (kept) {
          set({ replyText: kept.text, findings: check(kept.text), advice: compose()?.advice ?? null });
          autosave?.schedule(kept.text);
          if (kept.error) set({ saveStatus: 'error', saveError: kept.error });
        }
        const answer = await api.getDraft(key);
        if (myGeneration !== generation) return;
        if (kept || get().saveStatus !== 'idle') {
          // the manager's text wins; the stored versions still feed "earlier versions"
          if (answer.ok && answer.data && !get().draft) set({ draft: answer.data });
          return;
        }
        const draft = answer.ok ? answer.data : null;
        const saved = draft?.versions[draft.versions.length - 1]?.text;
        const composed = compose();
        if (saved !== undefined) {
          set({ draft, replyText: saved, findings: check(saved), advice: composed?.advice ?? null });
          return;
        }
        if (composed !== null) set({ replyText: composed.reply, advice: composed.advice, findings: check(composed.reply) });
        if (!answer.ok) set({ notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
      },

      async openDraft(key) {
        const intent = intentNow();
        const kept = unsaved.get(key);
        if (kept) {
          // never stored, or newer than what is: opened from the panel's copy, without asking the worker
          const review = kept.review ?? { ...snapshotFromText('', { id: kept.reviewId || kept.key, url: kept.url }), platform: kept.platform };
          const tabId = get().target?.review.id === review.id ? get().target!.tabId : null;
          await get().openReview(review, tabId, 'draft', intent);
          return;
        }
        const answer = await api.getDraft(key);
        if (!answer.ok || !answer.data) {
          set({ notice: { kind: 'error', key: 'error.generic', params: { error: answer.ok ? 'draft not found' : answer.error } } });
          return;
        }
        const draft = answer.data;
        const review =
          draft.review ?? { ...snapshotFromText('', { id: draft.reviewId || draft.key, url: draft.url }), platform: draft.platform };
        const tabId = get().target?.review.id === review.id ? get().target!.tabId : null;
        await get().openReview(review, tabId, 'draft', intent);
      },

      typeReply(text) {
        set({ replyText: text, findings: check(text), inserted: false });
        const { target } = get();
        if (target) keepUnsaved(target, text);
        autosave?.schedule(text);
      },

      async flushDraft() {
        await autosave?.flush();
      },

      setHasFacts(value) {
        const { target } = get();
        set({ hasFacts: value, strategy: null, analysis: target ? analyseTarget(target.review, value) : null });
        recompose();
      },

      setFacts(text) {
        set({ facts: text });
      },

      applyFacts() {
        recompose();
      },

      chooseStrategy(strategy) {
        set({ strategy });
        recompose();
      },

      chooseTone(tone) {
        set({ tone });
        recompose();
      },

      chooseReplyLang(lang) {
        set({ replyLang: lang });
        recompose();
      },

      anotherWording() {
        set({ variant: get().variant + 1 });
        recompose();
      },

      async insert() {
        const { target, replyText, findings } = get();
        if (!target) return;
        const errors = blockingFindings(findings);
        if (errors.length) {
          set({ notice: { kind: 'error', key: 'reply.insertBlocked', params: { n: errors.length } } });
          return;
        }
        if (target.tabId === null) {
          set({ notice: { kind: 'error', key: 'reply.insertNoPage' } });
          return;
        }
        await get().flushDraft();
        const answer = await api.insert(target.tabId, target.review.id, replyText);
        set(
          answer.ok
            ? { inserted: true, notice: { kind: 'info', key: 'reply.inserted' } }
            : { notice: { kind: 'error', key: 'reply.insertFailed', params: { error: answer.error } } },
        );
      },

      async undoInsert() {
        const { target } = get();
        if (!target || target.tabId === null) return;
        const answer = await api.undo(target.tabId, target.review.id);
        set(
          answer.ok
            ? { inserted: false, notice: { kind: 'info', key: 'reply.undone' } }
            : { notice: { kind: 'error', key: 'reply.insertFailed', params: { error: answer.error } } },
        );
      },

      setNotice(notice) {
        set({ notice });
      },

      setPasteText(text) {
        set({ pasteText: text });
      },

      async analysePaste() {
        const intent = intentNow();
        const text = get().pasteText;
        if (!text.trim()) {
          set({ notice: { kind: 'error', key: 'paste.empty' } });
          return;
        }
        // a pasted message has no id: its draft is keyed by a hash of the text
        const id = `paste:${(await sha256Hex(text)).slice(0, 32)}`;
        await get().openReview(snapshotFromText(text, { id }), null, 'paste', intent);
      },

      async loadDrafts() {
        const deletionsAtStart = draftDeletions;
        if (get().drafts === null) {
          // first open: the newest page from the small head item, read before asking for the whole index (the
          // browser serves an extension's storage reads one after the other: behind megabytes, it waits)
          const head = await api.draftIndexHead();
          if (head.ok && head.data && get().drafts === null) set({ drafts: head.data.newest, draftsTotal: head.data.total });
        }
        const answer = await api.listDraftSummaries();
        if (draftDeletions !== deletionsAtStart) return get().loadDrafts();
        set(answer.ok ? { drafts: answer.data, draftsTotal: null } : { notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
      },

      async exportDrafts() {
        const answer = await api.listDrafts();
        if (answer.ok) return answer.data;
        set({ notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
        return null;
      },

      setDraftQuery(query) {
        set({ draftQuery: query });
      },

      async deleteDraft(key) {
        draftDeletions++;
        // the manager deleted it: an unsaved text must not bring it back
        unsaved.remove(key);
        const answer = await api.deleteDraft(key);
        if (!answer.ok) {
          set({ notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
          return;
        }
        const total = get().draftsTotal;
        set({ drafts: (get().drafts ?? []).filter((draft) => draft.key !== key), draftsTotal: total === null ? null : total - 1 });
      },

      async importDrafts(drafts, skippedInFile = 0) {
        const answer = await api.importDrafts(drafts);
        if (!answer.ok) {
          set({ notice: { kind: 'error', key: 'drafts.importFailed', params: { error: answer.error } } });
          return;
        }
        const { added, updated, skipped } = answer.data;
        set({ notice: { kind: 'info', key: 'drafts.imported', params: { added: added.length, updated: updated.length, skipped: skipped.length + skippedInFile } } });
        await get().loadDrafts();
      },

      async loadIncidents() {
        const answer = await api.listIncidents();
        set(answer.ok ? { incidents: answer.data.incidents } : { notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
      },

      setIncidentQuery(query) {
        set({ incidentQuery: query });
      },

      async saveIncident(record) {
        const answer = await api.saveIncident(record);
        if (!answer.ok) {
          set({ notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
          return false;
        }
        set({ evidence: record, notice: { kind: 'info', key: 'blackmail.evidenceSaved', params: { hash: record.sha256.slice(0, 12) } } });
        return true;
      },

      async deleteIncident(id) {
        const answer = await api.deleteIncident(id);
        if (answer.ok) set({ incidents: (get().incidents ?? []).filter((incident) => incident.id !== id) });
      },

      async saveSettings(settings) {
        const answer = await api.setSettings(settings);
        if (!answer.ok) {
          set({ notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
          return;
        }
        set({
          settings,
          settingsRepaired: [],
          uiLang: resolveUiLang(settings.uiLanguage, get().browserLanguage),
          notice: { kind: 'info', key: 'settings.saved' },
        });
      },

      askDeleteAll(value) {
        set({ confirmingDeleteAll: value });
      },

      async deleteAll() {
        autosave?.cancel();
        const answer = await api.deleteAll();
        if (!answer.ok) {
          set({ confirmingDeleteAll: false, notice: { kind: 'error', key: 'error.generic', params: { error: answer.error } } });
          return;
        }
        generation++;
        stopRetrying();
        unsaved.clear();
        set({
          ...initialState(get().browserLanguage),
          view: get().view,
          tabId: get().tabId,
          drafts: [],
          incidents: [],
          notice: { kind: 'info', key: 'data.deleted' },
        });
      },
    };
  });
  return store;
}
