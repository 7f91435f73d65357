import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { translator, type Translate } from '@/lib/i18n';
import { buildEvidenceRecord, evidenceToJson, renderPrintableEvidence, type PrintableLabels } from '@/lib/evidence';
import { draftsToJson, filterDrafts, parseDraftsJson } from '@/lib/drafts-io';
import type { PanelEngines } from '@/lib/panel/engines';
import { rankQueue } from '@/lib/panel/queue';
import { draftsWithUnsaved } from '@/lib/panel/unsaved';
import { draftKey } from '@/lib/storage';
import { blockingFindings, effectiveStrategy, type PanelStore } from '@/lib/panel/store';
import { blackmailRoutes, reportSummary, type ReportRoute } from '@/lib/reports';
import type { EvidenceRecord } from '@/lib/storage';
import { BlackmailPanel } from '@/components/BlackmailPanel';
import { ConfirmDeleteAll } from '@/components/ConfirmDeleteAll';
import { DraftsView, DRAFTS_PAGE_SIZE } from '@/components/DraftsView';
import { EvidenceView } from '@/components/EvidenceView';
import { IncidentsView } from '@/components/IncidentsView';
import { Nav } from '@/components/Nav';
import { Notice } from '@/components/Notice';
import { PasteView } from '@/components/PasteView';
import { QueueView } from '@/components/QueueView';
import { ReplyEditor } from '@/components/ReplyEditor';
import { ReviewView } from '@/components/ReviewView';
import { SettingsForm } from '@/components/SettingsForm';
import { copyText, downloadText, openInNewTab, openPrintWindow, stamp } from './io';

function printableLabels(t: Translate): PrintableLabels {
  return {
    title: t('evidence.heading'),
    platform: t('review.platform'),
    pageUrl: t('evidence.pageUrl'),
    reviewId: t('evidence.reviewId'),
    author: t('review.author'),
    rating: t('review.rating'),
    reviewDate: t('review.date'),
    capturedAt: t('evidence.capturedAt'),
    sha256: t('evidence.sha256'),
    signals: t('evidence.signals'),
    text: t('evidence.text'),
  };
}

export function App({ store, engines }: { store: PanelStore; engines: PanelEngines | null }) {
  const state = useStore(store);
  const t = useMemo(() => translator(state.uiLang), [state.uiLang]);
  const [draftsShown, setDraftsShown] = useState(DRAFTS_PAGE_SIZE);
  const { target, analysis } = state;

  const queue = useMemo(() => rankQueue(state.page?.reviews ?? [], engines ? engines.analyze : null), [state.page, engines]);
  const filteredDrafts = useMemo(() => {
    const drafts = draftsWithUnsaved(state.drafts, state.unsaved);
    return drafts === null ? null : filterDrafts(drafts, state.draftQuery);
  }, [state.drafts, state.unsaved, state.draftQuery]);
  const unsavedKeys = useMemo(() => new Set(state.unsaved.map((draft) => draft.key)), [state.unsaved]);
  const currentKey = target ? draftKey(target.review.platform, target.review.id) : null;

  const isBlackmail = analysis !== null && (analysis.category === 'blackmail' || effectiveStrategy(state) === 'blackmail_protocol');
  const errors = blockingFindings(state.findings);
  const insertBlockedReason =
    errors.length > 0 ? t('reply.insertBlocked', { n: errors.length }) : target && target.tabId === null ? t('reply.insertNoPage') : null;

  async function saveEvidence(): Promise<EvidenceRecord | null> {
    if (!target) return null;
    const record = await buildEvidenceRecord(target.review, analysis?.signals ?? []);
    return (await state.saveIncident(record)) ? record : null;
  }

  async function report(route: ReportRoute): Promise<void> {
    if (!target) return;
    const review = target.review;
    const evidence = state.evidence;
    const summary = reportSummary({
      route,
      establishmentName: state.settings.establishmentName,
      platformLabel: t(`platform.${review.platform}`),
      pageUrl: review.url,
      reviewId: review.id,
      author: review.author,
      rating: review.rating,
      reviewDate: review.date,
      text: review.text,
      capturedAt: evidence?.capturedAt ?? new Date().toISOString(),
      sha256: evidence?.sha256 ?? null,
      evidence: (analysis?.signals ?? [])
        .filter((signal) => ['demand', 'review_threat', 'conditional_edit', 'retaliation', 'third_party_extortion', 'payment_channel'].includes(signal.type))
        .map((signal) => signal.text),
    });
    // copy first: the panel loses focus (and clipboard access) once the new tab opens
    const copied = await copyText(summary);
    await openInNewTab(route.url);
    state.setNotice(copied ? { kind: 'info', key: 'blackmail.summaryCopied' } : { kind: 'error', key: 'reply.copyFailed' });
  }

  function printRecords(records: EvidenceRecord[]): void {
    const doc = openPrintWindow();
    if (doc) renderPrintableEvidence(doc, records, printableLabels(t));
  }

  return (
    <div className="app" lang={state.uiLang}>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <Nav t={t} view={state.view} onView={state.setView} queueCount={state.page?.reviews.length ?? null} reviewUnseen={state.reviewUnseen} />
      </header>
      <Notice t={t} notice={state.notice} onDismiss={() => state.setNotice(null)} />
      <main>
        {state.view === 'review' ? (
          target ? (
            <>
              {isBlackmail ? (
                <BlackmailPanel
                  t={t}
                  routes={blackmailRoutes(target.review.platform, target.source === 'page')}
                  evidenceSaved={state.evidence !== null}
                  onSaveEvidence={() => void saveEvidence()}
                  onReport={(route) => void report(route)}
                />
              ) : null}
              {state.evidence ? (
                <EvidenceView
                  t={t}
                  record={state.evidence}
                  onExportJson={() => downloadText(`tact-evidence-${stamp()}.json`, evidenceToJson([state.evidence!]))}
                  onPrint={() => printRecords([state.evidence!])}
                />
              ) : null}
              <ReviewView
                t={t}
                uiLang={state.uiLang}
                review={target.review}
                analysis={analysis}
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
              {state.advice ? (
                <p className="card hint warn" data-testid="advice">
                  {state.advice}
                </p>
              ) : null}
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
                checkerAvailable={engines !== null}
                composerAvailable={engines !== null && analysis !== null}
                onChange={state.typeReply}
                otherUnsaved={state.unsaved.filter((draft) => draft.key !== currentKey).length}
                backupError={state.unsavedBackupError}
                versions={state.draft?.versions ?? []}
                uiLang={state.uiLang}
                onRestore={state.typeReply}
                onAnother={state.anotherWording}
                onInsert={() => void state.insert()}
                onUndo={() => void state.undoInsert()}
                onCopy={() =>
                  void copyText(state.replyText).then((done) =>
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
        {state.view === 'queue' ? (
          <QueueView t={t} items={queue} currentId={target?.review.id ?? null} onOpen={(item) => void state.openReview(item.review, state.tabId, 'page')} />
        ) : null}
        {state.view === 'paste' ? <PasteView t={t} text={state.pasteText} onText={state.setPasteText} onAnalyse={() => void state.analysePaste()} /> : null}
        {state.view === 'drafts' ? (
          <>
            <DraftsView
              t={t}
              drafts={filteredDrafts}
              total={state.draftQuery ? null : state.draftsTotal}
              query={state.draftQuery}
              shown={draftsShown}
              uiLang={state.uiLang}
              unsavedKeys={unsavedKeys}
              onQuery={(query) => {
                setDraftsShown(DRAFTS_PAGE_SIZE);
                state.setDraftQuery(query);
              }}
              onMore={() => setDraftsShown(draftsShown + DRAFTS_PAGE_SIZE)}
              onOpen={(draft) => void state.openDraft(draft.key)}
              onDelete={(draft) => void state.deleteDraft(draft.key)}
              onExport={() => void state.exportDrafts().then((drafts) => drafts && downloadText(`tact-drafts-${stamp()}.json`, draftsToJson(drafts)))}
              onImport={(file) =>
                void file.text().then((json) => {
                  const parsed = parseDraftsJson(json);
                  if ('error' in parsed) state.setNotice({ kind: 'error', key: 'drafts.importFailed', params: { error: parsed.error } });
                  else void state.importDrafts(parsed.drafts, parsed.skipped.length);
                })
              }
            />
            <ConfirmDeleteAll t={t} confirming={state.confirmingDeleteAll} onAsk={state.askDeleteAll} onConfirm={() => void state.deleteAll()} />
          </>
        ) : null}
        {state.view === 'incidents' ? (
          <IncidentsView
            t={t}
            incidents={state.incidents}
            query={state.incidentQuery}
            onQuery={state.setIncidentQuery}
            onExportAll={() => downloadText(`tact-incidents-${stamp()}.json`, evidenceToJson(state.incidents ?? []))}
            onExport={(record) => downloadText(`tact-evidence-${stamp()}.json`, evidenceToJson([record]))}
            onPrint={printRecords}
            onDelete={(record) => void state.deleteIncident(record.id)}
          />
        ) : null}
        {state.view === 'settings' ? (
          <>
            <SettingsForm t={t} settings={state.settings} repairedFields={state.settingsRepaired} onSave={(s) => void state.saveSettings(s)} />
            <ConfirmDeleteAll t={t} confirming={state.confirmingDeleteAll} onAsk={state.askDeleteAll} onConfirm={() => void state.deleteAll()} />
          </>
        ) : null}
      </main>
    </div>
  );
}
