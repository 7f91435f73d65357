import type { Translate } from '@/lib/i18n';
import type { TextMark } from '@/lib/panel/highlight';
import type { SaveStatus } from '@/lib/panel/store';
import { REPLY_LIMITS, replyLength, type Platform } from '@/lib/platforms';
import type { Finding } from '@/lib/reply/types';
import { HighlightedText } from './HighlightedText';

export interface ReplyEditorProps {
  t: Translate;
  text: string;
  platform: Platform;
  findings: Finding[];
  saveStatus: SaveStatus;
  saveError: string | null;
  canInsert: boolean;
  /** why Insert is disabled (shown next to it) */
  insertBlockedReason: string | null;
  inserted: boolean;
  checkerAvailable: boolean;
  composerAvailable: boolean;
  onChange(text: string): void;
  onAnother(): void;
  onInsert(): void;
  onUndo(): void;
  onCopy(): void;
  /** earlier saved versions of this draft, oldest first (the last one is the current text) */
  versions?: { text: string; savedAt: number }[];
  uiLang?: string;
  onRestore?(text: string): void;
  /** replies to other reviews that storage has not taken yet (kept by the panel, retried) */
  otherUnsaved?: number;
  /** the panel's fallback copy of unsaved replies could not be written either */
  backupError?: string | null;
}

function findingMarks(findings: Finding[], t: Translate): TextMark[] {
  return findings.map((finding, index) => ({
    start: finding.start,
    end: finding.end,
    id: `finding-${index}`,
    label: `${t(`reply.severity.${finding.severity}`)}: ${finding.message}`,
    kind: finding.severity,
  }));
}

export function ReplyEditor(props: ReplyEditorProps) {
  const { t, text, platform, findings } = props;
  const limit = REPLY_LIMITS[platform];
  const length = replyLength(text, platform);
  const over = length > limit.max;
  const marks = findingMarks(findings, t);
  return (
    <section className="card reply">
      {/* the heading is the field's label: one accessible name "Reply", nothing else is called that */}
      <h2>
        <label htmlFor="reply-editor">{t('reply.label')}</label>
      </h2>
      <div className="editor-wrap">
        {/* the same text behind the textarea, with the findings marked in place */}
        <div className="editor-backdrop" aria-hidden="true">
          <HighlightedText text={text + '\n'} marks={marks} focusable={false} />
        </div>
        <textarea
          id="reply-editor"
          data-testid="reply-editor"
          className="editor"
          value={text}
          rows={10}
          spellCheck
          aria-describedby="reply-counter reply-save-status"
          onChange={(event) => props.onChange(event.target.value)}
          onScroll={(event) => {
            const backdrop = event.currentTarget.previousElementSibling;
            if (backdrop) backdrop.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <p className="counter-line">
        <span id="reply-counter" data-testid="reply-counter" className={over ? 'over' : ''}>
          {t('reply.counter', { n: length, max: limit.max, unit: t(limit.unit === 'utf8-bytes' ? 'reply.unit.bytes' : 'reply.unit.chars') })}
          {limit.unit === 'utf8-bytes' ? ` · ${t('reply.chars', { n: text.length })}` : ''}
        </span>
        <span id="reply-save-status" data-testid="save-status" data-status={props.saveStatus} role="status" className={props.saveStatus === 'error' ? 'error-text' : 'muted'}>
          {props.saveStatus === 'saved'
            ? t('reply.saved')
            : props.saveStatus === 'saving'
              ? t('reply.saving')
              : props.saveStatus === 'pending'
                ? t('reply.pending')
                : props.saveStatus === 'error'
                  ? t('reply.saveFailed', { error: props.saveError ?? '' })
                  : ''}
        </span>
      </p>
      {props.otherUnsaved ? (
        <p className="error-text" role="status" data-testid="unsaved-others">
          {t('reply.otherUnsaved', { n: props.otherUnsaved })}
        </p>
      ) : null}
      {props.backupError ? (
        <p className="error-text" role="alert" data-testid="unsaved-backup-failed">
          {t('reply.backupFailed', { error: props.backupError })}
        </p>
      ) : null}
      <div className="actions">
        {props.composerAvailable ? (
          <button type="button" onClick={props.onAnother} data-testid="another-wording">
            {t('reply.another')}
          </button>
        ) : null}
        <button type="button" className="primary" onClick={props.onInsert} disabled={!props.canInsert} aria-describedby={props.insertBlockedReason ? 'insert-reason' : undefined} data-testid="insert">
          {t('reply.insert')}
        </button>
        <button type="button" onClick={props.onUndo} disabled={!props.inserted} data-testid="undo">
          {t('reply.undo')}
        </button>
        <button type="button" onClick={props.onCopy} data-testid="copy">
          {t('reply.copy')}
        </button>
      </div>
      {props.insertBlockedReason ? (
        <p id="insert-reason" className="hint warn" data-testid="insert-reason">
          {props.insertBlockedReason}
        </p>
      ) : null}
      {props.versions && props.versions.length > 1 && props.onRestore ? (
        <details className="versions" data-testid="versions">
          <summary>
            {t('reply.versions')} ({props.versions.length - 1})
          </summary>
          <ol className="list">
            {props.versions
              .slice(0, -1)
              .reverse()
              .map((version) => (
                <li key={version.savedAt}>
                  <div className="item-main">
                    <div className="muted small">{new Date(version.savedAt).toLocaleString(props.uiLang)}</div>
                    <div className="excerpt-line">{version.text.slice(0, 200)}</div>
                  </div>
                  <button type="button" onClick={() => props.onRestore!(version.text)}>
                    {t('reply.restore')}
                  </button>
                </li>
              ))}
          </ol>
        </details>
      ) : null}
      <h3>{t('reply.findings')}</h3>
      {!props.checkerAvailable ? (
        <p className="muted">{t('reply.checkerUnavailable')}</p>
      ) : findings.length === 0 ? (
        <p className="muted" data-testid="no-findings">
          {t('reply.noFindings')}
        </p>
      ) : (
        <ul className="findings" data-testid="findings" aria-live="polite">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}-${finding.start}-${index}`} className={`finding sev-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
              <strong>{t(`reply.severity.${finding.severity}`)}</strong>: {finding.message}
              {finding.end > finding.start ? <span className="excerpt"> — “{text.slice(finding.start, finding.end)}”</span> : null}
              {finding.suggestion ? <span className="suggestion"> → {finding.suggestion}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
