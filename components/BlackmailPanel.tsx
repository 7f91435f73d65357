import type { MessageKey, Translate } from '@/lib/i18n';
import type { ReportRoute } from '@/lib/reports';

/** The blackmail banner, the playbook (seed 000 and the platforms' guidance) and the report buttons. */
export function BlackmailPanel(props: {
  t: Translate;
  routes: readonly ReportRoute[];
  evidenceSaved: boolean;
  onSaveEvidence(): void;
  onReport(route: ReportRoute): void;
}) {
  const { t } = props;
  return (
    <section className="card" aria-labelledby="blackmail-banner" data-testid="blackmail">
      <p id="blackmail-banner" className="banner" role="alert" data-testid="blackmail-banner">
        {t('blackmail.banner')}
      </p>
      <h2>{t('blackmail.playbook')}</h2>
      <ol className="playbook">
        <li>{t('blackmail.step1')}</li>
        <li>{t('blackmail.step2')}</li>
        <li>{t('blackmail.step3')}</li>
        <li>{t('blackmail.step4')}</li>
        <li>{t('blackmail.step5')}</li>
        <li>{t('blackmail.step6')}</li>
      </ol>
      <p className="hint">{t('blackmail.law')}</p>
      <div className="actions">
        <button type="button" className="primary" data-testid="save-evidence" onClick={props.onSaveEvidence}>
          {t('blackmail.saveEvidence')}
          {props.evidenceSaved ? ' ✓' : ''}
        </button>
      </div>
      <p className="hint" id="report-help">
        {t('blackmail.reportHelp')}
      </p>
      <ul className="list">
        {props.routes.map((route) => (
          <li key={route.id}>
            <div className="item-main">
              <button type="button" data-testid={`report-${route.id}`} aria-describedby="report-help" onClick={() => props.onReport(route)}>
                {t('blackmail.report', { platform: t(`route.${route.id}` as MessageKey) })}
              </button>
              <div className="muted small">
                {route.steps.join(' → ')} · {t('blackmail.source', { date: route.checked })}: {route.source}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
