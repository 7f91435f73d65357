/** Behaviour of the reply composer (lib/reply/compose.ts) on hand-built analyses, in all five languages. */
import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Aspect, AspectId, Signal, Strategy } from '../../../lib/analysis/types';
import { STRATEGIES } from '../../../lib/analysis/types';
import { LANGUAGES, REPLY_LIMITS, replyLength, utf8Length, type Language } from '../../../lib/platforms';
import { TONES, type EstablishmentSettings } from '../../../lib/reply/types';
import {
  ADVICE_PREFIX,
  adviceFor,
  bodyOf,
  composeReply,
  expandWording,
  firstNameOf,
  isManagerAdvice,
  replyLanguage,
  trigramJaccard,
  trigramOverlap,
  wordingsFor,
  wordNgrams,
} from '../../../lib/reply/compose';
import { TEMPLATES } from '../../../lib/reply/templates';

const SETTINGS: EstablishmentSettings = {
  establishmentName: 'Hôtel des Tilleuls',
  managerName: 'Claire Moreau',
  managerRole: 'Directrice',
  signature: '',
  defaultLanguage: 'fr',
};

function aspect(id: AspectId, polarity: Aspect['polarity']): Aspect {
  return { aspect: id, polarity, start: 0, end: 1, text: '' };
}

function analysis(language: AnalysisResult['language'], strategy: Strategy, aspects: Aspect[] = [], signals: Signal[] = []): AnalysisResult {
  return {
    language,
    category: 'complaint',
    confidence: 0.8,
    signals,
    aspects,
    risk: { score: 30, level: 'low', components: [] },
    strategy,
    alternatives: [],
    analysedText: '',
  };
}

/** A complaint about breakfast and noise, in each language (written for these tests). */
const BREAKFAST_AND_NOISE: Record<Language, string> = {
  fr: "Le petit-déjeuner était froid et pauvre, et on a entendu la rue toute la nuit à cause des fenêtres. Dommage, l'emplacement est top.",
  en: 'Breakfast was cold and very limited, and we could hear the street all night long through the windows. A shame, the location is great.',
  es: 'El desayuno estaba frío y era muy escaso, y oímos la calle toda la noche por las ventanas. Una pena, la ubicación es genial.',
  de: 'Das Frühstück war kalt und sehr dürftig, und wir haben die ganze Nacht die Straße durch die Fenster gehört. Schade, die Lage ist super.',
  it: 'La colazione era fredda e molto scarsa, e abbiamo sentito la strada tutta la notte dalle finestre. Peccato, la posizione è ottima.',
};
const BREAKFAST_NOISE_ASPECTS = [aspect('breakfast', 'negative'), aspect('noise', 'negative'), aspect('location', 'positive')];

const FACTS: Record<Language, string> = {
  fr: 'Notre registre indique un départ à 14 h, trois heures après l’heure convenue',
  en: 'Our register shows a check-out at 2 pm, three hours after the agreed time',
  es: 'Nuestro registro indica una salida a las 14 h, tres horas después de la hora acordada',
  de: 'Unser Register zeigt eine Abreise um 14 Uhr, drei Stunden nach der vereinbarten Zeit',
  it: 'Il nostro registro indica una partenza alle 14, tre ore dopo l’orario concordato',
};

/** Words that would deny an allegation without facts, or accuse the guest, per language. */
const DENIAL_OR_ACCUSATION: Record<Language, RegExp> = {
  fr: /\b(faux|mensonge|menteur|jamais arrivé|n'est pas vrai|impossible|démentons|contestons|chantage|mauvaise foi)\b/i,
  en: /\b(false|untrue|not true|never happened|impossible|deny|lie|liar|blackmail|bad faith|fake)\b/i,
  es: /\b(falso|mentira|no es cierto|nunca ocurrió|imposible|negamos|chantaje|mala fe)\b/i,
  de: /\b(falsch|Lüge|nicht wahr|nie passiert|unmöglich|bestreiten|Erpressung|böswillig)\b/i,
  it: /\b(falso|menzogna|non è vero|mai successo|impossibile|neghiamo|ricatto|malafede)\b/i,
};

/** A concession or an apology (a blackmail reply must not concede), per language. */
const CONCESSION: Record<Language, RegExp> = {
  fr: /désolé|excuse|regrett|navré|rembours|geste commercial/i,
  en: /sorry|apolog|regret|refund|compensat/i,
  es: /sentimos|disculpa|lamenta|reembols|compensa/i,
  de: /leid|entschuldig|bedauer|erstatt|entschädig/i,
  it: /dispiace|scus|rammaric|rimbors|risarc/i,
};

function sentencesOf(text: string): string[] {
  return text.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter(Boolean);
}

/** Does the reply contain one of a block's wordings (any of its alternatives, placeholders treated as wildcards)? */
function containsWordingOf(reply: string, wordings: string[]): boolean {
  return wordings.flatMap(expandWording).some((w) => {
    const parts = w.split(/\{[a-z]+\}/).map((p) => p.trim()).filter((p) => p.length > 6);
    return parts.length > 0 && parts.every((p) => reply.includes(p.charAt(0).toUpperCase() + p.slice(1)) || reply.includes(p));
  });
}

describe('composeReply: common guarantees', () => {
  it.each(LANGUAGES)('%s: every strategy and tone gives a filled, signed reply within limits', (lang) => {
    for (const strategy of STRATEGIES) {
      for (const tone of TONES) {
        for (const aspects of [BREAKFAST_NOISE_ASPECTS, []]) {
          for (const platform of ['google', 'tripadvisor'] as const) {
            const reply = composeReply(
              { text: BREAKFAST_AND_NOISE[lang], author: 'Marie Dupont', platform },
              analysis(lang, strategy, aspects),
              SETTINGS,
              { tone, facts: strategy === 'firm_and_factual' ? FACTS[lang] : undefined, minimalReply: true },
            );
            const where = `${lang} ${strategy} ${tone}`;
            expect(reply, where).not.toMatch(/[{}[\]<>]|undefined|null|NaN/);
            expect(reply, where).not.toMatch(/ {2}|\s[,.]|\.\./);
            expect(reply, where).toContain('Claire Moreau, Directrice');
            expect(reply, where).not.toContain('Dupont');
            expect(reply, where).not.toMatch(/^\s*(?:[-*•]|\d+[.)])\s/m);
            expect(reply, where).not.toMatch(/https?:|www\./);
            expect(replyLength(reply, platform), where).toBeLessThanOrEqual(REPLY_LIMITS[platform].max);
          }
        }
      }
    }
  });

  it('greets by first name only, and neutrally when the author is a full name or a handle', () => {
    expect(firstNameOf('Marie')).toBe('Marie');
    expect(firstNameOf('Marie D.')).toBe('Marie');
    expect(firstNameOf('Jean-Luc M')).toBe('Jean-Luc');
    for (const author of ['John Smith', 'sunny_traveler72', 'JOHN', 'Anonymous', 'Marie-Claire de la Tour', '', undefined, 'j.doe', 'Traveler']) {
      expect(firstNameOf(author), String(author)).toBeUndefined();
    }
    const named = composeReply({ text: 'Super séjour', author: 'Marie D.' }, analysis('fr', 'thank'), SETTINGS);
    expect(named.split('\n')[0]).toMatch(/Marie/);
    const neutral = composeReply({ text: 'Super séjour', author: 'John Smith' }, analysis('fr', 'thank'), SETTINGS);
    expect(neutral).not.toMatch(/John|Smith/);
  });

  it('picks the language: option, else the review when Tact writes it, else the default', () => {
    expect(replyLanguage(analysis('de', 'thank'), SETTINGS, { language: 'it' })).toBe('it');
    expect(replyLanguage(analysis('de', 'thank'), SETTINGS)).toBe('de');
    expect(replyLanguage(analysis('und', 'thank'), SETTINGS)).toBe('fr');
    const reply = composeReply({ text: 'Obrigado' }, analysis('und', 'thank'), { ...SETTINGS, defaultLanguage: 'es' });
    expect(containsWordingOf(reply, wordingsFor(TEMPLATES.es, 'thank', 'thanksPraise', 'warm'))).toBe(true);
  });

  it('signs without unfilled parts when settings are empty, and uses the contact channel when set', () => {
    const empty: EstablishmentSettings = { establishmentName: '', managerName: '', managerRole: '', signature: '', defaultLanguage: 'en' };
    for (const lang of LANGUAGES) {
      for (const strategy of STRATEGIES) {
        for (let variant = 0; variant < 5; variant++) {
          const reply = composeReply({ text: `review ${variant}` }, analysis(lang, strategy, BREAKFAST_NOISE_ASPECTS), empty, { variant, minimalReply: true });
          expect(reply).not.toMatch(/[{}]|undefined|, ,|\s,/);
          expect(reply.trim().split('\n').pop()).toBe(TEMPLATES[lang].team.alone);
        }
      }
    }
    const withContact = composeReply({ text: 'Bruit' }, analysis('fr', 'acknowledge_and_fix', [aspect('noise', 'negative')]), { ...SETTINGS, contactChannel: 'direction@tilleuls.example' });
    expect(withContact).toContain('direction@tilleuls.example');
    // TripAdvisor allows no links: a web address is left out there, kept elsewhere
    for (const contact of ['www.tilleuls.example/contact', 'https://tilleuls.example', 'tilleuls.example']) {
      const settings = { ...SETTINGS, contactChannel: contact };
      const noisy = analysis('fr', 'acknowledge_and_fix', [aspect('noise', 'negative')]);
      expect(composeReply({ text: 'Bruit', platform: 'tripadvisor' }, noisy, settings)).not.toContain(contact);
      expect(composeReply({ text: 'Bruit', platform: 'google' }, noisy, settings)).toContain(contact);
    }
    expect(composeReply({ text: 'Bruit', platform: 'tripadvisor' }, analysis('fr', 'acknowledge_and_fix'), { ...SETTINGS, contactChannel: '04 72 00 00 00' })).toContain('04 72 00 00 00');
  });
});

describe.each(LANGUAGES)('composeReply per strategy (%s)', (lang) => {
  const t = TEMPLATES[lang];
  const compose = (strategy: Strategy, options: Parameters<typeof composeReply>[3] = {}, aspects = BREAKFAST_NOISE_ASPECTS, signals: Signal[] = []) =>
    composeReply({ text: BREAKFAST_AND_NOISE[lang], author: 'Marie' }, analysis(lang, strategy, aspects, signals), SETTINGS, options);

  it('thank: thanks and names what the guest liked', () => {
    const reply = compose('thank', {}, [aspect('breakfast', 'positive'), aspect('staff', 'positive')]);
    expect(containsWordingOf(reply, wordingsFor(t, 'thank', 'thanksPraise', 'warm'))).toBe(true);
    expect(t.aspects.breakfast.positive.some((p) => reply.includes(p))).toBe(true);
    expect(t.aspects.staff.positive.some((p) => reply.includes(p))).toBe(true);
  });

  it('acknowledge_and_fix: addresses breakfast and noise in its own words, apologises, says what is done', () => {
    for (let variant = 0; variant < 8; variant++) {
      const reply = compose('acknowledge_and_fix', { variant });
      expect(t.aspects.breakfast.negative.some((p) => reply.includes(p)), reply).toBe(true);
      expect(t.aspects.noise.negative.some((p) => reply.includes(p)), reply).toBe(true);
      expect(t.aspects.location.positive.some((p) => reply.includes(p)), reply).toBe(true);
      expect(containsWordingOf(reply, wordingsFor(t, 'acknowledge_and_fix', 'apology', 'warm'))).toBe(true);
      expect(containsWordingOf(reply, wordingsFor(t, 'acknowledge_and_fix', 'action', 'warm'))).toBe(true);
      // never five words in a row of the review
      const copied = [...wordNgrams(reply, 5)].filter((g) => wordNgrams(BREAKFAST_AND_NOISE[lang], 5).has(g));
      expect(copied).toEqual([]);
    }
  });

  it('investigate_then_reply: takes the allegation seriously, says it is being looked into, never denies', () => {
    const health: Signal[] = [{ type: 'health_hazard', start: 0, end: 1, text: '' }];
    for (let variant = 0; variant < 8; variant++) {
      for (const tone of TONES) {
        const reply = compose('investigate_then_reply', { variant, tone }, [], health);
        expect(reply).toContain(t.allegations.health_hazard);
        expect(containsWordingOf(reply, wordingsFor(t, 'investigate_then_reply', 'action', tone))).toBe(true);
        expect(reply).not.toMatch(DENIAL_OR_ACCUSATION[lang]);
      }
    }
  });

  it('firm_and_factual: states the facts as given, leaves a way out, closes the exchange', () => {
    for (let variant = 0; variant < 6; variant++) {
      const reply = compose('firm_and_factual', { variant, facts: FACTS[lang] });
      expect(reply).toContain(`${FACTS[lang]}.`);
      expect(containsWordingOf(reply, wordingsFor(t, 'firm_and_factual', 'wayOut', 'warm'))).toBe(true);
      expect(containsWordingOf(reply, wordingsFor(t, 'firm_and_factual', 'closingFirm', 'warm'))).toBe(true);
      expect(reply).not.toMatch(DENIAL_OR_ACCUSATION[lang]);
    }
    // without facts it asserts nothing of its own
    const bare = compose('firm_and_factual', {});
    expect(containsWordingOf(bare, wordingsFor(t, 'firm_and_factual', 'facts', 'warm'))).toBe(false);
  });

  it('firm_and_factual: facts lose markup and list markers but keep their words', () => {
    const reply = compose('firm_and_factual', { facts: `<b>${FACTS[lang]}</b>\n- ${FACTS[lang]}` });
    expect(reply).not.toMatch(/<\/?b>|\n- /);
    expect(reply.split(FACTS[lang]).length).toBe(3);
  });

  it('defuse_with_humor: light, about us, on what the guest criticised', () => {
    const reply = compose('defuse_with_humor');
    expect(containsWordingOf(reply, wordingsFor(t, 'defuse_with_humor', 'humor', 'warm'))).toBe(true);
    expect(reply).not.toMatch(DENIAL_OR_ACCUSATION[lang]);
  });

  it('blackmail_protocol: states the policy, neither concedes nor accuses', () => {
    for (let variant = 0; variant < 8; variant++) {
      for (const tone of TONES) {
        const reply = compose('blackmail_protocol', { variant, tone });
        expect(containsWordingOf(reply, wordingsFor(t, 'blackmail_protocol', 'policy', tone)), reply).toBe(true);
        expect(reply, reply).not.toMatch(CONCESSION[lang]);
        expect(reply, reply).not.toMatch(DENIAL_OR_ACCUSATION[lang]);
      }
    }
  });

  it('report_and_ignore: advice for the manager by default, the minimal neutral reply on request', () => {
    const advice = compose('report_and_ignore');
    expect(isManagerAdvice(advice)).toBe(true);
    expect(advice).toBe(ADVICE_PREFIX + adviceFor('report_and_ignore', lang));
    const minimal = compose('report_and_ignore', { minimalReply: true });
    expect(isManagerAdvice(minimal)).toBe(false);
    expect(containsWordingOf(minimal, wordingsFor(t, 'report_and_ignore', 'minimal', 'warm'))).toBe(true);
    // greeting and at most three short sentences
    expect(sentencesOf(bodyOf(minimal)).length).toBeLessThanOrEqual(4);
  });
});

describe('composeReply: variation', () => {
  it('gives different reviews different texts, deterministically', () => {
    for (const lang of LANGUAGES) {
      const replies = new Set<string>();
      for (let i = 0; i < 60; i++) {
        const review = { text: `${BREAKFAST_AND_NOISE[lang]} (${i})`, author: 'Marie' };
        const a = composeReply(review, analysis(lang, 'acknowledge_and_fix', BREAKFAST_NOISE_ASPECTS), SETTINGS);
        expect(composeReply(review, analysis(lang, 'acknowledge_and_fix', BREAKFAST_NOISE_ASPECTS), SETTINGS)).toBe(a);
        replies.add(a);
      }
      expect(replies.size, lang).toBe(60);
    }
  });

  it('names the visit ("your stay") at most once when wordings allow it', () => {
    const hotel = [aspect('room', 'negative'), aspect('breakfast', 'negative')];
    for (const lang of LANGUAGES) {
      for (const strategy of ['acknowledge_and_fix', 'investigate_then_reply', 'thank'] as const) {
        for (let variant = 0; variant < 12; variant++) {
          const reply = composeReply({ text: `review ${variant}` }, analysis(lang, strategy, hotel), SETTINGS, { variant });
          expect(reply.split(TEMPLATES[lang].visit.hotel).length - 1, reply).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('accepts any integer variant, negative ones included', () => {
    for (const variant of [-7, -1, 0, 3, 1_000_003]) {
      const reply = composeReply({ text: BREAKFAST_AND_NOISE.fr }, analysis('fr', 'acknowledge_and_fix', BREAKFAST_NOISE_ASPECTS), SETTINGS, { variant });
      expect(TEMPLATES.fr.aspects.noise.negative.some((p) => reply.includes(p)), reply).toBe(true);
      expect(reply).not.toMatch(/ {2}|\s[,.]|undefined/);
    }
  });

  it('changes every block with the variant', () => {
    for (const lang of LANGUAGES) {
      const review = { text: BREAKFAST_AND_NOISE[lang] };
      const a = composeReply(review, analysis(lang, 'acknowledge_and_fix', BREAKFAST_NOISE_ASPECTS), SETTINGS, { variant: 0 });
      const b = composeReply(review, analysis(lang, 'acknowledge_and_fix', BREAKFAST_NOISE_ASPECTS), SETTINGS, { variant: 1 });
      expect(a).not.toBe(b);
      expect(trigramJaccard(a, b), lang).toBeLessThan(0.4);
    }
  });

  it('avoids the wordings of earlier replies: no near-duplicate in a long history', () => {
    for (const lang of LANGUAGES) {
      for (const strategy of ['thank', 'acknowledge_and_fix', 'investigate_then_reply', 'blackmail_protocol'] as const) {
        const history: string[] = [];
        // one page of 30 reviews with the same analysis: more than any page shows of one kind
        for (let i = 0; i < 30; i++) {
          const reply = composeReply({ text: `same review ${i % 3}` }, analysis(lang, strategy, BREAKFAST_NOISE_ASPECTS), SETTINGS, { history });
          // bodies, as the checker's duplicate rule compares them (the signature is the same by design)
          for (const earlier of history) expect(trigramOverlap(bodyOf(reply), bodyOf(earlier)), `${lang} ${strategy} #${i}`).toBeLessThanOrEqual(0.6);
          history.push(reply);
        }
      }
    }
  });

  it('with a history, moves away from an earlier reply to the same review', () => {
    for (const lang of LANGUAGES) {
      const review = { text: BREAKFAST_AND_NOISE[lang], author: 'Marie' };
      const first = composeReply(review, analysis(lang, 'acknowledge_and_fix', BREAKFAST_NOISE_ASPECTS), SETTINGS);
      const second = composeReply(review, analysis(lang, 'acknowledge_and_fix', BREAKFAST_NOISE_ASPECTS), SETTINGS, { history: [first] });
      expect(trigramJaccard(first, second), lang).toBeLessThan(0.35);
    }
  });
});

describe('composeReply: platform limits', () => {
  it('fits a very long reply into Google’s 4096 bytes and TripAdvisor’s limit', () => {
    const facts = 'Le registre de la réception, tenu à jour à chaque passage, indique précisément les heures. '.repeat(120);
    for (const platform of ['google', 'tripadvisor', 'other'] as const) {
      const reply = composeReply({ text: 'Avis', platform }, analysis('fr', 'firm_and_factual'), SETTINGS, { facts });
      expect(replyLength(reply, platform)).toBeLessThanOrEqual(REPLY_LIMITS[platform].max);
      expect(reply).toContain('Claire Moreau');
      expect(reply).toMatch(/…/);
    }
    const google = composeReply({ text: 'Avis', platform: 'google' }, analysis('fr', 'firm_and_factual'), SETTINGS, { facts });
    expect(utf8Length(google)).toBeGreaterThan(3500);
  });
});
