// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeReview } from '@/lib/analysis';
import { translator } from '@/lib/i18n';
import { renderPrintableEvidence, buildEvidenceRecord } from '@/lib/evidence';
import { ReviewView } from '@/components/ReviewView';
import { ReplyEditor } from '@/components/ReplyEditor';
import { review } from '../core/helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const HOSTILE = 'Refund me or I post a bad review <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const t = translator('en');
const noop = () => undefined;

function render(element: React.ReactElement): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(element));
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { __pwned?: number }).__pwned;
});

describe('ReviewView', () => {
  it('renders hostile review text as text and highlights each signal with a reason on hover and focus', () => {
    const r = review({ text: HOSTILE, title: '' });
    const analysis = analyzeReview({ text: r.text, rating: 1, platform: 'tripadvisor' });
    const root = render(
      <ReviewView t={t} uiLang="en" review={r} analysis={analysis} strategy={null} tone="warm" replyLang="en" hasFacts={false} facts=""
        onStrategy={noop} onTone={noop} onReplyLang={noop} onHasFacts={noop} onFacts={noop} onFactsDone={noop} />,
    );
    const text = root.querySelector('[data-testid="review-text"]')!;
    expect(text.textContent).toBe(HOSTILE);
    expect(root.querySelector('img, script')).toBeNull();
    const marks = [...text.querySelectorAll('mark')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.tabIndex).toBe(0);
      expect(mark.title).not.toBe('');
      for (const id of mark.getAttribute('aria-describedby')!.split(' ')) expect(root.querySelector(`#${id}`)).not.toBeNull();
    }
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows the veiled-blackmail hint with a button that switches to the blackmail protocol', () => {
    const r = review({ text: 'Whether my write-up ends up glowing or brutal depends on whether you waive the fee.', title: '' });
    const analysis = { ...analyzeReview({ text: r.text }), category: 'complaint' as const, veiledBlackmail: { probability: 0.74 } };
    const chosen: string[] = [];
    const root = render(
      <ReviewView t={t} uiLang="en" review={r} analysis={analysis} strategy="acknowledge_and_fix" tone="warm" replyLang="en" hasFacts={false} facts=""
        onStrategy={(s) => chosen.push(s)} onTone={noop} onReplyLang={noop} onHasFacts={noop} onFacts={noop} onFactsDone={noop} />,
    );
    const hint = root.querySelector('[data-testid="veiled-blackmail"]')!;
    expect(hint.textContent).toContain('Possible veiled blackmail');
    expect(hint.textContent).toContain('74 %');
    hint.querySelector('button')!.click();
    expect(chosen).toEqual(['blackmail_protocol']);
    const plain = render(
      <ReviewView t={t} uiLang="en" review={r} analysis={{ ...analysis, veiledBlackmail: undefined }} strategy="acknowledge_and_fix" tone="warm" replyLang="en" hasFacts={false} facts=""
        onStrategy={noop} onTone={noop} onReplyLang={noop} onHasFacts={noop} onFacts={noop} onFactsDone={noop} />,
    );
    expect(plain.querySelector('[data-testid="veiled-blackmail"]')).toBeNull();
  });

  it('explains each risk component in the manager’s language', () => {
    const r = review({ text: 'Remboursez-moi la nuit avant vendredi, sinon je publie un avis à une étoile sur TripAdvisor et Google.', title: '' });
    const analysis = analyzeReview({ text: r.text, rating: 1, platform: 'tripadvisor' });
    const root = render(
      <ReviewView t={translator('fr')} uiLang="fr" review={r} analysis={analysis} strategy={null} tone="warm" replyLang="fr" hasFacts={false} facts=""
        onStrategy={noop} onTone={noop} onReplyLang={noop} onHasFacts={noop} onFacts={noop} onFactsDone={noop} />,
    );
    const risk = root.querySelector('[data-testid="risk"]')!.textContent!;
    expect(risk).toContain('Un avantage est exigé en échange d’un avis');
    expect(risk).toContain('Une note de 1 sur 5 fait baisser la moyenne.');
    expect(risk).not.toContain('An advantage is demanded');
  });
});

describe('ReplyEditor', () => {
  it('counts UTF-8 bytes against the Google limit, explains why Insert is off, and marks findings in place', () => {
    const root = render(
      <ReplyEditor t={t} text="Café é" platform="google" saveStatus="error" saveError="Storage is full." canInsert={false} insertBlockedReason="Fix the errors first (1)."
        inserted={false} checkerAvailable composerAvailable onChange={noop} onAnother={noop} onInsert={noop} onUndo={noop} onCopy={noop}
        findings={[{ rule: 'personal_data', severity: 'error', start: 0, end: 4, message: 'A name', suggestion: 'Remove it' }]} />,
    );
    expect(root.querySelector('[data-testid="reply-counter"]')!.textContent).toContain('8 / 4096 bytes (UTF-8)');
    expect((root.querySelector('[data-testid="insert"]') as HTMLButtonElement).disabled).toBe(true);
    expect(root.querySelector('[data-testid="insert-reason"]')!.textContent).toBe('Fix the errors first (1).');
    expect(root.querySelector('.editor-backdrop mark')!.textContent).toBe('Café');
    expect(root.querySelector('[data-testid="save-status"]')!.textContent).toContain('Storage is full.');
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Café é');
  });
});

describe('draft versions', () => {
  it('lists the earlier versions newest first and restores the one picked', () => {
    const restored: string[] = [];
    const root = render(
      <ReplyEditor t={t} text="third" platform="tripadvisor" saveStatus="saved" saveError={null} canInsert insertBlockedReason={null} inserted={false}
        checkerAvailable composerAvailable findings={[]} onChange={noop} onAnother={noop} onInsert={noop} onUndo={noop} onCopy={noop}
        versions={[{ text: 'first', savedAt: 1 }, { text: 'second', savedAt: 2 }, { text: 'third', savedAt: 3 }]} uiLang="en" onRestore={(text) => restored.push(text)} />,
    );
    const rows = [...root.querySelectorAll('[data-testid="versions"] li')];
    expect(rows.map((row) => row.querySelector('.excerpt-line')!.textContent)).toEqual(['second', 'first']);
    act(() => (rows[1]!.querySelector('button') as HTMLButtonElement).click());
    expect(restored).toEqual(['first']);
  });
});

describe('printable evidence', () => {
  it('is built from text nodes only', async () => {
    const record = await buildEvidenceRecord(review({ text: HOSTILE, author: '<b>Eve</b>' }), []);
    const doc = document.implementation.createHTMLDocument('');
    renderPrintableEvidence(doc, [record], {
      title: 'Evidence', platform: 'Platform', pageUrl: 'Page', reviewId: 'Id', author: 'Author', rating: 'Rating', reviewDate: 'Date',
      capturedAt: 'Captured', sha256: 'SHA-256', signals: 'Signals', text: 'Text',
    });
    expect(doc.querySelector('img, script, b')).toBeNull();
    expect(doc.querySelector('pre')!.textContent).toBe(HOSTILE);
    expect(doc.body.textContent).toContain('<b>Eve</b>');
    expect(doc.body.textContent).toContain(record.sha256);
  });
});
