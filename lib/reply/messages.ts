/**
 * What the checker says, in the UI languages (fr, en). Data only: one entry per finding kind,
 * `<rule>.<kind>`, with a message and an optional suggestion. `{text}` is the offending text (shortened),
 * other `{…}` fields are filled by lib/reply/check.ts.
 */
import type { CheckRuleId, UiLanguage } from './types';

export interface FindingText {
  message: string;
  suggestion?: string;
}

export const FINDING_MESSAGES = {
  'personal_data.email': {
    en: { message: 'An e-mail address in a public reply: “{text}”.', suggestion: 'Remove it; invite the guest to contact you privately instead.' },
    fr: { message: 'Une adresse e-mail dans une réponse publique : « {text} ».', suggestion: 'Retirez-la ; invitez plutôt le client à vous écrire en privé.' },
  },
  'personal_data.phone': {
    en: { message: 'A phone number in a public reply: “{text}”.', suggestion: 'Remove it, or make clear it is the establishment’s own number (“call us at …”).' },
    fr: { message: 'Un numéro de téléphone dans une réponse publique : « {text} ».', suggestion: 'Retirez-le, ou précisez qu’il s’agit du numéro de l’établissement (« appelez-nous au … »).' },
  },
  'personal_data.room': {
    en: { message: 'A room number identifies the guest: “{text}”.', suggestion: 'Say “your room” instead.' },
    fr: { message: 'Un numéro de chambre identifie le client : « {text} ».', suggestion: 'Écrivez « votre chambre » à la place.' },
  },
  'personal_data.booking': {
    en: { message: 'A booking or confirmation number in a public reply: “{text}”.', suggestion: 'Remove it; refer to “your stay” and handle the booking in private.' },
    fr: { message: 'Un numéro de réservation dans une réponse publique : « {text} ».', suggestion: 'Retirez-le ; parlez de « votre séjour » et traitez la réservation en privé.' },
  },
  'personal_data.card': {
    en: { message: 'Payment card digits in a public reply: “{text}”.', suggestion: 'Never mention card numbers, even partly.' },
    fr: { message: 'Des chiffres de carte bancaire dans une réponse publique : « {text} ».', suggestion: 'Ne mentionnez jamais un numéro de carte, même partiel.' },
  },
  'personal_data.name': {
    en: { message: 'A guest’s full name in a public reply: “{text}”.', suggestion: 'Use the first name only, or no name.' },
    fr: { message: 'Le nom complet d’un client dans une réponse publique : « {text} ».', suggestion: 'Utilisez seulement le prénom, ou aucun nom.' },
  },
  'conditional_incentive.offer': {
    en: { message: 'Something is offered in exchange for a review: “{text}”. Google, TripAdvisor and the FTC forbid it.', suggestion: 'Remove any link between a gesture and the review; offer gestures unconditionally, in private.' },
    fr: { message: 'Un avantage est proposé en échange d’un avis : « {text} ». Google, TripAdvisor et la loi l’interdisent.', suggestion: 'Supprimez tout lien entre un geste et l’avis ; un geste commercial se propose sans condition, en privé.' },
  },
  'unfilled_placeholder.placeholder': {
    en: { message: 'A placeholder was left in the reply: “{text}”.', suggestion: 'Replace it with the real wording.' },
    fr: { message: 'Un champ à remplir est resté dans la réponse : « {text} ».', suggestion: 'Remplacez-le par le vrai texte.' },
  },
  'too_long.limit': {
    en: { message: 'The reply is {length} {unit} long; {platform} accepts at most {limit}.', suggestion: 'Shorten it by at least {excess} {unit}.' },
    fr: { message: 'La réponse fait {length} {unit} ; {platform} en accepte au plus {limit}.', suggestion: 'Raccourcissez-la d’au moins {excess} {unit}.' },
  },
  'hostile_tone.liar': {
    en: { message: 'Calling the guest a liar: “{text}”.', suggestion: 'State your facts calmly (“our records show …”) and let readers judge.' },
    fr: { message: 'Le client est traité de menteur : « {text} ».', suggestion: 'Exposez vos faits calmement (« nos relevés indiquent … ») et laissez les lecteurs juger.' },
  },
  'hostile_tone.bad_faith': {
    en: { message: 'Accusing the guest of bad faith: “{text}”.', suggestion: 'Describe what happened instead of judging the guest’s intentions.' },
    fr: { message: 'Le client est accusé de mauvaise foi : « {text} ».', suggestion: 'Décrivez ce qui s’est passé plutôt que de juger les intentions du client.' },
  },
  'hostile_tone.drunk': {
    en: { message: 'Saying the guest was drunk: “{text}”.', suggestion: 'Leave the guest’s behaviour to a private exchange; stick to what staff did.' },
    fr: { message: 'Le client est dit ivre : « {text} ».', suggestion: 'Réservez le comportement du client à un échange privé ; tenez-vous-en à ce qu’a fait l’équipe.' },
  },
  'hostile_tone.insult': {
    en: { message: 'An insult: “{text}”.', suggestion: 'Remove it; readers side with the one who stays calm.' },
    fr: { message: 'Une insulte : « {text} ».', suggestion: 'Supprimez-la ; les lecteurs donnent raison à celui qui reste calme.' },
  },
  'hostile_tone.mockery': {
    en: { message: 'Mockery or sarcasm at the guest’s expense: “{text}”.', suggestion: 'Humour is risky; never aim it at the guest.' },
    fr: { message: 'Moquerie ou sarcasme aux dépens du client : « {text} ».', suggestion: 'L’humour est risqué ; ne le dirigez jamais contre le client.' },
  },
  'hostile_tone.dont_come_back': {
    en: { message: 'Telling the guest not to come back: “{text}”.', suggestion: 'Close the exchange politely instead (“we wish you well”).' },
    fr: { message: 'Le client est prié de ne pas revenir : « {text} ».', suggestion: 'Clôturez poliment l’échange (« nous vous souhaitons une bonne continuation »).' },
  },
  'public_accusation.fake': {
    en: { message: 'Calling the review fake in public: “{text}”.', suggestion: 'Report a review you believe is fake through the platform; in public, state facts only.' },
    fr: { message: 'L’avis est qualifié de faux en public : « {text} ».', suggestion: 'Signalez un avis que vous croyez faux via la plateforme ; en public, tenez-vous-en aux faits.' },
  },
  'public_accusation.competitor': {
    en: { message: 'Saying a competitor wrote the review: “{text}”.', suggestion: 'Do not speculate about who the reviewer is; report it to the platform if you have evidence.' },
    fr: { message: 'L’avis est attribué à un concurrent : « {text} ».', suggestion: 'Ne spéculez pas sur l’identité de l’auteur ; signalez-le à la plateforme si vous avez des preuves.' },
  },
  'public_accusation.blackmail': {
    en: { message: 'Accusing the guest of blackmail or extortion in public: “{text}”.', suggestion: 'Keep the evidence and use the platform’s blackmail report; publicly, just say no advantage is granted for reviews.' },
    fr: { message: 'Le client est accusé de chantage en public : « {text} ».', suggestion: 'Gardez les preuves et utilisez le signalement de chantage de la plateforme ; en public, dites seulement qu’aucun avantage n’est accordé contre un avis.' },
  },
  'public_accusation.fraud': {
    en: { message: 'Accusing the guest of fraud in public: “{text}”.', suggestion: 'State the facts you can prove; leave accusations to the proper channels.' },
    fr: { message: 'Le client est accusé de fraude en public : « {text} ».', suggestion: 'Exposez les faits que vous pouvez prouver ; laissez les accusations aux voies appropriées.' },
  },
  'legal_threat.lawyer': {
    en: { message: 'Mentioning lawyers reads as a threat: “{text}”.', suggestion: 'Lawyers’ letters backfire; answer on the facts.' },
    fr: { message: 'Évoquer un avocat sonne comme une menace : « {text} ».', suggestion: 'Les courriers d’avocat se retournent contre vous ; répondez sur les faits.' },
  },
  'legal_threat.lawsuit': {
    en: { message: 'A threat of legal action: “{text}”.', suggestion: 'Remove it; unfounded legal threats to suppress a review are unlawful in the US (FTC, 16 CFR 465).' },
    fr: { message: 'Une menace de poursuites : « {text} ».', suggestion: 'Supprimez-la ; menacer de poursuites pour faire retirer un avis se retourne contre vous.' },
  },
  'legal_threat.police': {
    en: { message: 'Mentioning the police or a complaint reads as a threat: “{text}”.', suggestion: 'If a complaint is filed, do not announce it in a public reply.' },
    fr: { message: 'Évoquer la police ou une plainte sonne comme une menace : « {text} ».', suggestion: 'Si une plainte est déposée, ne l’annoncez pas dans une réponse publique.' },
  },
  'shouting.capitals': {
    en: { message: 'Words in capitals read as shouting: “{text}”.', suggestion: 'Write in normal case.' },
    fr: { message: 'Des mots en majuscules donnent l’impression de crier : « {text} ».', suggestion: 'Écrivez en minuscules.' },
  },
  'shouting.exclamations': {
    en: { message: 'Repeated exclamation marks: “{text}”.', suggestion: 'One exclamation mark at most.' },
    fr: { message: 'Points d’exclamation répétés : « {text} ».', suggestion: 'Un point d’exclamation au plus.' },
  },
  'quotes_review.copy': {
    en: { message: 'This copies the review word for word: “{text}”. TripAdvisor forbids quoting the review.', suggestion: 'Say it in your own words.' },
    fr: { message: 'Ce passage recopie l’avis mot pour mot : « {text} ». TripAdvisor interdit de citer l’avis.', suggestion: 'Reformulez avec vos propres mots.' },
  },
  'list_formatting.bullet': {
    en: { message: 'A list line: “{text}”. Replies are plain text (TripAdvisor removes lists).', suggestion: 'Write it as a sentence.' },
    fr: { message: 'Une ligne de liste : « {text} ». Les réponses sont en texte simple (TripAdvisor refuse les listes).', suggestion: 'Rédigez-la en phrase.' },
  },
  'link.url': {
    en: { message: 'A link in the reply: “{text}”. Platforms reject promotional links.', suggestion: 'Remove it; invite the guest to contact you privately.' },
    fr: { message: 'Un lien dans la réponse : « {text} ». Les plateformes refusent les liens promotionnels.', suggestion: 'Retirez-le ; invitez le client à vous contacter en privé.' },
  },
  'link.markup': {
    en: { message: 'Link markup (Markdown or HTML) in the reply: “{text}”.', suggestion: 'Replies are plain text; remove the markup.' },
    fr: { message: 'Balisage de lien (Markdown ou HTML) dans la réponse : « {text} ».', suggestion: 'Les réponses sont en texte simple ; retirez le balisage.' },
  },
  'language_mismatch.lang': {
    en: { message: 'The reply seems to be in {found}, the review in {expected}.', suggestion: 'Reply in the guest’s language.' },
    fr: { message: 'La réponse semble être en {found}, l’avis en {expected}.', suggestion: 'Répondez dans la langue du client.' },
  },
  'duplicate.history': {
    en: { message: '{overlap} % of this reply’s word sequences repeat an earlier reply.', suggestion: 'Vary the wording: readers notice copy-pasted replies.' },
    fr: { message: '{overlap} % des enchaînements de mots de cette réponse répètent une réponse précédente.', suggestion: 'Variez la formulation : les lecteurs repèrent les copier-coller.' },
  },
  'style.too_short': {
    en: { message: 'A very short reply can read as dismissive.', suggestion: 'Thank the guest and mention what they wrote about.' },
    fr: { message: 'Une réponse très courte peut paraître expéditive.', suggestion: 'Remerciez le client et évoquez ce dont il a parlé.' },
  },
  'style.no_greeting': {
    en: { message: 'The reply does not open with a greeting or thanks.', suggestion: 'Start with “Dear …” or “Thank you for …”.' },
    fr: { message: 'La réponse ne commence ni par une salutation ni par un remerciement.', suggestion: 'Commencez par « Bonjour … » ou « Merci pour … ».' },
  },
  'style.no_apology': {
    en: { message: 'The guest complains, and the reply does not apologise for the disappointment.', suggestion: 'Add a sincere apology for how the stay felt, without conceding facts you have not checked.' },
    fr: { message: 'Le client se plaint et la réponse ne s’excuse pas de sa déception.', suggestion: 'Ajoutez des excuses sincères pour le ressenti, sans reconnaître des faits non vérifiés.' },
  },
} as const satisfies Record<string, Record<UiLanguage, FindingText>>;

export type MessageKind = keyof typeof FINDING_MESSAGES;

/** Language names as the UI shows them, for `language_mismatch`. */
export const LANGUAGE_NAMES: Record<UiLanguage, Record<string, string>> = {
  en: { fr: 'French', en: 'English', es: 'Spanish', de: 'German', it: 'Italian' },
  fr: { fr: 'français', en: 'anglais', es: 'espagnol', de: 'allemand', it: 'italien' },
};

/** Units and platform names used in `too_long`. */
export const LENGTH_WORDS: Record<UiLanguage, { bytes: string; chars: string; platforms: Record<string, string> }> = {
  en: { bytes: 'bytes', chars: 'characters', platforms: { google: 'Google', tripadvisor: 'TripAdvisor', other: 'this site' } },
  fr: { bytes: 'octets', chars: 'caractères', platforms: { google: 'Google', tripadvisor: 'TripAdvisor', other: 'ce site' } },
};

/** The rule a message kind belongs to (its prefix). */
export function ruleOfKind(kind: MessageKind): CheckRuleId {
  return kind.slice(0, kind.indexOf('.')) as CheckRuleId;
}
