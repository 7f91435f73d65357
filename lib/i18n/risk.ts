/**
 * The sentences that explain each risk component (DESIGN.md "Risk"), as data in both UI languages. The engine
 * writes the English one into `explanation` for the CLI; the panel says it in the manager's language.
 */
import type { RiskComponent, RiskEscalation, RiskReason } from '../analysis/types';
import type { UiLang } from './index';

export const RISK_TEXT_EN: Record<RiskReason, string> = {
  'severity.blackmail': 'An advantage is demanded in exchange for a review: a blackmail attempt, serious whatever the amount.',
  'severity.allegation': 'A serious accusation (fraud, theft, health, discrimination) that readers may take at face value.',
  'severity.abuse': 'Insults or threats aimed at people: distressing, but readers rarely side with them.',
  'severity.complaint': 'A negative account of the stay that other guests will read.',
  'severity.mixed': 'Mostly balanced feedback with some criticism.',
  'severity.positive': 'Praise: no reputational risk.',
  'severity.off_topic': 'Not about the establishment: little effect on its reputation.',
  'objective_fact.strong': 'It cites verifiable facts (photos, receipts, times, amounts): hard to dismiss and easy to spread.',
  'objective_fact.some': 'It gives some precise details (an amount, a time, a room) that make it more credible.',
  'objective_fact.none': 'No verifiable fact (photo, receipt, precise time or amount) is cited.',
  'contempt.reported': 'The guest reports contempt, denial or being ignored: what turns a complaint into a crisis.',
  'contempt.none': 'No contempt or denial by the establishment is reported.',
  'diffusion.channels': 'The story is, or will be, posted on several channels.',
  'diffusion.boycott': 'The guest urges others to stay away.',
  'diffusion.none': 'No sign of the story being spread to other channels.',
  'virality.claimed': 'The writer claims an audience (followers, blog, media) or promises to spread it widely.',
  'virality.none': 'No audience, influencer or media is mentioned.',
  'rating.unknown': 'No star rating was given.',
  'rating.low': 'A {stars}-star rating pulls the average down.',
  'rating.harmless': 'A {stars}-star rating does not hurt the average.',
};

export const ESCALATION_TEXT_EN: Record<RiskEscalation, string> = {
  legal_threat: 'threatens legal or official action',
  boycott_call: 'calls on others to stay away',
  censorship_claim: 'claims reviews are censored or faked',
};

const RISK_TEXT_FR: Record<RiskReason, string> = {
  'severity.blackmail': 'Un avantage est exigé en échange d’un avis : c’est une tentative de chantage, grave quel que soit le montant.',
  'severity.allegation': 'Une accusation grave (fraude, vol, santé, discrimination) que les lecteurs peuvent croire sur parole.',
  'severity.abuse': 'Des insultes ou des menaces envers des personnes : pénible, mais les lecteurs s’y rangent rarement.',
  'severity.complaint': 'Un récit négatif du séjour que d’autres clients liront.',
  'severity.mixed': 'Un retour plutôt équilibré, avec quelques critiques.',
  'severity.positive': 'Des éloges : aucun risque pour la réputation.',
  'severity.off_topic': 'Ne concerne pas l’établissement : peu d’effet sur sa réputation.',
  'objective_fact.strong': 'Il cite des faits vérifiables (photos, reçus, heures, montants) : difficile à écarter et facile à relayer.',
  'objective_fact.some': 'Il donne quelques détails précis (un montant, une heure, une chambre) qui le rendent plus crédible.',
  'objective_fact.none': 'Aucun fait vérifiable (photo, reçu, heure ou montant précis) n’est cité.',
  'contempt.reported': 'Le client rapporte du mépris, un déni ou une absence de réponse : c’est ce qui transforme une plainte en crise.',
  'contempt.none': 'Aucun mépris ni déni de l’établissement n’est rapporté.',
  'diffusion.channels': 'L’histoire est, ou sera, publiée sur plusieurs canaux.',
  'diffusion.boycott': 'Le client appelle les autres à ne pas venir.',
  'diffusion.none': 'Rien n’indique que l’histoire se diffuse sur d’autres canaux.',
  'virality.claimed': 'L’auteur revendique une audience (abonnés, blog, médias) ou promet de le diffuser largement.',
  'virality.none': 'Aucune audience, influenceur ou média n’est mentionné.',
  'rating.unknown': 'Aucune note n’a été donnée.',
  'rating.low': 'Une note de {stars} sur 5 fait baisser la moyenne.',
  'rating.harmless': 'Une note de {stars} sur 5 ne nuit pas à la moyenne.',
};

const ESCALATION_TEXT_FR: Record<RiskEscalation, string> = {
  legal_threat: 'menace d’une action en justice ou auprès d’une autorité',
  boycott_call: 'appelle les autres à ne pas venir',
  censorship_claim: 'affirme que les avis sont censurés ou truqués',
};

interface Wording {
  reasons: Record<RiskReason, string>;
  escalations: Record<RiskEscalation, string>;
  also: (list: string) => string;
  and: string;
}

const EN: Wording = { reasons: RISK_TEXT_EN, escalations: ESCALATION_TEXT_EN, also: (list) => ` It also ${list}.`, and: ' and ' };
const FR: Wording = { reasons: RISK_TEXT_FR, escalations: ESCALATION_TEXT_FR, also: (list) => ` De plus, il ${list}.`, and: ' et ' };

type Explained = Pick<RiskComponent, 'reason' | 'escalations' | 'stars'>;

function sentence(component: Explained, text: Wording): string {
  let out = (text.reasons[component.reason] ?? '').replace('{stars}', String(component.stars ?? ''));
  const escalations = component.escalations ?? [];
  if (escalations.length) out += text.also(escalations.map((e) => text.escalations[e]).join(text.and));
  return out;
}

/** The English sentence (the engine's `explanation`); kept apart so the analysis bundle carries no French. */
export function riskSentenceEn(component: Explained): string {
  return sentence(component, EN);
}

/** The sentence that explains one risk component, in the given UI language (plain text, never HTML). */
export function riskSentence(component: Explained, lang: UiLang): string {
  return sentence(component, lang === 'fr' ? FR : EN);
}
