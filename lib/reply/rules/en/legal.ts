/** English: legal threats — lawyers, suing, police, complaints. */
import type { CheckRuleFamily } from '../types';

export const legal: CheckRuleFamily = {
  lang: 'en',
  family: 'legal',
  rules: [
    {
      id: 'en.legal.lawyer',
      rule: 'legal_threat',
      kind: 'legal_threat.lawyer',
      pattern: String.raw`\b(?:(?:our|my|the hotel's|the restaurant's|company|a) (?:lawyers?|attorneys?|solicitors?|legal (?:team|counsel|department|advisers?|advisors?))|(?:lawyers?|attorneys?|solicitors?) (?:has|have|will|are|is|was|were)|(?:consult(?:ed|ing)?|contact(?:ed|ing)?|instruct(?:ed|ing)?|hire|hired|engag(?:e|ed|ing)) (?:a |an |our |my )?(?:lawyer|attorney|solicitor|legal counsel)|cease and desist)\b`,
      note: 'Lawyers mentioned in a reply read as a threat (seed 003: lawyers’ letters backfire).',
      examples: ['Our lawyers have been informed.', 'We have contacted our lawyer.', 'a cease and desist letter'],
      counterExamples: ['As our guest, you deserve better.', 'Our guest relations team will call you.'],
    },
    {
      id: 'en.legal.lawsuit',
      rule: 'legal_threat',
      kind: 'legal_threat.lawsuit',
      pattern: String.raw`\b(?:sue|sues|sued|suing|lawsuits?|legal (?:action|proceedings|steps|measures|recourse)|take (?:you|this|the matter|it) to court|(?:see you|meet you) in court|court (?:case|order|proceedings)|libel(?:lous)?|defamation|defamatory|slander(?:ous)?|litigation|prosecut\w{0,6}|press charges)\b`,
      note: 'Suing, legal action, defamation.',
      examples: ['We will take legal action.', 'This review is defamatory.', 'We will sue you.', 'See you in court'],
      counterExamples: ['Our courtyard is quiet at night.', 'We pursue every idea to improve.'],
    },
    {
      id: 'en.legal.police',
      rule: 'legal_threat',
      kind: 'legal_threat.police',
      pattern: String.raw`\b(?:(?:report|reported|reporting) (?:you|this(?: review| post)?|your (?:review|behaviou?r)) to (?:the )?(?:police|authorities)|(?:we (?:will|shall|are going to|have|had|already)|we'll|we've|we're going to) (?:\w{1,10} )?(?:call(?:ed)?|contact(?:ed)?|inform(?:ed)?|alert(?:ed)?|involve[d]?|notif(?:y|ied)) (?:the )?(?:police|authorities|cops)|(?:complaint|charges?|report) (?:has been |was |will be |have been )?(?:filed |lodged |made |pressed )?against you|(?:file|filed|lodge|lodged|press|pressed|filing|lodging) (?:a |an )?(?:police |criminal |formal )?(?:complaint|charges|report)|police (?:report|complaint)|criminal (?:complaint|charges|offen[cs]e))\b`,
      note: 'Police and complaints aimed at the guest; a venue named "Hotel Police Station" does not match.',
      examples: ['We have informed the police.', 'A complaint has been filed against you.', 'We will file a police report.'],
      counterExamples: ['Welcome to the Hotel Police Station, a listed building.', 'Our staff filed your suggestion with management.'],
    },
  ],
};
