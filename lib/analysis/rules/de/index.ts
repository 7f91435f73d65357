/** German rules: every family of this folder, the cues, the polarity and aspect lexicons, stopwords. */
import type { LanguageRules } from '../types';
import allegation from './allegation';
import aspects from './aspects';
import boycott from './boycott';
import censorship from './censorship';
import conditionalEdit from './conditional-edit';
import contempt from './contempt';
import cues from './cues';
import demand from './demand';
import insult from './insult';
import legalThreat from './legal-threat';
import multiChannel from './multi-channel';
import objectiveFact from './objective-fact';
import paymentChannel from './payment-channel';
import polarity from './polarity';
import retaliation from './retaliation';
import reviewThreat from './review-threat';
import spam from './spam';
import staffNamed from './staff-named';
import stopwords from './stopwords';
import thirdPartyExtortion from './third-party-extortion';
import violenceThreat from './violence-threat';
import virality from './virality';

const de: LanguageRules = {
  lang: 'de',
  families: [
    demand,
    reviewThreat,
    conditionalEdit,
    retaliation,
    thirdPartyExtortion,
    paymentChannel,
    insult,
    violenceThreat,
    allegation,
    spam,
    legalThreat,
    boycott,
    censorship,
    contempt,
    multiChannel,
    objectiveFact,
    staffNamed,
    virality,
  ],
  cues,
  polarity,
  aspects,
  stopwords,
};

export default de;
