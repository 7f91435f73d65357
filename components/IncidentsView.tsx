import type { Translate } from '@/lib/i18n';
import type { EvidenceRecord } from '@/lib/storage';
import { EvidenceView } from './EvidenceView';

/** Saved blackmail evidence: search, export, print, delete. */
export function IncidentsView(props: {
  t: Translate;
  incidents: EvidenceRecord[] | null;
  query: string;
  onQuery(query: string): void;
  onExportAll(): void;
  onExport(record: EvidenceRecord): void;
  onPrint(records: EvidenceRecord[]): void;
  onDelete(record: EvidenceRecord): void;
}) {
  const { t } = props;
  const needle = props.query.trim().toLowerCase();
  const shown = (props.incidents ?? []).filter(
    (record) => !needle || record.text.toLowerCase().includes(needle) || record.author.toLowerCase().includes(needle) || record.pageUrl.toLowerCase().includes(needle),
  );
  return (
    <section className="card" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">{t('incidents.heading')}</h2>
      <div className="field">
        <label htmlFor="incidents-search">{t('incidents.search')}</label>
        <input id="incidents-search" type="search" value={props.query} onChange={(e) => props.onQuery(e.target.value)} />
      </div>
      <div className="actions">
        <button type="button" data-testid="incidents-export" onClick={props.onExportAll} disabled={!props.incidents?.length}>
          {t('incidents.export')}
        </button>
        <button type="button" onClick={() => props.onPrint(shown)} disabled={!shown.length}>
          {t('incidents.print')}
        </button>
      </div>
      {props.incidents !== null && props.incidents.length === 0 ? <p className="muted">{t('incidents.none')}</p> : null}
      <div data-testid="incidents-list">
        {shown.map((record) => (
          <EvidenceView key={record.id} t={t} record={record} onExportJson={() => props.onExport(record)} onPrint={() => props.onPrint([record])} onDelete={() => props.onDelete(record)} />
        ))}
      </div>
    </section>
  );
}
