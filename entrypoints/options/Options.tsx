import { useEffect, useMemo, useState } from 'react';
import { resolveUiLang, translator, type MessageKey } from '@/lib/i18n';
import type { PanelApi } from '@/lib/panel/api';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/storage';
import { SettingsForm } from '@/components/SettingsForm';
import { ConfirmDeleteAll } from '@/components/ConfirmDeleteAll';

/** The options page: the same settings form as the panel, plus "Delete all my data". */
export function Options({ api, browserLanguage }: { api: PanelApi; browserLanguage: string }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [repaired, setRepaired] = useState<string[]>([]);
  const [message, setMessage] = useState<{ key: MessageKey; error?: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  // the form appears once the stored settings are in: typing before that would be overwritten
  const [loaded, setLoaded] = useState(false);
  const t = useMemo(() => translator(resolveUiLang(settings.uiLanguage, browserLanguage)), [settings.uiLanguage, browserLanguage]);

  useEffect(() => {
    void api.getSettings().then((answer) => {
      if (answer.ok) {
        setSettings(answer.data.settings);
        setRepaired(answer.data.repairedFields);
      } else setMessage({ key: 'error.generic', error: answer.error });
      setLoaded(true);
    });
  }, [api]);

  return (
    <div className="app" lang={resolveUiLang(settings.uiLanguage, browserLanguage)}>
      <h1>{t('app.title')}</h1>
      <div role="status" aria-live="polite" data-testid="options-status">
        {message ? t(message.key, { error: message.error ?? '' }) : null}
      </div>
      <main>
        {loaded ? (
        <SettingsForm
          t={t}
          settings={settings}
          repairedFields={repaired}
          onSave={(next) =>
            void api.setSettings(next).then((answer) => {
              if (answer.ok) {
                setSettings(next);
                setRepaired([]);
                setMessage({ key: 'settings.saved' });
              } else setMessage({ key: 'error.generic', error: answer.error });
            })
          }
        />
        ) : null}
        <ConfirmDeleteAll
          t={t}
          confirming={confirming}
          onAsk={setConfirming}
          onConfirm={() =>
            void api.deleteAll().then((answer) => {
              setConfirming(false);
              if (answer.ok) {
                setSettings(DEFAULT_SETTINGS);
                setMessage({ key: 'data.deleted' });
              } else setMessage({ key: 'error.generic', error: answer.error });
            })
          }
        />
      </main>
    </div>
  );
}
