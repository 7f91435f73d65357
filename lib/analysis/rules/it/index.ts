/** Italian: every rule family, cue, lexicon and stopword list the engine reads. */
import type { LanguageRules } from '../types';
import demand from './demand';
import reviewThreat from './review-threat';
import conditionalEdit from './conditional-edit';
import retaliation from './retaliation';
import extortion from './extortion';
import abuse from './abuse';
import allegation from './allegation';
import offTopic from './off-topic';
import crisis from './crisis';
import cues from './cues';
import polarity from './polarity';
import aspects from './aspects';
import stopwords from './stopwords';

const rules: LanguageRules = {
  lang: 'it',
  families: [demand, reviewThreat, conditionalEdit, retaliation, extortion, abuse, allegation, offTopic, crisis],
  cues,
  polarity,
  aspects,
  stopwords,
};
export default rules;
