import { useEffect, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { LANGUAGES } from '@/lib/platforms';
import { TONES } from '@/lib/reply/types';
import type { Settings } from '@/lib/storage';

/** The establishment profile and preferences; used by the panel and the options page. */
export function SettingsForm(props: { t: Translate; settings: Settings; repairedFields: string[]; onSave(settings: Settings): void }) {
  const { t } = props;
  const [draft, setDraft] = useState(props.settings);
  useEffect(() => setDraft(props.settings), [props.settings]);
  const text = (field: 'establishmentName' | 'managerName' | 'managerRole' | 'contactChannel', label: Parameters<Translate>[0]) => (
    <div className="field">
      <label htmlFor={`set-${field}`}>{t(label)}</label>
      <input id={`set-${field}`} type="text" value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
    </div>
  );
  return (
    <form
      className="card settings"
      aria-labelledby="settings-heading"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(draft);
      }}
    >
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      {props.repairedFields.length ? (
        <p className="hint warn" role="status">
          {t('settings.repaired', { fields: props.repairedFields.join(', ') })}
        </p>
      ) : null}
      {text('establishmentName', 'settings.establishment')}
      {text('managerName', 'settings.managerName')}
      {text('managerRole', 'settings.managerRole')}
      <div className="field">
        <label htmlFor="set-signature">{t('settings.signature')}</label>
        <textarea id="set-signature" rows={2} value={draft.signature} onChange={(e) => setDraft({ ...draft, signature: e.target.value })} />
      </div>
      {text('contactChannel', 'settings.contact')}
      <div className="row">
        <div className="field">
          <label htmlFor="set-lang">{t('settings.defaultLanguage')}</label>
          <select id="set-lang" value={draft.defaultLanguage} onChange={(e) => setDraft({ ...draft, defaultLanguage: e.target.value as Settings['defaultLanguage'] })}>
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {t(`lang.${lang}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="set-tone">{t('settings.tone')}</label>
          <select id="set-tone" value={draft.tone} onChange={(e) => setDraft({ ...draft, tone: e.target.value as Settings['tone'] })}>
            {TONES.map((tone) => (
              <option key={tone} value={tone}>
                {t(`tone.${tone}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="set-ui">{t('settings.uiLanguage')}</label>
        <select id="set-ui" data-testid="ui-language" value={draft.uiLanguage} onChange={(e) => setDraft({ ...draft, uiLanguage: e.target.value as Settings['uiLanguage'] })}>
          <option value="auto">{t('settings.uiAuto')}</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </div>
      <fieldset>
        <legend>{t('settings.sites')}</legend>
        {(['tripadvisor', 'google'] as const).map((site) => (
          <div className="field checkbox" key={site}>
            <input
              id={`set-site-${site}`}
              type="checkbox"
              checked={draft.sites[site]}
              onChange={(e) => setDraft({ ...draft, sites: { ...draft.sites, [site]: e.target.checked } })}
            />
            <label htmlFor={`set-site-${site}`}>{t(`settings.site.${site}`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="primary" data-testid="save-settings">
        {t('settings.save')}
      </button>
    </form>
  );
}
