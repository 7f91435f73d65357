import type { Translate } from '@/lib/i18n';
import type { DraftSummary } from '@/lib/storage';

export const DRAFTS_PAGE_SIZE = 100;

/** Drafts: search, open, delete, export, import. Renders a page at a time so 5,000 drafts stay fast. */
export function DraftsView(props: {
  t: Translate;
  drafts: DraftSummary[] | null;
  /** every draft's count while only the newest page is loaded (no search yet): the count says the whole */
  total?: number | null;
  query: string;
  shown: number;
  uiLang: string;
  /** drafts whose newest text storage has not taken yet (kept by the panel) */
  unsavedKeys?: ReadonlySet<string>;
  onQuery(query: string): void;
  onMore(): void;
  onOpen(draft: DraftSummary): void;
  onDelete(draft: DraftSummary): void;
  onExport(): void;
  onImport(file: File): void;
}) {
  const { t, drafts } = props;
  const visible = (drafts ?? []).slice(0, props.shown);
  const date = new Intl.DateTimeFormat(props.uiLang, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t('drafts.heading')}</h2>
      <div className="field">
        <label htmlFor="drafts-search">{t('drafts.search')}</label>
        <input id="drafts-search" type="search" data-testid="drafts-search" value={props.query} onChange={(e) => props.onQuery(e.target.value)} />
      </div>
      <div className="actions">
        <button type="button" data-testid="drafts-export" onClick={props.onExport}>
          {t('drafts.export')}
        </button>
        <label className="file-button">
          <span>{t('drafts.import')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="drafts-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) props.onImport(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <p className="muted" role="status" data-testid="drafts-count">
        {drafts === null ? '…' : t('drafts.count', { n: props.total ?? drafts.length })}
      </p>
      {drafts !== null && drafts.length === 0 ? <p className="muted">{t('drafts.none')}</p> : null}
      <ul className="list" data-testid="drafts-list">
        {visible.map((draft) => {
          const current = draft.excerpt;
          const who = draft.author || t(`platform.${draft.platform}`);
          return (
            <li key={draft.key} data-testid="draft-item" data-key={draft.key}>
              <div className="item-main">
                <div>
                  <strong>{who}</strong> · <span className="muted">{t('drafts.updated', { date: date.format(draft.updatedAt) })}</span>
                  {props.unsavedKeys?.has(draft.key) ? (
                    <>
                      {' '}
                      <span className="badge error-text" data-testid="draft-unsaved">
                        {t('drafts.unsaved')}
                      </span>
                    </>
                  ) : null}
                </div>
                <div className="excerpt-line">{current.slice(0, 200)}</div>
              </div>
              <button type="button" onClick={() => props.onOpen(draft)} aria-label={`${t('drafts.open')}: ${who}`}>
                {t('drafts.open')}
              </button>
              <button type="button" className="danger" onClick={() => props.onDelete(draft)} aria-label={`${t('drafts.delete')}: ${who}`}>
                {t('drafts.delete')}
              </button>
            </li>
          );
        })}
      </ul>
      {drafts && drafts.length > visible.length ? (
        <button type="button" onClick={props.onMore} data-testid="drafts-more">
          + {Math.min(DRAFTS_PAGE_SIZE, drafts.length - visible.length)}
        </button>
      ) : null}
    </section>
  );
}
