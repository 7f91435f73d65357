/**
 * The structural tie of veiled blackmail (lib/analysis/engine/structures.ts): a review, an advantage and a tie
 * word meeting in a sentence or two, confirmed by the veiled model. Texts written for this test; the veiled ones
 * use no wording of the phrase rules (the rules alone call them positive or mixed).
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis/index';
import { normalize } from '../../../lib/analysis/normalize';
import { findStructuralTie } from '../../../lib/analysis/engine/structures';
import { compileLanguage } from '../../../lib/analysis/engine/compile';
import { rulesFor } from '../../../lib/analysis/rules';

const reported = (lang: string): RegExp => compileLanguage(rulesFor(lang)!).reported;
const tie = (lang: string, text: string) => findStructuralTie(lang, normalize(text), reported(lang));

describe('findStructuralTie', () => {
  it('finds a review, an advantage and a tie word across two adjacent sentences, with offsets on the cue words', () => {
    const text = 'Great view. My write-up for TripAdvisor is sitting in my drafts. A free night would make it kinder.';
    const found = tie('en', text);
    expect(found).not.toBeNull();
    const norm = normalize(text);
    expect(norm.text.slice(found!.start, found!.end)).toMatch(/^write.up for tripadvisor.*kinder$/);
  });

  it('needs all three pieces: a review and an advantage alone, or a review and a tie word alone, are no tie', () => {
    expect(tie('en', 'I asked for a refund of the parking, they said no. Here is my honest review.')).toBeNull();
    expect(tie('en', 'Before I post my review I want to thank the whole team.')).toBeNull();
    expect(tie('fr', 'Nous aimerions une remise pour notre anniversaire, nous reviendrons.')).toBeNull();
  });

  it('does not tie sentences that are far apart (a sentence without cues between them)', () => {
    expect(tie('en', 'The drafts of the menu were on the table. We walked to the beach in the afternoon. The refund desk was closed. My review follows.')).toBeNull();
  });

  it('a dot inside a number or a domain ends no sentence ("20.000 members", "booking.com")', () => {
    expect(tie('en', 'Our forum has 20.000 members and they asked about you. I will tell them once I know whether you give us a special price.')).not.toBeNull();
    expect(tie('en', 'Our forum has many members and they asked about you. Nice view. I will tell them once I know whether you give us a special price.')).toBeNull();
  });

  it('a verb in the conditional mood is a condition word ("réglerait", "basterebbe", "ayudaría")', () => {
    expect(tie('fr', 'Mon avis sur TripAdvisor est écrit. Un remboursement du menu réglerait tout.')).not.toBeNull();
    expect(tie('fr', "Mon avis sur TripAdvisor est écrit. Un remboursement du menu, c'est tout.")).toBeNull();
    expect(tie('it', 'La recensione su Google è scritta. Uno sconto sul conto basterebbe.')).not.toBeNull();
    expect(tie('es', 'Mi reseña en Google está escrita. Un descuento en la cuenta ayudaría.')).not.toBeNull();
  });

  it('a reported gesture in the window is no tie: the advantage was given, not demanded', () => {
    expect(tie('en', 'They refunded the spa fee at checkout, so I am updating my review to five stars.')).toBeNull();
    expect(tie('fr', 'On nous a offert le petit-déjeuner, alors je modifie mon avis.')).toBeNull();
  });

  it('an amount of money is an advantage ("60 €", "£18", "120 euros")', () => {
    expect(tie('en', 'Either you return the 60 € by tonight or my Google review says it all.')).not.toBeNull();
    expect(tie('en', 'Either you return £60 by tonight or my Google review says it all.')).not.toBeNull();
    expect(tie('en', 'Either you return my umbrella by tonight or my Google review says it all.')).toBeNull();
    expect(tie('fr', 'Mon avis dépendra des 40 euros du parking.')).not.toBeNull();
  });

  it('texts that name no review stop at the first regex', () => {
    expect(tie('de', 'Ein Rabatt wäre schön, falls wir wiederkommen.')).toBeNull();
  });
});

describe('analyzeReview: a confirmed structural tie is blackmail', () => {
  const veiled: [string, string][] = [
    ['en', 'My write-up for TripAdvisor is sitting in my drafts. A free night on our next visit would make it a far kinder read.'],
    ['en', "I still haven't decided on my star rating. Waiving the late checkout fee would go a long way."],
    ['fr', "Ma note sur Google n'est pas encore fixée. Un geste sur la facture pourrait tout changer."],
    ['fr', "Mon avis Booking attend encore dans mes brouillons. Une remise sur la chambre m'aiderait à le finir sur une note plus douce."],
    ['de', 'Meine Google-Bewertung hängt davon ab, ob Sie mir die Parkgebühr erlassen.'],
    ['de', 'Meine Bewertung ist noch offen. Ein Preisnachlass für die dritte Nacht würde sie sicher freundlicher ausfallen lassen.'],
    ['it', 'Le stelle che darò su TripAdvisor non sono ancora decise. Un buono per una cena potrebbe cambiare parecchio.'],
  ];
  for (const [lang, text] of veiled) {
    it(`${lang}: ${text.slice(0, 50)}…`, () => {
      const result = analyzeReview({ text, lang });
      expect(result.category).toBe('blackmail');
      const evidence = result.signals.find((s) => s.rule === `${lang}.structure.review-advantage-tie`);
      expect(evidence?.type).toBe('conditional_edit');
      expect(evidence!.text).toBe(text.slice(evidence!.start, evidence!.end));
    });
  }

  const channel: [string, string][] = [
    ['de', 'Wir haben zwanzig negative Bewertungen für Ihr Hotel vorbereitet. Melden Sie sich per WhatsApp unter +49 151 2345678, dann bleiben sie unveröffentlicht.'],
    ['fr', 'Votre hôtel reçoit des avis à une étoile depuis lundi. Pour que cela cesse, contactez-nous sur Telegram @avis_stop.'],
  ];
  for (const [lang, text] of channel) {
    it(`a private payment channel near a review: ${lang}: ${text.slice(0, 50)}…`, () => {
      const result = analyzeReview({ text, lang });
      expect(result.category).toBe('blackmail');
      expect(result.signals.some((s) => s.rule === `${lang}.structure.review-advantage-tie`)).toBe(true);
    });
  }

  it('a tie whose advantage a rule reads as asked for (a demand hit in the window) needs only p >= 0.5 from the model', () => {
    const text = 'Three stars for the moment. I have asked the manager to refund the minibar charge; when that happens, the stars can change.';
    const result = analyzeReview({ text, lang: 'en' });
    expect(result.signals.some((s) => s.type === 'demand')).toBe(true);
    expect(result.category).toBe('blackmail');
  });

  const honest: [string, string][] = [
    ['en', 'We booked through WhatsApp and paid by PayPal, lovely stay, five stars from us on Google.'],
    ['es', 'Le dimos 5 estrellas en Google: pagamos 120 € por la cena y valió cada céntimo, volveremos si el precio sigue así.'],
    ['en', "We loved the breakfast. They refunded the spa fee at checkout, so I'm updating my review to five stars."],
    ['en', 'I asked for a refund of the parking, they said no. Here is my honest review: clean room, noisy street.'],
    ['en', 'Before I post my review I want to thank the whole team for the lovely stay.'],
    ['en', 'I would give five stars if the price of the minibar was lower.'],
    ['fr', 'Ils nous ont remboursé le parking sans discuter, alors je modifie mon avis et je mets cinq étoiles.'],
    ['de', 'Das Hotel hat uns die Kurtaxe erstattet, deshalb ändere ich meine Bewertung gern auf fünf Sterne.'],
    ['it', 'Ci hanno rimborsato la cena senza che chiedessimo nulla, quindi aggiorno la recensione con cinque stelle.'],
    ['es', 'Nos devolvieron el dinero del parking sin pedirlo, así que cambio mi reseña a cinco estrellas.'],
  ];
  for (const [lang, text] of honest) {
    it(`honest ${lang}: ${text.slice(0, 50)}…`, () => {
      const result = analyzeReview({ text, lang });
      expect(result.category).not.toBe('blackmail');
      expect(result.signals.some((s) => s.rule?.includes('.structure.'))).toBe(false);
    });
  }
});
