import { useMemo } from 'react';
import { useStore } from 'zustand';
import { translator } from '@/lib/i18n';
import { blockingFindings, effectiveStrategy, type PanelStore } from '@/lib/panel/store';
import { Nav } from '@/components/Nav';
import { Notice } from '@/components/Notice';
import { ReplyEditor } from '@/components/ReplyEditor';
import { ReviewView } from '@/components/ReviewView';
import { SettingsForm } from '@/components/SettingsForm';

export function App({ store }: { store: PanelStore }) {
  const state = useStore(store);
  const t = useMemo(() => translator(state.uiLang), [state.uiLang]);
  const { target } = state;

  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  const errors = blockingFindings(state.findings);
  const insertBlockedReason =
    errors.length > 0 ? t('reply.insertBlocked', { n: errors.length }) : target && target.tabId === null ? t('reply.insertNoPage') : null;

  return (
    <div className="app" lang={state.uiLang}>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <Nav t={t} view={state.view} onView={state.setView} queueCount={state.page?.reviews.length ?? null} />
      </header>
      <Notice t={t} notice={state.notice} onDismiss={() => state.setNotice(null)} />
      <main>
        {state.view === 'review' ? (
          target ? (
            <>
              <ReviewView
                t={t}
                review={target.review}
                analysis={state.analysis}
                strategy={effectiveStrategy(state)}
                tone={state.tone}
                replyLang={state.replyLang}
                hasFacts={state.hasFacts}
                facts={state.facts}
                onStrategy={state.chooseStrategy}
                onTone={state.chooseTone}
                onReplyLang={state.chooseReplyLang}
                onHasFacts={state.setHasFacts}
                onFacts={state.setFacts}
                onFactsDone={state.applyFacts}
              />
              <ReplyEditor
                t={t}
                text={state.replyText}
                platform={target.review.platform}
                findings={state.findings}
                saveStatus={state.saveStatus}
                saveError={state.saveError}
                canInsert={insertBlockedReason === null}
                insertBlockedReason={insertBlockedReason}
                inserted={state.inserted}
                checkerAvailable={state.analysis !== null}
                composerAvailable={state.analysis !== null}
                onChange={state.typeReply}
                onAnother={state.anotherWording}
                onInsert={() => void state.insert()}
                onUndo={() => void state.undoInsert()}
                onCopy={() =>
                  void copy(state.replyText).then((done) =>
                    state.setNotice(done ? { kind: 'info', key: 'reply.copied' } : { kind: 'error', key: 'reply.copyFailed' }),
                  )
                }
              />
            </>
          ) : (
            <p className="card empty" data-testid="no-target">
              {t('review.none')}
            </p>
          )
        ) : null}
        {state.view === 'settings' ? <SettingsForm t={t} settings={state.settings} repairedFields={state.settingsRepaired} onSave={(s) => void state.saveSettings(s)} /> : null}
      </main>
    </div>
  );
}
