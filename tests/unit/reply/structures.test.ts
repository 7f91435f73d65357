/**
 * The checker's structures (check.ts "Structures", data in rules/<lang>/classes.ts): findings made of word
 * classes in one sentence, not of phrases. Each positive here is a phrasing no single pattern holds, so the
 * test fails without the structure; each hard negative shares most of its words with a positive.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/reply/check';
import type { CheckRuleId } from '../../../lib/reply/types';
import type { Language } from '../../../lib/platforms';
import { LANGUAGE_CLASSES } from '../../../lib/reply/rules/index';

function rules(text: string, lang: Language): Set<CheckRuleId> {
  return new Set(checkReply(text, { lang }).filter((f) => f.severity !== 'info').map((f) => f.rule));
}

const cases: { rule: CheckRuleId; lang: Language; hit: string[]; clean: string[] }[] = [
  {
    rule: 'conditional_incentive',
    lang: 'en',
    hit: [
      'Dear guest, we would gladly pick up the tab for your next dinner, provided those two stars could climb a little higher once you revisit your rating.',
      'Dear guest, a bottle of our house champagne is yours the moment your comment is no longer live.',
      'Dear guest, we can credit 40 pounds to your card. All we ask in return is a fresh look at what you wrote.',
      'Dear guest, we are happy to refund the spa treatment. We can only process it once the post has come down.',
      'Dear guest, we would love to host you for a night on the house, and then you can tell everyone how good the new rooms are.',
      'Dear guest, guests who leave a review on Google with a photo get a free dessert on their next visit.',
    ],
    clean: [
      'Dear guest, we never offer anything in exchange for a review, but we would like to hear how we can improve.',
      'Dear guest, we refunded the night as promised. Thank you for updating your review.',
      'Dear guest, after your review we changed our breakfast supplier and now offer free coffee to all guests.',
      'Dear guest, whatever you decide to do with your review, the refund for the heater has already been sent.',
      'Dear guest, if you change your booking dates, we will refund the difference.',
      'Dear guest, your review helps us improve, and we have refunded the breakfast.',
      'Dear guest, once the works are done, feel free to update your review and see the new rooms.',
    ],
  },
  {
    rule: 'conditional_incentive',
    lang: 'fr',
    hit: [
      'Bonjour, une bouteille de champagne vous attend dès que votre commentaire aura disparu de Google.',
      'Bonjour, nous prendrons en charge votre prochaine nuit si vous acceptez de nuancer votre note.',
      'Bonjour, nous pouvons vous verser un dédommagement. En contrepartie, merci de rectifier ce que vous avez écrit.',
    ],
    clean: ['Bonjour, nous n’offrons jamais rien en échange d’un avis, mais nous aimerions comprendre.', 'Bonjour, nous avons remboursé la nuit comme promis. Merci d’avoir mis à jour votre avis.'],
  },
  {
    rule: 'conditional_incentive',
    lang: 'es',
    hit: ['Hola, le devolvemos el importe de la cena siempre y cuando matice un poco su reseña.', 'Hola, a quienes nos dejan su opinión en Google les descontamos el desayuno.'],
    clean: ['Hola, nunca ofrecemos nada a cambio de una reseña, pero nos gustaría saber qué ocurrió.', 'Hola, le hemos reembolsado la noche como prometimos. Gracias por actualizar su reseña.'],
  },
  {
    rule: 'conditional_incentive',
    lang: 'de',
    hit: ['Guten Tag, wir möchten Ihnen einen Gutschein zukommen lassen. Sobald die Rezension angepasst ist, schicken wir ihn los.', 'Guten Tag, Ihr nächster Aufenthalt geht auf uns, falls Ihre Sterne ein wenig nach oben gehen.'],
    clean: ['Guten Tag, wir bieten niemals etwas im Austausch für eine Bewertung an, möchten aber verstehen, was passiert ist.', 'Guten Tag, wir haben Ihnen die Nacht wie versprochen erstattet. Danke, dass Sie Ihre Bewertung aktualisiert haben.'],
  },
  {
    rule: 'conditional_incentive',
    lang: 'it',
    hit: ['Buongiorno, le restituiamo volentieri la caparra non appena questo commento sarà stato tolto.', 'Buongiorno, chi lascia una recensione con una foto riceve un caffè gratis.'],
    clean: ['Buongiorno, non offriamo mai nulla in cambio di una recensione, ma vorremmo capire cosa è successo.', 'Buongiorno, le abbiamo rimborsato la notte come promesso. Grazie per aver aggiornato la sua recensione.'],
  },
  {
    rule: 'public_accusation',
    lang: 'en',
    hit: ['Dear guest, we have strong reasons to believe this review is not genuine.', 'Dear guest, this post reads like something the hotel across the street would have commissioned.', 'Dear guest, you threatened to publish a bad review unless we refunded you.'],
    clean: ['Dear guest, we do not doubt for a moment that your review is genuine, and we are sorry.', 'Dear guest, the competition in town is strong and that keeps us sharp; we read every review.'],
  },
  {
    rule: 'public_accusation',
    lang: 'it',
    hit: ['Buongiorno, tutto fa pensare che questa recensione non sia autentica.', 'Buongiorno, dietro questo commento c’è chiaramente il ristorante di fronte.'],
    clean: ['Buongiorno, non mettiamo in dubbio che la sua recensione sia autentica.'],
  },
  {
    rule: 'legal_threat',
    lang: 'en',
    hit: ['Dear guest, we have forwarded your comments to our counsel and reserve all our rights.', 'Dear guest, be aware that publishing untrue statements about a business can have legal consequences for you.'],
    clean: ['Dear guest, we reported the theft to the police as you asked and we hope your bag is found.', 'Dear guest, our tennis courts are open again, as you suggested.'],
  },
  {
    rule: 'legal_threat',
    lang: 'de',
    hit: ['Guten Tag, wir haben Ihre Äußerungen an unseren Rechtsbeistand weitergeleitet und behalten uns weitere Schritte vor.'],
    clean: ['Guten Tag, wie von Ihnen gewünscht haben wir den Diebstahl der Polizei gemeldet und die Aufnahmen weitergeleitet.'],
  },
  {
    rule: 'hostile_tone',
    lang: 'en',
    hit: ['Dear guest, thank you so much for sharing your vast expertise in luxury hospitality with us.', 'Dear guest, we are sorry our humble inn could not satisfy a "connoisseur" like you.', 'Dear guest, nothing in your story is true.'],
    clean: ['Dear guest, thank you for sharing your expertise on wine with our sommelier, he enjoyed it.', 'Dear guest, our "Chef\'s Table" menu changes every week; we hope you try it.'],
  },
  {
    rule: 'hostile_tone',
    lang: 'fr',
    hit: ['Bonjour, merci de nous faire profiter de votre immense expertise en gastronomie.'],
    clean: ['Bonjour, merci pour vos conseils sur la carte des vins, notre sommelier les a notés.'],
  },
  {
    rule: 'hostile_tone',
    lang: 'en',
    hit: [
      'Dear guest, if silence matters that much, maybe a roadside motel would suit you better next time.',
      'Dear guest, your recollection of the evening seems rather hazy, which we understand.',
      'Dear guest, strange how nobody else at your table found a single hair.',
      'Dear guest, we hear you are a restaurant critic now; our chef is trembling.',
    ],
    clean: ['Dear guest, we hope to welcome guests like you again.', 'Dear guest, if we are full on your dates, we recommend our sister hotel next door.', 'Dear guest, the memory of your visit stays with our team.'],
  },
  {
    rule: 'hostile_tone',
    lang: 'de',
    hit: ['Guten Tag, vielleicht ist ein anderes Hotel nächstes Jahr besser für Sie geeignet.', 'Guten Tag, dass Ihre Erinnerung an die Nacht verschwommen ist, überrascht uns nicht.'],
    clean: ['Guten Tag, wir freuen uns auf Gäste wie Sie.'],
  },
  {
    rule: 'public_accusation',
    lang: 'es',
    hit: ['Hola, sabemos muy bien de dónde viene esta opinión.', 'Hola, lo que usted intenta es simplemente una estafa.'],
    clean: ['Hola, sabemos que la espera fue larga y lo sentimos.'],
  },
  {
    rule: 'legal_threat',
    lang: 'it',
    hit: ['Buongiorno, il nostro avvocato ha già tutto il materiale.'],
    clean: ['Buongiorno, come lei ci ha chiesto, abbiamo denunciato il furto ai carabinieri.'],
  },
  {
    rule: 'conditional_incentive',
    lang: 'en',
    hit: ['Dear guest, the spa fee will be waived. Of course this is conditional on the rating being raised first.', 'Dear guest, give us five stars and your next coffee is free!'],
    clean: ['Dear guest, thank you for giving us five stars; the coffee machine is fixed and the spa fee was waived as agreed.'],
  },
  {
    rule: 'conditional_incentive',
    lang: 'en',
    hit: ['Dear guest, we will gladly comp your parking. Could you revisit your score on Google when you have a minute?', 'Dear guest, a full refund is yours; all it takes is for the review to come down.'],
    clean: ['Dear guest, we have refunded the parking as promised. Please let us know if anything else went wrong.', 'Dear guest, we refunded the night. Could you tell us which room you stayed in, so we can check the heating?'],
  },
  {
    rule: 'conditional_incentive',
    lang: 'it',
    hit: ['Buongiorno, le facciamo uno sconto sul prossimo soggiorno, basta che cambi il suo voto.'],
    clean: ['Buongiorno, le abbiamo fatto lo sconto promesso; basta che ci scriva per la fattura.'],
  },
  {
    rule: 'legal_threat',
    lang: 'fr',
    hit: ['Bonjour, nous n’hésiterons pas à saisir le tribunal si rien ne change.'],
    clean: ['Bonjour, nous n’hésiterons pas à vous recevoir à nouveau.'],
  },
  {
    rule: 'personal_data',
    lang: 'de',
    hit: ['Guten Tag, wir haben Herrn Thomas Becker aus Zimmer 12 bereits angerufen.'],
    clean: ['Guten Tag, schreiben Sie uns gern an rezeption@hotel-linde.de. Mit freundlichen Grüßen, Anna Schmidt, Rezeption', 'Guten Tag, danke für Ihren Besuch. Wir freuen uns auf ein Wiedersehen. Anna Schmidt, Hotel Linde'],
  },
];

describe('checker structures: word classes in one sentence', () => {
  for (const c of cases) {
    for (const text of c.hit) it(`${c.lang} ${c.rule}: ${text.slice(0, 70)}`, () => expect(rules(text, c.lang).has(c.rule)).toBe(true));
    for (const text of c.clean) it(`${c.lang} not ${c.rule}: ${text.slice(0, 70)}`, () => expect(rules(text, c.lang).has(c.rule)).toBe(false));
  }
});

describe('structure word classes', () => {
  it('compile and stay linear on 100 kB (growth 5 kB -> 100 kB well under quadratic)', { timeout: 60_000, retry: 2 }, () => {
    const seeds = ['a', 'a ', 'if you change your review ', 'vous ', 'nicht ', '"a" ', 'you review free if '];
    for (const [lang, data] of Object.entries(LANGUAGE_CLASSES)) {
      for (const [name, list] of Object.entries(data!)) {
        if (!Array.isArray(list)) continue;
        const re = new RegExp(`(?<![a-z0-9])(?:${list.map((x) => `(?:${x})`).join('|')})`, 'gu');
        for (const seed of seeds) {
          const run = (s: string) => {
            const t0 = performance.now();
            re.lastIndex = 0;
            let guard = 0;
            while (re.exec(s) && guard++ < 200_000);
            return performance.now() - t0;
          };
          const small = seed.repeat(Math.ceil(5_000 / seed.length));
          const big = seed.repeat(Math.ceil(100_000 / seed.length));
          const ratio = Math.min(run(big), run(big)) / Math.max(Math.min(run(small), run(small)), 0.5);
          expect(ratio, `${lang}.${name} on "${seed}"`).toBeLessThan(100);
        }
      }
    }
  });

  it('gives every language every class, non-empty', () => {
    const names = Object.keys(LANGUAGE_CLASSES.en!).filter((k) => k !== 'lang' && k !== 'negations').sort();
    for (const data of Object.values(LANGUAGE_CLASSES)) {
      const mine = Object.keys(data!).filter((k) => k !== 'lang' && k !== 'negations').sort();
      expect(mine, data!.lang).toEqual(names);
      for (const name of mine) expect((data as unknown as Record<string, string[]>)[name]!.length, `${data!.lang}.${name}`).toBeGreaterThan(0);
    }
  });
});
