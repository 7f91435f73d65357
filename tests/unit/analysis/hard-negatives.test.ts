/**
 * Honest guests name reviews and advantages in one breath. An advantage someone is thanked for was received, and a
 * request told as asked and refused is closed: neither is a demand made now (rules/<lang>/cues.ts `reported`).
 * Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis/index';

describe('thanks for an advantage: received, not demanded', () => {
  const texts: [string, string][] = [
    ['en', 'Before I post my review on Google I want to thank the staff for the free upgrade.'],
    ['fr', "Avant de publier mon avis, je tiens à remercier l'équipe pour le surclassement offert."],
    ['de', 'Bevor ich meine Bewertung schreibe, möchte ich dem Team für das kostenlose Upgrade danken.'],
    ['es', 'Antes de publicar mi reseña quiero dar las gracias por la mejora de habitación gratuita.'],
    ['it', "Prima di pubblicare la recensione voglio ringraziare lo staff per l'upgrade gratuito."],
  ];
  for (const [lang, text] of texts) {
    it(`${lang}: ${text}`, () => {
      const result = analyzeReview({ text, lang });
      expect(result.category).not.toBe('blackmail');
      expect(result.signals.some((s) => s.type === 'demand')).toBe(false);
    });
  }

  it('thanks in advance for a refund is still a demand', () => {
    const result = analyzeReview({ text: 'Thanks in advance for the refund of the deposit, otherwise my Google review will say why.', lang: 'en' });
    expect(result.signals.some((s) => s.type === 'demand')).toBe(true);
    expect(result.category).toBe('blackmail');
  });
});

describe('a past request refused is closed: no demand', () => {
  const texts: [string, string][] = [
    ['en', 'We asked for a refund, they said no. The room was fine otherwise.'],
    ['fr', 'Nous avons demandé un remboursement, refusé. La chambre était correcte.'],
    ['es', 'Pedimos un reembolso y nos lo negaron. La habitación estaba bien.'],
    ['it', 'Abbiamo chiesto un rimborso, ci è stato negato. La camera era pulita.'],
    ['de', 'Wir haben um eine Erstattung gebeten, das wurde abgelehnt. Das Zimmer war sauber.'],
  ];
  for (const [lang, text] of texts) {
    it(`${lang}: ${text}`, () => {
      const result = analyzeReview({ text, lang });
      expect(result.signals.some((s) => s.type === 'demand')).toBe(false);
    });
  }

  it('a request made now still is one', () => {
    const result = analyzeReview({ text: 'I ask for a refund of the parking charge.', lang: 'en' });
    expect(result.signals.some((s) => s.type === 'demand')).toBe(true);
  });
});

describe('a threat taken back ("just kidding") is no blackmail; a negated retraction keeps it', () => {
  const retracted: [string, string][] = [
    ['en', 'Refund me or I post a one-star review! Just kidding, we had a great time, five stars.'],
    ['fr', 'Remboursez-moi ou je poste un avis à une étoile ! Je plaisante, tout était parfait.'],
    ['de', 'Erstatten Sie mir das Geld oder ich schreibe eine Ein-Stern-Bewertung! Nur Spaß, alles war super.'],
    ['es', 'Devuélvanme el dinero o publico una reseña de una estrella. ¡Es broma! Todo genial.'],
    ['it', 'Rimborsatemi o scrivo una recensione negativa... scherzo! Tutto perfetto, cinque stelle.'],
  ];
  for (const [lang, text] of retracted) {
    it(`retracted ${lang}: ${text}`, () => {
      expect(analyzeReview({ text, lang }).category).not.toBe('blackmail');
    });
  }
  const meant: [string, string][] = [
    ['en', "Refund me or I post a one-star review. I'm not kidding."],
    ['fr', 'Remboursez-moi ou je poste un avis à une étoile. Je ne plaisante pas.'],
    ['it', 'Rimborsatemi o scrivo una recensione negativa. Non sto scherzando.'],
    ['en', 'Just kidding aside: refund me or I post a one-star review.'],
  ];
  for (const [lang, text] of meant) {
    it(`meant ${lang}: ${text}`, () => {
      expect(analyzeReview({ text, lang }).category).toBe('blackmail');
    });
  }
});
