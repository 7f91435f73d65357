import type { Translate } from '@/lib/i18n';
import { VIEWS, type View } from '@/lib/panel/store';

/** The panel's sections: plain buttons in a nav (Tab reaches each, Enter/Space opens it). */
export function Nav(props: { t: Translate; view: View; onView(view: View): void; queueCount: number | null; reviewUnseen?: boolean }) {
  const { t } = props;
  return (
    <nav aria-label={t('nav.label')} className="nav">
      {VIEWS.map((view) => (
        <button
          key={view}
          type="button"
          data-testid={`nav-${view}`}
          aria-current={props.view === view ? 'page' : undefined}
          className={props.view === view ? 'current' : ''}
          onClick={() => props.onView(view)}
        >
          {t(`nav.${view}`)}
          {view === 'queue' && props.queueCount ? <span className="count"> {props.queueCount}</span> : null}
          {/* a review loaded while the manager was elsewhere (the view stayed theirs) */}
          {view === 'review' && props.reviewUnseen ? (
            <span className="unseen" data-testid="nav-review-unseen">
              <span aria-hidden="true"> ●</span>
              <span className="visually-hidden">{` (${t('nav.reviewUnseen')})`}</span>
            </span>
          ) : null}
        </button>
      ))}
    </nav>
  );
}
