/**
 * Discourse cues of the polarity engine (rules/<lang>/polarity.ts `discourse`, engine/polarity.ts): a remedy
 * already given, a revised review, a denied rumour, a minor reservation, an unreal past, a split verdict.
 * Texts written for this test; each family has hard negatives where the cue must not change the reading.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis';
import { allRules } from '../../../lib/analysis/rules';
import type { DiscourseCues } from '../../../lib/analysis/rules/types';

const category = (text: string, lang: string): string => analyzeReview({ text, lang }).category;

describe('discourse cue data', () => {
  const fields: (keyof DiscourseCues)[] = ['resolution', 'unprompted', 'update', 'hearsay', 'contradiction', 'reservation', 'counterfactual', 'balance', 'simile', 'lowComparison', 'concession', 'loss', 'money'];
  for (const rules of allRules()) {
    it(`${rules.lang}: every family is written, in the normalised form, once`, () => {
      const cues = rules.polarity.discourse;
      expect(cues).toBeDefined();
      const seen = new Set<string>();
      for (const field of fields) {
        const list = cues?.[field] ?? [];
        expect(list.length, `${rules.lang}.${field}`).toBeGreaterThan(0);
        for (const entry of list) {
          expect(entry, `${rules.lang}.${field}`).toBe(entry.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim());
          expect(entry).not.toMatch(/[.,;:!?]/);
          expect(seen.has(`${field}:${entry}`), `${rules.lang}.${field} ${entry} twice`).toBe(false);
          seen.add(`${field}:${entry}`);
        }
      }
    });
  }
});

describe('a remedy already given turns the verdict', () => {
  it.each([
    ['en', 'The shower was broken when we arrived. Maintenance replaced the head within the hour and the manager apologised without us asking.'],
    ['de', 'Die Heizung war kaputt. Der Techniker hat sie noch am Abend repariert und der Chef hat sich von sich aus entschuldigt.'],
    ['fr', "Le chauffage était en panne le premier soir. Le lendemain, le réceptionniste nous a remboursé la nuit sans qu'on demande quoi que ce soit."],
    ['es', 'La habitación tenía una fuga en el baño. Nos cambiaron de habitación enseguida y se disculparon varias veces.'],
    ['it', 'Il condizionatore era rotto. Il gestore ci ha restituito il costo della notte senza che glielo chiedessimo.'],
  ])('%s: problem then remedy is positive', (lang, text) => {
    expect(category(text, lang)).toBe('positive');
  });
  it.each([
    ['en', 'The room was filthy. They moved us, but the second room was just as dirty and the staff were rude.'],
    ['en', 'They never refunded us and nobody apologised. Awful place.'],
    ['fr', 'Chambre sale et bruyante. On nous a changé de chambre, mais la deuxième était pire et le personnel désagréable.'],
    ['de', 'Das Zimmer war schmutzig. Man hat sich nicht entschuldigt und nichts repariert. Furchtbar.'],
  ])('%s: a remedy the text takes back is no remedy', (lang, text) => {
    expect(category(text, lang)).toBe('complaint');
  });
});

describe('a revised review reads its new verdict', () => {
  it.each([
    ['en', 'Update: I originally gave two stars because of the noisy heating. The owner called me and had it fixed. Bumping to four stars, the rest of the stay was great.'],
    ['it', 'Aggiornamento: avevo dato due stelle per il rumore della strada. Il proprietario ha fatto mettere doppi vetri, ora è tutto silenzioso e comodo.'],
    ['fr', "Mise à jour : j'avais laissé un avis négatif à cause du wifi en panne. Réparé le lendemain, séjour agréable depuis."],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('positive');
  });
  it('an update that only adds complaints stays a complaint', () => {
    expect(category('Update: still no answer from the hotel about the broken window. Terrible service, avoid.', 'en')).toBe('complaint');
  });
});

describe('a rumour the reviewer denies is praise, not an allegation', () => {
  it.each([
    ['en', 'I had heard about bedbugs in this hotel. Not a single one: clean sheets, comfortable bed, lovely staff.'],
    ['es', 'Había leído comentarios sobre cucarachas, pero nada de eso: todo limpio y el personal amabilísimo.'],
    ['de', 'Ich hatte von Schimmel im Bad gelesen, stattdessen war alles frisch renoviert und sauber.'],
    ['it', 'Avevo letto recensioni sugli scarafaggi, invece camera pulitissima e personale gentile.'],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('positive');
  });
  it('a rumour the reviewer confirms stays an allegation', () => {
    expect(category('I had read about bedbugs and the reviews were right: we found bedbugs in the bed and were bitten all night.', 'en')).toBe('allegation');
  });
});

describe('a minor reservation does not spoil a good review', () => {
  it.each([
    ['en', 'Wonderful stay, friendly staff and a great breakfast. Only downside: the lift was a bit slow and noisy.'],
    ['de', 'Tolles Hotel, sehr freundliches Personal. Einziges Manko: das WLAN war langsam.'],
    ['es', 'Todo estupendo, el personal encantador. Única pega: la almohada era algo dura.'],
    ['fr', 'Séjour très agréable, personnel aux petits soins. Petit bémol : la douche un peu étroite et bruyante.'],
    ['it', 'Posto splendido e personale gentile. Unico neo: il parcheggio scomodo.'],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('positive');
  });
  it('a negated reservation is no reservation', () => {
    expect(category('Dirty room, rude staff, cold food. Not the only problem: the lift was broken too.', 'en')).toBe('complaint');
  });
});

describe('praise in the unreal past is a complaint', () => {
  it.each([
    ['en', 'We had to cancel and lost the whole deposit. Some flexibility would have been appreciated.'],
    ['fr', "Aucun remboursement après l'annulation. Un geste aurait été apprécié."],
    ['it', 'Nessun rimborso dopo la cancellazione. Un minimo di comprensione sarebbe stato apprezzato.'],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('complaint');
  });
  it('a present conditional of praise is still praise', () => {
    expect(category('Sarebbe perfetto con un parcheggio più grande. Personale gentilissimo, torneremo sicuramente.', 'it')).toBe('positive');
  });
});

describe('a split verdict the reviewer states is mixed', () => {
  it.each([
    ['en', 'I have mixed feelings. The room was lovely, but the breakfast was poor, the bar staff rude and the pool dirty.'],
    ['fr', 'Avis mitigé : chambre agréable, mais ménage bâclé, accueil froid et petit-déjeuner décevant.'],
    ['es', 'Sentimientos encontrados: la comida buena y el sitio bonito, pero el servicio lento y la mesa sucia.'],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('mixed');
  });
  it('a split verdict with only complaints is still a complaint', () => {
    expect(category('Mixed feelings? No: dirty room, rude staff, awful food, broken shower.', 'en')).toBe('complaint');
  });
});

describe('money lost and a conceded point make a complaint', () => {
  it.each([
    ['en', 'We cancelled a week early and lost 150 euros. I understand the policy, but it hurts.'],
    ['de', 'Wir mussten absagen und haben 120 Euro verloren. Zugegeben, es stand in den Bedingungen, aber kein Entgegenkommen.'],
    ['es', 'Cancelamos por enfermedad y perdimos 200 euros. Lo entiendo, pero ni un gesto.'],
    ['it', 'Siamo partiti un giorno prima e ci hanno addebitato 90 euro. Legittimo, ma poco elegante.'],
    ['fr', "Vol annulé, nous avons perdu 300 € de nuits non remboursables. Certes, c'était écrit, mais aucune souplesse."],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('complaint');
  });
  it.each([
    ['en', 'I lost 2 kilos walking around the city, lovely hotel and great breakfast.'],
    ['en', 'We lost track of time in the spa, wonderful stay.'],
  ])('%s: a loss that is no money is no complaint', (lang, text) => {
    expect(category(text, lang)).toBe('positive');
  });
  it('a concession without a "but" takes nothing away', () => {
    expect(category('To be fair, the breakfast was excellent and the staff lovely.', 'en')).toBe('positive');
  });
});
