/** From review text to posted reply: analyzeReview → composeReply → checkReply, in five languages. */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis/index';
import { STRATEGIES, type Strategy } from '../../../lib/analysis/types';
import { LANGUAGES, type Language } from '../../../lib/platforms';
import { checkReply, trigramOverlap } from '../../../lib/reply/check';
import { bodyOf, composeReply, expandWording, wordNgrams } from '../../../lib/reply/compose';
import { TEMPLATES } from '../../../lib/reply/templates';
import { TONES, type EstablishmentSettings } from '../../../lib/reply/types';

const SETTINGS: EstablishmentSettings = {
  establishmentName: 'Villa Tilia',
  managerName: 'Claire Moreau',
  managerRole: '',
  signature: '',
  defaultLanguage: 'en',
};

/** Reviews written for these tests: a complaint about breakfast and noise, a blackmail, a rave. */
const REVIEWS: Record<Language, { complaint: string; blackmail: string; praise: string }> = {
  fr: {
    complaint: "Séjour décevant. Le petit-déjeuner était froid et très pauvre, et le bruit de la rue nous a empêchés de dormir toute la nuit.",
    blackmail: "Si vous ne me remboursez pas la deuxième nuit, je publierai un avis à une étoile sur TripAdvisor et sur Google.",
    praise: "Séjour parfait ! Le personnel était adorable et le petit-déjeuner délicieux. Nous reviendrons avec plaisir.",
  },
  en: {
    complaint: 'Disappointing stay. Breakfast was cold and very poor, and the street noise kept us awake all night long.',
    blackmail: 'Unless you refund the second night, I will post a one-star review on TripAdvisor and Google.',
    praise: 'Perfect stay! The staff were lovely and the breakfast was delicious. We will gladly come back.',
  },
  es: {
    complaint: 'Estancia decepcionante. El desayuno estaba frío y era muy pobre, y el ruido de la calle no nos dejó dormir en toda la noche.',
    blackmail: 'Si no me devuelven el dinero de la segunda noche, publicaré una opinión de una estrella en TripAdvisor y en Google.',
    praise: '¡Estancia perfecta! El personal fue encantador y el desayuno delicioso. Volveremos con mucho gusto.',
  },
  de: {
    complaint: 'Enttäuschender Aufenthalt. Das Frühstück war kalt und sehr dürftig, und der Straßenlärm hat uns die ganze Nacht wach gehalten.',
    blackmail: 'Wenn Sie mir die zweite Nacht nicht erstatten, schreibe ich eine Ein-Stern-Bewertung auf TripAdvisor und Google.',
    praise: 'Perfekter Aufenthalt! Das Personal war reizend und das Frühstück köstlich. Wir kommen gern wieder.',
  },
  it: {
    complaint: 'Soggiorno deludente. La colazione era fredda e molto povera, e il rumore della strada non ci ha fatto dormire tutta la notte.',
    blackmail: 'Se non mi rimborsate la seconda notte, pubblicherò una recensione a una stella su TripAdvisor e su Google.',
    praise: 'Soggiorno perfetto! Il personale era adorabile e la colazione deliziosa. Torneremo volentieri.',
  },
};

const FACTS: Record<Language, string> = {
  fr: 'Notre registre indique une arrivée à 23 h, après la fermeture du service du soir',
  en: 'Our register shows an arrival at 11 pm, after the evening service had closed',
  es: 'Nuestro registro indica una llegada a las 23 h, después del cierre del servicio de la noche',
  de: 'Unser Register zeigt eine Ankunft um 23 Uhr, nach Ende des Abendservice',
  it: 'Il nostro registro indica un arrivo alle 23, dopo la chiusura del servizio serale',
};

describe.each(LANGUAGES)('from text to reply (%s)', (lang) => {
  const t = TEMPLATES[lang];
  const reviews = REVIEWS[lang];

  it('answers in the review’s language, on what the guest wrote about, without quoting them', () => {
    const analysis = analyzeReview({ text: reviews.complaint, platform: 'tripadvisor' });
    expect(analysis.language).toBe(lang);
    const reply = composeReply({ text: reviews.complaint, platform: 'tripadvisor', author: 'Marie' }, analysis, SETTINGS);
    expect(analyzeReview({ text: reply }).language).toBe(lang);
    const phrases = (id: 'breakfast' | 'noise') => [...t.aspects[id].negative, ...t.aspects[id].positive];
    for (const id of ['breakfast', 'noise'] as const) {
      if (analysis.aspects.some((a) => a.aspect === id)) expect(phrases(id).some((p) => reply.includes(p)), `${id}: ${reply}`).toBe(true);
    }
    const copied = [...wordNgrams(reply, 5)].filter((g) => wordNgrams(reviews.complaint, 5).has(g));
    expect(copied).toEqual([]);
  });

  it('drafts a blackmail reply that states the policy and never concedes', () => {
    const analysis = analyzeReview({ text: reviews.blackmail, platform: 'google' });
    expect(analysis.strategy).toBe('blackmail_protocol');
    const reply = composeReply({ text: reviews.blackmail, platform: 'google' }, analysis, SETTINGS);
    const policies = TONES.flatMap((tone) => t.strategies.blackmail_protocol?.policy?.[tone] ?? []).flatMap(expandWording);
    expect(policies.some((p) => reply.includes(p))).toBe(true);
  });

  it('drafts replies the checker passes (no error, no warning) for every strategy and tone', () => {
    for (const [kind, text] of Object.entries(reviews)) {
      const analysis = analyzeReview({ text, platform: 'tripadvisor' });
      for (const strategy of STRATEGIES as readonly Strategy[]) {
        for (const tone of TONES) {
          const reply = composeReply({ text, platform: 'tripadvisor', author: 'Marie D.' }, analysis, SETTINGS, {
            strategy,
            tone,
            minimalReply: true,
            facts: strategy === 'firm_and_factual' ? FACTS[lang] : undefined,
          });
          const findings = checkReply(reply, { platform: 'tripadvisor', reviewText: text, lang, reviewAuthor: 'Marie D.' }).filter((f) => f.severity !== 'info');
          expect(findings.map((f) => `${f.rule}: ${reply.slice(f.start, f.end)}`), `${kind} ${strategy} ${tone}\n${reply}`).toEqual([]);
        }
      }
    }
  });

  it('drafts a page of replies that never repeat each other (the checker’s overlap measure, on bodies)', () => {
    const history: string[] = [];
    for (let i = 0; i < 12; i++) {
      for (const text of Object.values(reviews)) {
        const review = { text: `${text} ${i}`, platform: 'google' as const };
        const reply = composeReply(review, analyzeReview(review), SETTINGS, { history });
        for (const earlier of history) {
          const [a, b] = [bodyOf(reply), bodyOf(earlier)];
          expect(Math.max(trigramOverlap(a, b), trigramOverlap(b, a)), `${a}\n--\n${b}`).toBeLessThanOrEqual(0.6);
        }
        history.push(reply);
      }
    }
  });
});

describe('the establishment’s own contact details', () => {
  const contacts = { email: 'reception@villa-tilia.fr', phone: '+33 4 72 00 00 00' };

  for (const [kind, contactChannel] of Object.entries(contacts)) {
    it(`a draft that gives the guest our ${kind} can be inserted (no personal-data error) in every language`, () => {
      for (const lang of LANGUAGES) {
        const settings = { ...SETTINGS, contactChannel, defaultLanguage: lang };
        const review = { text: REVIEWS[lang].complaint, platform: 'google' as const };
        const analysis = analyzeReview(review);
        // several wordings, so that at least one names the contact channel
        const replies = [0, 1, 2, 3, 4, 5].map((variant) => composeReply(review, analysis, settings, { variant, language: lang }));
        const naming = replies.filter((reply) => reply.includes(contactChannel));
        expect(naming.length, lang).toBeGreaterThan(0);
        for (const reply of naming) {
          const errors = checkReply(reply, { lang, platform: 'google', ownContacts: [contactChannel] }).filter((f) => f.severity === 'error');
          expect(errors, `${lang}: ${reply}`).toEqual([]);
        }
      }
    });
  }

  it('still flags a guest’s e-mail or phone next to ours', () => {
    const reply = 'Hello, please write to reception@villa-tilia.fr; we also noted john.doe@gmail.com and 06 12 34 56 78. Kind regards, Claire';
    const found = checkReply(reply, { lang: 'en', ownContacts: [contacts.email] }).filter((f) => f.rule === 'personal_data');
    expect(found.map((f) => reply.slice(f.start, f.end))).toEqual(['john.doe@gmail.com', '06 12 34 56 78']);
  });
});
