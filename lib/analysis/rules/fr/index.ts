/** French rules: one family per signal, the context cues, polarity, aspects and stop words. */
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
import boycott from './boycott';
import censorship from './censorship';
import legalThreat from './legal-threat';
import virality from './virality';
import staffNamed from './staff-named';
import contempt from './contempt';
import objectiveFact from './objective-fact';
import multiChannel from './multi-channel';
import cues from './cues';
import polarity from './polarity';
import aspects from './aspects';
import stopwords from './stopwords';

const fr: LanguageRules = {
  lang: 'fr',
  families: [
    demand, reviewThreat, conditionalEdit, retaliation, thirdPartyExtortion, paymentChannel, insult, violenceThreat,
    allegation, spam, boycott, censorship, legalThreat, virality, multiChannel, staffNamed, contempt, objectiveFact,
  ],
  cues,
  polarity,
  aspects,
  stopwords,
};
export default fr;
