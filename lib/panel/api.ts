/** The panel's and options page's calls to the background worker, typed (one line per message). */
import { sendToBackground, type DraftInput, type Reply } from '../messages';
import { readDraftIndexHead, type Draft, type DraftImportReport, type DraftIndexHead, type DraftSummary, type EvidenceRecord, type PageReviews, type Settings } from '../storage';
import type { ReviewSnapshot } from '../review';
import { localStorageBackup } from './unsaved';

/** Removes every unsaved-reply copy this extension page can reach; a page without localStorage has none. */
function forgetUnsavedCopies(): void {
  try {
    if (typeof localStorage !== 'undefined') localStorageBackup(localStorage).clear();
  } catch {
    // storage disabled for this page: it holds no copy
  }
}

export interface PanelStateAnswer {
  tabId: number | null;
  target: ReviewSnapshot | null;
  /** when the manager clicked for the target (Date.now() in the background); null when unknown */
  targetOpenedAt?: number | null;
  page: PageReviews | null;
}

export interface PanelApi {
  state(tabId?: number): Promise<Reply<PanelStateAnswer>>;
  getDraft(key: string): Promise<Reply<Draft | null>>;
  saveDraft(draft: DraftInput): Promise<Reply<Draft>>;
  listDrafts(): Promise<Reply<Draft[]>>;
  listDraftSummaries(): Promise<Reply<DraftSummary[]>>;
  /** the newest drafts and the count, read from storage by the panel itself (no worker to wake); null when absent */
  draftIndexHead(): Promise<Reply<DraftIndexHead | null>>;
  deleteDraft(key: string): Promise<Reply<null>>;
  importDrafts(drafts: Draft[]): Promise<Reply<DraftImportReport>>;
  insert(tabId: number, reviewId: string, text: string): Promise<Reply>;
  undo(tabId: number, reviewId: string): Promise<Reply>;
  deleteAll(): Promise<Reply<null>>;
  getSettings(): Promise<Reply<{ settings: Settings; repairedFields: string[] }>>;
  setSettings(settings: Settings): Promise<Reply<null>>;
  saveIncident(record: EvidenceRecord): Promise<Reply<null>>;
  listIncidents(): Promise<Reply<{ incidents: EvidenceRecord[]; dropped: number }>>;
  deleteIncident(id: string): Promise<Reply<null>>;
}

export const backgroundApi: PanelApi = {
  state: (tabId) => sendToBackground({ type: 'panel:state', ...(tabId === undefined ? {} : { tabId }) }),
  getDraft: (key) => sendToBackground({ type: 'draft:get', key }),
  saveDraft: (draft) => sendToBackground({ type: 'draft:save', draft }),
  listDrafts: () => sendToBackground({ type: 'draft:list' }),
  listDraftSummaries: () => sendToBackground({ type: 'draft:summaries' }),
  // read-only and small: the worker stays the only writer of drafts and of the index
  draftIndexHead: () => readDraftIndexHead().then((head) => ({ ok: true as const, data: head }), (error: unknown) => ({ ok: false as const, error: String(error) })),
  deleteDraft: (key) => sendToBackground({ type: 'draft:delete', key }),
  importDrafts: (drafts) => sendToBackground({ type: 'draft:import', drafts }),
  insert: (tabId, reviewId, text) => sendToBackground({ type: 'reply:insert', tabId, reviewId, text }),
  undo: (tabId, reviewId) => sendToBackground({ type: 'reply:undo', tabId, reviewId }),
  // the panel's copies of unsaved replies go too (the options page shares the panel's localStorage)
  deleteAll: async () => {
    const answer = await sendToBackground<null>({ type: 'data:delete-all' });
    if (answer.ok) forgetUnsavedCopies();
    return answer;
  },
  getSettings: () => sendToBackground({ type: 'settings:get' }),
  setSettings: (settings) => sendToBackground({ type: 'settings:set', settings }),
  saveIncident: (record) => sendToBackground({ type: 'incident:save', record }),
  listIncidents: () => sendToBackground({ type: 'incident:list' }),
  deleteIncident: (id) => sendToBackground({ type: 'incident:delete', id }),
};
