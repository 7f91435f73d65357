import type { AnalysisResult, Strategy } from '@/lib/analysis/types';
import { STRATEGIES } from '@/lib/analysis/types';
import type { MessageKey, Translate, UiLang } from '@/lib/i18n';
import { riskSentence } from '@/lib/i18n/risk';
import { marksWithin, type TextMark } from '@/lib/panel/highlight';
import { LANGUAGES, type Language } from '@/lib/platforms';
import { TONES, type Tone } from '@/lib/reply/types';
import type { ReviewSnapshot } from '@/lib/review';
import { HighlightedText } from './HighlightedText';

export interface ReviewViewProps {
  t: Translate;
  /** the language of the risk explanations (the engine gives English) */
  uiLang: UiLang;
  review: ReviewSnapshot;
  analysis: AnalysisResult | null;
  strategy: Strategy | null;
  tone: Tone;
  replyLang: Language;
  hasFacts: boolean;
  facts: string;
  onStrategy(strategy: Strategy): void;
  onTone(tone: Tone): void;
  onReplyLang(lang: Language): void;
  onHasFacts(value: boolean): void;
  onFacts(text: string): void;
  onFactsDone(): void;
}

export function signalMarks(analysis: AnalysisResult, t: Translate): TextMark[] {
  // two rules may find the same evidence: show it once
  const seen = new Set<string>();
  const unique = analysis.signals.filter((signal) => {
    const id = `${signal.type}:${signal.start}:${signal.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return unique.map((signal, index) => ({
    start: signal.start,
    end: signal.end,
    id: `signal-${index}`,
    label: t(`signal.${signal.type}` as MessageKey),
    kind: signal.type,
  }));
}

export function ReviewView(props: ReviewViewProps) {
  const { t, review, analysis } = props;
  const marks = analysis ? signalMarks(analysis, t) : [];
  // signal offsets refer to `title + "\n\n" + text` when there is a title
  const textOffset = review.title && analysis && analysis.analysedText !== review.text ? review.title.length + 2 : 0;
  const describedBy = (mark: TextMark) => `desc-${mark.id}`;
  return (
    <section aria-labelledby="review-heading" className="card">
      <h2 id="review-heading">{t('nav.review')}</h2>
      <dl className="meta">
        <div>
          <dt>{t('review.platform')}</dt>
          <dd data-testid="review-platform">{t(`platform.${review.platform}`)}</dd>
        </div>
        <div>
          <dt>{t('review.author')}</dt>
          <dd data-testid="review-author">{review.author || t('review.unknownAuthor')}</dd>
        </div>
        <div>
          <dt>{t('review.rating')}</dt>
          <dd data-testid="review-rating">{review.rating === null ? t('review.noRating') : t('review.ratingValue', { n: review.rating })}</dd>
        </div>
        {review.date ? (
          <div>
            <dt>{t('review.date')}</dt>
            <dd data-testid="review-date">{review.date}</dd>
          </div>
        ) : null}
        {analysis ? (
          <div>
            <dt>{t('review.language')}</dt>
            <dd data-testid="review-language">{t(`lang.${analysis.language}`)}</dd>
          </div>
        ) : null}
      </dl>
      {review.title ? (
        <p className="review-title" data-testid="review-title">
          <HighlightedText text={review.title} marks={marksWithin(marks, 0, review.title.length)} describedBy={describedBy} />
        </p>
      ) : null}
      <blockquote className="review-text" aria-label={t('review.text')}>
        <HighlightedText testId="review-text" text={review.text} marks={marksWithin(marks, textOffset, review.text.length)} describedBy={describedBy} />
      </blockquote>
      {review.truncated ? <p className="hint">{t('review.truncated')}</p> : null}
      {review.machineTranslated ? <p className="hint">{t('review.translated')}</p> : null}
      {review.layoutChanged.length ? (
        <p className="hint warn" role="status">
          {t('review.layoutChanged', { names: review.layoutChanged.join(', ') })}
        </p>
      ) : null}
      {analysis ? <AnalysisDetails {...props} analysis={analysis} marks={marks} /> : <p className="hint">{t('analysis.unavailable')}</p>}
    </section>
  );
}

function AnalysisDetails(props: ReviewViewProps & { analysis: AnalysisResult; marks: TextMark[] }) {
  const { t, analysis } = props;
  const current = props.strategy ?? analysis.strategy;
  const offered = [analysis.strategy, ...analysis.alternatives.filter((s) => s !== analysis.strategy)];
  if (!offered.includes(current)) offered.push(current);
  return (
    <div className="analysis" data-testid="analysis">
      <h3>{t('analysis.heading')}</h3>
      <p>
        <span className={`badge cat-${analysis.category}`} data-testid="category" data-category={analysis.category}>
          {t(`category.${analysis.category}`)}
        </span>{' '}
        <span className="muted">{t('analysis.confidence', { n: Math.round(analysis.confidence * 100) })}</span>
      </p>
      {analysis.veiledBlackmail ? (
        <div className="card hint warn" role="note" data-testid="veiled-blackmail">
          <strong>{t('veiled.heading')}</strong>
          <p>{t('veiled.body', { n: Math.round(analysis.veiledBlackmail.probability * 100) })}</p>
          {props.strategy !== 'blackmail_protocol' ? (
            <button type="button" onClick={() => props.onStrategy('blackmail_protocol')}>
              {t('veiled.treat')}
            </button>
          ) : null}
        </div>
      ) : null}
      <details className="risk" data-testid="risk" data-level={analysis.risk.level} open={analysis.risk.level !== 'low'}>
        <summary>
          {t('analysis.risk')}: <strong>{t('analysis.riskValue', { score: analysis.risk.score, level: t(`level.${analysis.risk.level}`) })}</strong>
        </summary>
        <ul>
          {analysis.risk.components.map((component) => (
            <li key={component.id}>
              {t(`risk.${component.id}`)}: +{component.points} — <span className="muted">{riskSentence(component, props.uiLang)}</span>
            </li>
          ))}
        </ul>
      </details>
      <h4>{t('analysis.signals')}</h4>
      {props.marks.length ? (
        <ul className="signals" data-testid="signals">
          {props.marks.map((mark) => (
            <li key={mark.id} id={`desc-${mark.id}`}>
              <span className={`dot mark-${mark.kind}`} aria-hidden="true" /> {mark.label}: “{analysis.analysedText.slice(mark.start, mark.end)}”
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('analysis.noSignals')}</p>
      )}
      {analysis.aspects.length ? (
        <p className="muted">
          {t('analysis.aspects')}: {[...new Set(analysis.aspects.map((a) => `${t(`aspect.${a.aspect}` as MessageKey)}${a.polarity === 'negative' ? ' −' : a.polarity === 'positive' ? ' +' : ''}`))].join(', ')}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="strategy">{t('analysis.strategy')}</label>
        <select id="strategy" data-testid="strategy" value={current} onChange={(e) => props.onStrategy(e.target.value as Strategy)}>
          {offered
            .filter((s) => (STRATEGIES as readonly string[]).includes(s))
            .map((s, index) => (
              <option key={s} value={s}>
                {t(`strategy.${s}`)}
                {index === 0 ? ' ★' : ''}
              </option>
            ))}
        </select>
        {analysis.alternatives.length ? (
          <p className="muted small">
            {t('analysis.alternatives')}: {analysis.alternatives.map((s) => t(`strategy.${s}`)).join(', ')}
          </p>
        ) : null}
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="tone">{t('analysis.tone')}</label>
          <select id="tone" value={props.tone} onChange={(e) => props.onTone(e.target.value as Tone)}>
            {TONES.map((tone) => (
              <option key={tone} value={tone}>
                {t(`tone.${tone}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="reply-lang">{t('analysis.replyLanguage')}</label>
          <select id="reply-lang" data-testid="reply-lang" value={props.replyLang} onChange={(e) => props.onReplyLang(e.target.value as Language)}>
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {t(`lang.${lang}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field checkbox">
        <input id="has-facts" type="checkbox" checked={props.hasFacts} onChange={(e) => props.onHasFacts(e.target.checked)} />
        <label htmlFor="has-facts">{t('analysis.facts')}</label>
      </div>
      {props.hasFacts ? (
        <div className="field">
          <label htmlFor="facts">{t('analysis.factsField')}</label>
          <textarea id="facts" rows={3} value={props.facts} onChange={(e) => props.onFacts(e.target.value)} onBlur={props.onFactsDone} />
        </div>
      ) : null}
    </div>
  );
}
