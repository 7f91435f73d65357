import type { Translate } from '@/lib/i18n';

/** Analyse any text the manager pastes (email, chat, SMS) and draft an answer to it. */
export function PasteView(props: { t: Translate; text: string; onText(text: string): void; onAnalyse(): void }) {
  const { t } = props;
  return (
    <form
      className="card"
      aria-labelledby="paste-heading"
      onSubmit={(event) => {
        event.preventDefault();
        props.onAnalyse();
      }}
    >
      <h2 id="paste-heading">{t('paste.heading')}</h2>
      <div className="field">
        <label htmlFor="paste-text">{t('paste.label')}</label>
        <textarea id="paste-text" data-testid="paste-text" rows={8} value={props.text} onChange={(e) => props.onText(e.target.value)} />
      </div>
      <button type="submit" className="primary" data-testid="paste-analyse">
        {t('paste.analyse')}
      </button>
    </form>
  );
}
