import type { Translate } from '@/lib/i18n';
import type { QueueItem } from '@/lib/panel/queue';

/** Every review on the page, riskiest and unanswered first; one button opens each. */
export function QueueView(props: { t: Translate; items: QueueItem[]; currentId: string | null; onOpen(item: QueueItem): void }) {
  const { t } = props;
  return (
    <section className="card" aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('queue.heading')}</h2>
      {props.items.length === 0 ? (
        <p className="muted">{t('queue.none')}</p>
      ) : (
        <ol className="list" data-testid="queue">
          {props.items.map((item) => {
            const level = item.risk?.level ?? 'low';
            const name = item.review.author || t('review.unknownAuthor');
            return (
              <li key={`${item.review.platform}:${item.review.id}`} data-testid="queue-item" data-review-id={item.review.id} aria-current={props.currentId === item.review.id ? 'true' : undefined}>
                <span className={`risk-pill risk-${level}`} title={t('analysis.risk')}>
                  {item.risk ? item.risk.score : '–'}
                </span>
                <div className="item-main">
                  <div>
                    <strong>{name}</strong>
                    {item.review.rating !== null ? ` · ${t('review.ratingValue', { n: item.review.rating })}` : ''}
                    {item.category ? ` · ${t(`category.${item.category}`)}` : ''}
                    {item.veiled ? <> · <span className="veiled-tag" data-testid="queue-veiled">{t('queue.veiled')}</span></> : null} · <span className="muted">{item.answered ? t('queue.answered') : t('queue.unanswered')}</span>
                  </div>
                  <div className="excerpt-line muted">{item.review.title || item.review.text.slice(0, 160)}</div>
                </div>
                <button type="button" onClick={() => props.onOpen(item)} aria-label={`${t('queue.open')}: ${name}`}>
                  {t('queue.open')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
