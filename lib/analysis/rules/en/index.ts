/** English rules: the template the other languages mirror (one file per family, data only). */
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
import legalThreat from './legal-threat';
import boycott from './boycott';
import censorship from './censorship';
import virality from './virality';
import spam from './spam';
import staffNamed from './staff-named';
import contempt from './contempt';
import multiChannel from './multi-channel';
import objectiveFact from './objective-fact';
import cues from './cues';
import polarity from './polarity';
import aspects from './aspects';
import stopwords from './stopwords';

const en: LanguageRules = {
  lang: 'en',
  families: [
    demand, reviewThreat, conditionalEdit, retaliation, thirdPartyExtortion, paymentChannel, insult, violenceThreat, allegation,
    legalThreat, boycott, censorship, virality, spam, staffNamed, contempt, multiChannel, objectiveFact,
  ],
  cues,
  polarity,
  aspects,
  stopwords,
};

export default en;
