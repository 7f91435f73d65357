/** Every family and every language's cues, in one place for the engine and the validation test. */
import type { Language } from '../../platforms';
import type { CheckLanguageCues, CheckRuleFamily } from './types';
import { personal as commonPersonal } from './common/personal';
import { placeholder } from './common/placeholder';
import { link } from './common/link';
import { layout } from './common/layout';
import { incentive as enIncentive } from './en/incentive';
import { hostility as enHostility } from './en/hostility';
import { accusation as enAccusation } from './en/accusation';
import { legal as enLegal } from './en/legal';
import { personal as enPersonal } from './en/personal';
import { cues as enCues } from './en/cues';

export { ACRONYMS, FIRST_NAMES, NOT_NAMES } from './common/lexicon';

export const COMMON_FAMILIES: CheckRuleFamily[] = [commonPersonal, placeholder, link, layout];

export const LANGUAGE_FAMILIES: Partial<Record<Language, CheckRuleFamily[]>> = {
  en: [enIncentive, enHostility, enAccusation, enLegal, enPersonal],
};

export const LANGUAGE_CUES: Partial<Record<Language, CheckLanguageCues>> = {
  en: enCues,
};

export const ALL_FAMILIES: CheckRuleFamily[] = [...COMMON_FAMILIES, ...Object.values(LANGUAGE_FAMILIES).flat()];
