import type { Translate } from '@/lib/i18n';
import type { EvidenceRecord } from '@/lib/storage';

/** One evidence record as a definition list (text only) with its exports. */
export function EvidenceView(props: { t: Translate; record: EvidenceRecord; onExportJson(): void; onPrint(): void; onDelete?: () => void }) {
  const { t, record } = props;
  const rows: [string, string][] = [
    [t('review.platform'), t(`platform.${record.platform}`)],
    [t('evidence.pageUrl'), record.pageUrl || '—'],
    [t('evidence.reviewId'), record.reviewId],
    [t('review.author'), record.author || '—'],
    [t('review.rating'), record.rating === null ? '—' : t('review.ratingValue', { n: record.rating })],
    [t('review.date'), record.reviewDate || '—'],
    [t('evidence.capturedAt'), record.capturedAt],
    [t('evidence.sha256'), record.sha256],
    [t('evidence.signals'), record.signals.map((signal) => `${signal.type}: “${signal.text}”`).join('; ') || '—'],
  ];
  return (
    <article className="card evidence" data-testid="evidence" aria-label={t('evidence.heading')}>
      <h3>{t('evidence.heading')}</h3>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{t('evidence.text')}</summary>
        <p className="review-text">{record.text}</p>
      </details>
      <div className="actions">
        <button type="button" data-testid="evidence-json" onClick={props.onExportJson}>
          {t('evidence.exportJson')}
        </button>
        <button type="button" data-testid="evidence-print" onClick={props.onPrint}>
          {t('evidence.print')}
        </button>
        {props.onDelete ? (
          <button type="button" className="danger" onClick={props.onDelete}>
            {t('incidents.delete')}
          </button>
        ) : null}
      </div>
    </article>
  );
}
