/** Behaviour of checkReply: every rule in every language, offsets at both ends, traps, never throws. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkReply, trigramOverlap } from '../../../lib/reply/check';
import type { Language } from '../../../lib/platforms';
import type { CheckRuleId, Finding } from '../../../lib/reply/types';

// ---- test data: per language, offending texts each rule must find exactly, and measured replies ----

interface HitCase {
  rule: CheckRuleId;
  /** the text the finding must span exactly */
  hit: string;
}

/** A neutral sentence of each language, put before and after a hit. */
const FILLER: Record<Language, string> = {
  en: 'Thank you for taking the time to write to us about your stay.',
  fr: 'Merci d’avoir pris le temps de nous écrire au sujet de votre séjour.',
  es: 'Gracias por tomarse el tiempo de escribirnos sobre su estancia.',
  de: 'Vielen Dank, dass Sie sich die Zeit genommen haben, uns über Ihren Aufenthalt zu schreiben.',
  it: 'Grazie per aver dedicato del tempo a scriverci del suo soggiorno.',
};

const HITS: Partial<Record<Language, HitCase[]>> = {
  en: [
    { rule: 'personal_data', hit: 'john.smith@gmail.com' },
    { rule: 'personal_data', hit: '+44 20 7946 0958' },
    { rule: 'personal_data', hit: '(212) 555-0123' },
    { rule: 'personal_data', hit: 'room 212' },
    { rule: 'personal_data', hit: 'booking number 4829371' },
    { rule: 'personal_data', hit: '4242 4242 4242 4242' },
    { rule: 'personal_data', hit: 'ending in 4242' },
    { rule: 'conditional_incentive', hit: 'free night if you change your rating' },
    { rule: 'conditional_incentive', hit: 'if you update your review we will refund' },
    { rule: 'conditional_incentive', hit: 'in exchange for removing the review' },
    { rule: 'unfilled_placeholder', hit: '[HOTEL]' },
    { rule: 'unfilled_placeholder', hit: '{name}' },
    { rule: 'hostile_tone', hit: 'you are lying' },
    { rule: 'hostile_tone', hit: "don't come back" },
    { rule: 'hostile_tone', hit: 'you were drunk' },
    { rule: 'public_accusation', hit: 'fake review' },
    { rule: 'public_accusation', hit: 'written by a competitor' },
    { rule: 'public_accusation', hit: 'blackmail' },
    { rule: 'legal_threat', hit: 'our lawyers' },
    { rule: 'legal_threat', hit: 'legal action' },
    { rule: 'shouting', hit: 'NEVER' },
    { rule: 'list_formatting', hit: '- new curtains' },
    { rule: 'link', hit: 'www.hotel-example.com' },
  ],
  fr: [
    { rule: 'personal_data', hit: 'marie.dupont@orange.fr' },
    { rule: 'personal_data', hit: '06 12 34 56 78' },
    { rule: 'personal_data', hit: 'chambre 212' },
    { rule: 'personal_data', hit: 'réservation n° 4829371' },
    { rule: 'personal_data', hit: 'se terminant par 4242' },
    { rule: 'conditional_incentive', hit: 'si vous modifiez votre avis, nous vous rembourserons' },
    { rule: 'conditional_incentive', hit: 'en échange de la suppression de votre avis' },
    { rule: 'unfilled_placeholder', hit: '[Prénom]' },
    { rule: 'hostile_tone', hit: 'vous mentez' },
    { rule: 'hostile_tone', hit: 'ne revenez pas' },
    { rule: 'hostile_tone', hit: 'de mauvaise foi' },
    { rule: 'public_accusation', hit: 'faux avis' },
    { rule: 'public_accusation', hit: 'chantage' },
    { rule: 'legal_threat', hit: 'notre avocat' },
    { rule: 'legal_threat', hit: 'porter plainte' },
    { rule: 'shouting', hit: 'JAMAIS' },
    { rule: 'list_formatting', hit: '• literie changée' },
    { rule: 'link', hit: 'https://hotel-exemple.fr/offres' },
  ],
  es: [
    { rule: 'personal_data', hit: 'ana.garcia@gmail.com' },
    { rule: 'personal_data', hit: '612 345 678' },
    { rule: 'personal_data', hit: 'habitación 212' },
    { rule: 'personal_data', hit: 'localizador HX72931' },
    { rule: 'conditional_incentive', hit: 'si cambia su reseña, le devolveremos' },
    { rule: 'conditional_incentive', hit: 'a cambio de eliminar la reseña' },
    { rule: 'unfilled_placeholder', hit: '{nombre}' },
    { rule: 'hostile_tone', hit: 'usted miente' },
    { rule: 'hostile_tone', hit: 'no vuelva' },
    { rule: 'public_accusation', hit: 'reseña falsa' },
    { rule: 'public_accusation', hit: 'chantaje' },
    { rule: 'legal_threat', hit: 'nuestros abogados' },
    { rule: 'legal_threat', hit: 'acciones legales' },
    { rule: 'shouting', hit: 'NUNCA' },
    { rule: 'list_formatting', hit: '1. camas nuevas' },
    { rule: 'link', hit: 'www.hotel-ejemplo.es' },
  ],
  de: [
    { rule: 'personal_data', hit: 'hans.mueller@web.de' },
    { rule: 'personal_data', hit: '0171 123 4567' },
    { rule: 'personal_data', hit: 'Zimmer 212' },
    { rule: 'personal_data', hit: 'Buchungsnummer 4829371' },
    { rule: 'conditional_incentive', hit: 'gegen Änderung Ihrer Bewertung' },
    { rule: 'conditional_incentive', hit: 'Wenn Sie Ihre Bewertung ändern, erstatten' },
    { rule: 'unfilled_placeholder', hit: '[NAME]' },
    { rule: 'hostile_tone', hit: 'Sie lügen' },
    { rule: 'hostile_tone', hit: 'Kommen Sie nicht wieder' },
    { rule: 'public_accusation', hit: 'Fake-Bewertung' },
    { rule: 'public_accusation', hit: 'Erpressung' },
    { rule: 'legal_threat', hit: 'Unser Anwalt' },
    { rule: 'legal_threat', hit: 'Anzeige erstatten' },
    { rule: 'shouting', hit: 'NIEMALS' },
    { rule: 'list_formatting', hit: '* neue Betten' },
    { rule: 'link', hit: 'hotel-beispiel.de' },
  ],
  it: [
    { rule: 'personal_data', hit: 'giulia.rossi@libero.it' },
    { rule: 'personal_data', hit: '347 123 4567' },
    { rule: 'personal_data', hit: 'camera 212' },
    { rule: 'personal_data', hit: 'prenotazione numero 4829371' },
    { rule: 'conditional_incentive', hit: 'se rimuove la recensione, le rimborseremo' },
    { rule: 'conditional_incentive', hit: 'in cambio di una recensione' },
    { rule: 'unfilled_placeholder', hit: '<NOME>' },
    { rule: 'hostile_tone', hit: 'lei mente' },
    { rule: 'hostile_tone', hit: 'non torni' },
    { rule: 'public_accusation', hit: 'recensione falsa' },
    { rule: 'public_accusation', hit: 'ricatto' },
    { rule: 'legal_threat', hit: 'il nostro avvocato' },
    { rule: 'legal_threat', hit: 'vie legali' },
    { rule: 'shouting', hit: 'MAI PIÙ' },
    { rule: 'list_formatting', hit: '- letti nuovi' },
    { rule: 'link', hit: '[le nostre offerte](https://hotel.example/it)' },
  ],
};

const MEASURED: Partial<Record<Language, string[]>> = {
  en: [
    'Dear guest, we do not grant advantages in exchange for reviews. We would be glad to discuss your stay directly.\nKind regards,\nPaul Martin, Manager',
    'Dear Anna, thank you for your review. We have refunded the night as agreed and we apologise again for the noise.',
    'Thank you for your kind words. This is not a fake smile: our team loves welcoming you, and as our guest you deserve the best.',
    'Dear guest, the Hotel Police Station is a listed building and the WIFI now works in every room. Call us on +33 4 72 00 00 00.',
    'Hello Mark, the room rate was 120 € per night from 12/05/2024 to 15/05/2024, breakfast included. Write to us at contact@hotel-lumiere.fr.',
  ],
  fr: [
    'Bonjour, nous n’accordons aucun avantage en échange d’un avis. Nous restons à votre disposition pour en parler directement.\nCordialement,\nMarie Dubois, directrice',
    'Chère Madame, merci pour votre retour. Nous vous avons remboursé la nuit comme convenu et nous nous excusons encore pour le bruit.',
    'Merci pour vos mots. Ce n’est pas un faux sourire : notre équipe aime vous accueillir. Notre chef a ajouté un avocat en entrée.',
    'Bonjour, l’ancien hôtel de Police abrite aujourd’hui notre bar et le WIFI fonctionne partout. Appelez-nous au 04 72 00 00 00.',
    'Bonjour Paul, la chambre était à 120 € la nuit du 12/05/2024 au 15/05/2024, petit-déjeuner compris. Écrivez-nous à contact@hotel-lumiere.fr.',
  ],
  es: [
    'Estimado cliente, no concedemos ninguna ventaja a cambio de reseñas. Quedamos a su disposición para hablarlo directamente.\nUn saludo,\nCarmen López, directora',
    'Hola Lucía, gracias por su opinión. Le hemos reembolsado la noche como acordamos y le pedimos disculpas de nuevo por el ruido.',
    'Gracias por sus palabras. No es una sonrisa falsa: a nuestro equipo le encanta recibirle. Desayuno con tostadas de aguacate.',
    'Estimada Ana, la habitación costaba 95 € por noche del 12/05/2024 al 15/05/2024. Llámenos al 912 345 000 si lo desea.',
  ],
  de: [
    'Sehr geehrter Gast, wir gewähren keine Vorteile im Austausch für Bewertungen. Gerne sprechen wir direkt mit Ihnen.\nMit freundlichen Grüßen\nKlaus Weber, Direktor',
    'Liebe Frau Schmidt, danke für Ihre Bewertung. Wir haben Ihnen die Nacht wie vereinbart erstattet und entschuldigen uns nochmals für den Lärm.',
    'Vielen Dank für Ihre Worte. Das ist kein aufgesetztes Lächeln: unser Team empfängt Sie gern. Das WLAN und der TV funktionieren wieder.',
    'Hallo Herr Braun, das Zimmer kostete 120 € pro Nacht vom 12.05.2024 bis 15.05.2024. Sie erreichen uns unter 030 1234 5678.',
  ],
  it: [
    'Gentile ospite, non concediamo alcun vantaggio in cambio di recensioni. Restiamo a disposizione per parlarne direttamente.\nCordiali saluti,\nGiulia Bianchi, direttrice',
    'Gentile Sara, grazie per la recensione. Le abbiamo rimborsato la notte come concordato e ci scusiamo ancora per il rumore.',
    'Grazie per le sue parole. Non è un sorriso falso: al nostro staff piace accoglierla. A colazione serviamo toast all’avocado.',
    'Buongiorno, la camera costava 110 € a notte dal 12/05/2024 al 15/05/2024. Per qualsiasi domanda ci chiami al 06 1234 5678.',
  ],
};

// ---- tests ----

function slices(text: string, findings: Finding[], rule: CheckRuleId): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));
}

describe('checkReply: each rule in each language, with exact offsets', () => {
  for (const [lang, cases] of Object.entries(HITS) as [Language, (typeof HITS)[Language]][]) {
    for (const c of cases ?? []) {
      it(`${lang} ${c.rule}: ${c.hit}`, () => {
        // the offending text alone (offset 0 and end of text), after a sentence, and before one
        const variants = [c.hit, `${FILLER[lang]}\n${c.hit}`, `${c.hit}\n${FILLER[lang]}`];
        for (const text of variants) {
          const findings = checkReply(text, { lang });
          expect(slices(text, findings, c.rule), text).toContain(c.hit);
        }
      });
    }
  }
});

describe('checkReply: measured replies raise no error or warning', () => {
  for (const [lang, replies] of Object.entries(MEASURED) as [Language, string[]][]) {
    for (const text of replies) {
      it(`${lang}: ${text.slice(0, 60)}`, () => {
        const loud = checkReply(text, { lang }).filter((f) => f.severity !== 'info');
        expect(loud.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`)).toEqual([]);
      });
    }
  }
});

describe('checkReply: computed rules', () => {
  it('too_long counts UTF-8 bytes on Google and spans from the crossing point to the end', () => {
    const text = 'é'.repeat(2049); // 4098 bytes, 2049 characters
    const [finding] = checkReply(text, { platform: 'google' }).filter((f) => f.rule === 'too_long');
    expect(finding).toBeDefined();
    expect(finding!.severity).toBe('error');
    expect(finding!.start).toBe(2048);
    expect(finding!.end).toBe(2049);
    expect(finding!.message).toContain('4098');
    expect(finding!.message).toContain('4096');
    expect(checkReply(text, { platform: 'tripadvisor' }).some((f) => f.rule === 'too_long')).toBe(false);
  });

  it('too_long on TripAdvisor counts characters', () => {
    const text = `Dear guest, ${'a'.repeat(5000)}`;
    const [finding] = checkReply(text, { platform: 'tripadvisor', uiLang: 'fr' }).filter((f) => f.rule === 'too_long');
    expect(finding!.start).toBe(5000);
    expect(finding!.end).toBe(text.length);
    expect(finding!.message).toContain('5012');
    expect(finding!.message).toContain('caractères');
  });

  it('shouting: capitals beyond acronyms, repeated exclamation marks', () => {
    const text = 'The WIFI, the TV and the SPA are fine. We are NOT liars. WE DID OUR BEST.';
    expect(slices(text, checkReply(text), 'shouting')).toEqual(['NOT', 'WE DID OUR BEST']);
    expect(checkReply('Thank you, the WIFI and TV work again at the SPA, see you in the USA!', {}).filter((f) => f.rule === 'shouting')).toEqual([]);
  });

  it('quotes_review: six words in a row from the review, or a quoted sentence from it', () => {
    const reviewText = 'The breakfast was cold and the staff ignored us for twenty minutes. "Never again".';
    const text = 'Dear guest, we are sorry the staff ignored us for twenty minutes, as you say; "breakfast was cold" is not what we want.';
    const found = slices(text, checkReply(text, { reviewText }), 'quotes_review');
    expect(found).toContain('the staff ignored us for twenty minutes');
    expect(found).toContain('"breakfast was cold"');
    expect(slices('Dear guest, we are sorry that breakfast was not warm enough.', checkReply('Dear guest, we are sorry that breakfast was not warm enough.', { reviewText }), 'quotes_review')).toEqual([]);
  });

  it('duplicate: 3-gram overlap above 0.6 with an earlier reply', () => {
    const earlier = 'Dear guest, thank you for your kind words about our breakfast and our team. We look forward to welcoming you again soon.';
    const text = 'Dear guest, thank you for your kind words about our breakfast and our team. We look forward to seeing you again.';
    expect(trigramOverlap(text, earlier)).toBeGreaterThan(0.6);
    expect(checkReply(text, { history: [earlier] }).some((f) => f.rule === 'duplicate')).toBe(true);
    const other = 'Hello Anna, many thanks for mentioning the view from the terrace; the chef will be delighted to hear it.';
    expect(checkReply(other, { history: [earlier] }).some((f) => f.rule === 'duplicate')).toBe(false);
  });

  it('duplicate compares the bodies: a shared signature alone does not make two replies duplicates', () => {
    const sig = '\nKind regards,\nMarie Dubois, General Manager\nHotel des Arts, Lyon';
    const earlier = `Dear guest, thank you for the kind words about the terrace and the view.${sig}`;
    const text = `Hello Anna, we are sorry the breakfast ran out of croissants on Sunday.${sig}`;
    expect(checkReply(text, { history: [earlier] }).some((f) => f.rule === 'duplicate')).toBe(false);
  });

  it('conditional_incentive: a negation before, or after in German word order, cancels it; a contrast does not', () => {
    const rule = (text: string, lang: Language) => checkReply(text, { lang }).some((f) => f.rule === 'conditional_incentive');
    expect(rule('Wir möchten klarstellen, dass wir keinerlei Vorteile im Austausch für eine Bewertung gewähren.', 'de')).toBe(false);
    expect(rule('Wir gewähren im Austausch für Bewertungen keine Vorteile.', 'de')).toBe(false);
    expect(rule('Nous n’accordons aucun avantage en échange d’un avis.', 'fr')).toBe(false);
    expect(rule('We do not grant advantages in exchange for reviews.', 'en')).toBe(false);
    expect(rule('We do not usually do this, but we offer a voucher in exchange for removing the review.', 'en')).toBe(true);
    expect(rule('Ein Gutschein im Austausch für eine Bewertung, aber nicht vor Montag.', 'de')).toBe(true);
  });

  it('stays linear on hostile 100 kB replies (growth ratio 5 kB → 100 kB: linear ≈ 20x, quadratic ≈ 400x)', { timeout: 60_000, retry: 2 }, () => {
    for (const seed of ['- a\n', 'AB ', '1 2 ', '[a', 'a@a.', 'Dear John Smith ', 'if you change your review we will refund you ']) {
      const time = (size: number) => {
        const text = seed.repeat(Math.ceil(size / seed.length));
        const options = { lang: 'en' as const, reviewText: text.slice(0, 20_000), history: [text.slice(0, 5000)] };
        const t0 = performance.now();
        checkReply(text, options);
        return performance.now() - t0;
      };
      time(5_000);
      // best of three: shared machines pause
      const small = Math.max(Math.min(time(5_000), time(5_000), time(5_000)), 1);
      const big = Math.min(time(100_000), time(100_000), time(100_000));
      // allocation and GC make real growth a little steeper than 20x; quadratic work would be ~400x
      expect(big / small, seed).toBeLessThan(150);
    }
  });

  it('language_mismatch: the reply is not in the expected language', () => {
    const french = 'Bonjour, merci pour votre avis. Nous sommes désolés que le petit-déjeuner ne vous ait pas plu et nous en avons parlé avec notre équipe.';
    const findings = checkReply(french, { lang: 'en' }).filter((f) => f.rule === 'language_mismatch');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.start).toBe(0);
    expect(findings[0]!.end).toBe(french.length);
    expect(checkReply(french, { lang: 'fr' }).some((f) => f.rule === 'language_mismatch')).toBe(false);
  });

  it('a guest’s full name is flagged; the manager’s signature and role are not', () => {
    const text = 'Dear John Smith, thank you for your review. Our receptionist Marie Dubois will call you.\nBest regards,\nPaul Martin, General Manager';
    expect(slices(text, checkReply(text), 'personal_data')).toEqual(['John Smith']);
    const signed = 'Dear Anna, thank you for your stay.\n— Pierre Lambert, Front Office Manager';
    expect(checkReply(signed).filter((f) => f.rule === 'personal_data')).toEqual([]);
  });

  it('signature blocks without a closing are the manager’s: name lines, roles, establishment, own phone', () => {
    const body = 'Bonjour, merci pour votre avis et pour vos mots sur le petit-déjeuner. Nous espérons vous revoir bientôt.';
    const signatures = [
      '\nMarie Dubois',
      '\nMarie Dubois, Hôtel des Arts',
      '\nMarie Dubois\nDirectrice générale',
      '\n\nMarie Dubois\nDirectrice\nHôtel des Arts\n12 rue Mercière, 69002 Lyon\nTél. 04 72 00 00 00',
      '\n-- \nMarie Dubois\nHôtel des Arts',
      '\nSophie Martin – Responsable accueil',
    ];
    for (const signature of signatures) {
      const loud = checkReply(body + signature, { lang: 'fr' }).filter((f) => f.severity !== 'info');
      expect(loud, signature).toEqual([]);
    }
    // the same name in the body, addressed to the guest, is flagged
    const addressed = `Bonjour Marie Dubois, merci pour votre avis.\n${body}`;
    expect(slices(addressed, checkReply(addressed, { lang: 'fr' }), 'personal_data')).toEqual(['Marie Dubois']);
  });

  it('the review author’s name is flagged when known', () => {
    const text = 'We read what Wiebke Verhoeven wrote about our terrace.';
    expect(slices(text, checkReply(text), 'personal_data')).toEqual([]);
    expect(slices(text, checkReply(text, { reviewAuthor: 'wiebke verhoeven' }), 'personal_data')).toEqual(['Wiebke Verhoeven']);
  });

  it('messages follow the UI language', () => {
    const [en] = checkReply('Please do not come back, Sir.').filter((f) => f.rule === 'hostile_tone');
    const [fr] = checkReply('Please do not come back, Sir.', { uiLang: 'fr' }).filter((f) => f.rule === 'hostile_tone');
    expect(en!.message).toMatch(/not to come back/);
    expect(fr!.message).toMatch(/ne pas revenir/);
    expect(fr!.suggestion).toBeTruthy();
  });

  it('returns findings sorted by start with the severities of DESIGN.md', () => {
    const text = 'Dear {name}, you are lying!! Our lawyer will call. Room 212 is clean.';
    const findings = checkReply(text, { lang: 'en' });
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const severity = Object.fromEntries(findings.map((f) => [f.rule, f.severity]));
    expect(severity).toMatchObject({ unfilled_placeholder: 'error', hostile_tone: 'warning', shouting: 'warning', legal_threat: 'warning', personal_data: 'error' });
  });

  it('no_apology: suggested on a complaint, never on a blackmail or report-and-ignore reply', () => {
    const reviewText = 'Service lent et plat froid. Un petit geste commercial me ferait volontiers revoir cette note.';
    const reply = 'Bonjour à vous,\n\nMerci pour votre message. Par principe, nous n’offrons ni geste ni avantage en contrepartie d’un avis.\n\nBien cordialement,\nClaire Martin';
    const asksApology = (strategy?: 'acknowledge_and_fix' | 'blackmail_protocol' | 'report_and_ignore') =>
      checkReply(reply, { reviewText, lang: 'fr', uiLang: 'en', ...(strategy ? { strategy } : {}) }).some((f) => f.rule === 'style' && /apologi/.test(f.message));
    expect(asksApology()).toBe(true);
    expect(asksApology('acknowledge_and_fix')).toBe(true);
    expect(asksApology('blackmail_protocol')).toBe(false);
    expect(asksApology('report_and_ignore')).toBe(false);
  });

  it('empty and blank replies give no finding', () => {
    expect(checkReply('')).toEqual([]);
    expect(checkReply('   \n ')).toEqual([]);
  });
});

describe('checkReply never throws', () => {
  it('on arbitrary strings and options', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
        fc.constantFrom('google', 'tripadvisor', 'other', undefined, 'bogus'),
        fc.constantFrom('fr', 'en', 'es', 'de', 'it', undefined, 'xx'),
        (text, reviewText, platform, lang) => {
          // deliberately loose options: the checker is also called with values from the page
          const options = { reviewText, platform, lang, history: reviewText ? [reviewText] : undefined } as Parameters<typeof checkReply>[1];
          const findings = checkReply(text, options);
          for (const f of findings) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps its findings when an option has the wrong type', () => {
    const options = { reviewText: 42, history: ['ok', null], lang: 'xx', platform: 'myspace', reviewAuthor: {} } as unknown as Parameters<typeof checkReply>[1];
    expect(checkReply('Dear guest, you are lying.', options).map((f) => f.rule)).toContain('hostile_tone');
  });

  it('on non-string input', () => {
    expect(checkReply(undefined as unknown as string)).toEqual([]);
    expect(checkReply(42 as unknown as string, null as unknown as undefined)).toEqual([]);
  });
});
