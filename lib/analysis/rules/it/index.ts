/** Italian: every rule family, cue, lexicon and stopword list the engine reads (same families as rules/en). */
import type { LanguageRules } from '../types';
import demand from './demand';
import reviewThreat from './review-threat';
import conditionalEdit from './conditional-edit';
import retaliation from './retaliation';
import thirdPartyExtortion from './third-party-extortion';
import paymentChannel from './payment-channel';
import insult from './insult';
import violenceThreat from './violence-threat';
import allegation from './allegation';
import spam from './spam';
import legalThreat from './legal-threat';
import boycott from './boycott';
import censorship from './censorship';
import virality from './virality';
import multiChannel from './multi-channel';
import contempt from './contempt';
import objectiveFact from './objective-fact';
import staffNamed from './staff-named';
import cues from './cues';
import polarity from './polarity';
import aspects from './aspects';
import stopwords from './stopwords';

const rules: LanguageRules = {
  lang: 'it',
  families: [demand, reviewThreat, conditionalEdit, retaliation, thirdPartyExtortion, paymentChannel, insult, violenceThreat, allegation, spam, legalThreat, boycott, censorship, virality, multiChannel, contempt, objectiveFact, staffNamed],
  cues,
  polarity,
  aspects,
  stopwords,
};
export default rules;
