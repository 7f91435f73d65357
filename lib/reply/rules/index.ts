/** Every family and every language's cues, in one place for the engine and the validation test. */
import type { Language } from '../../platforms';
import type { CheckLanguageCues, CheckRuleFamily, CheckWordClasses } from './types';
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
import { classes as enClasses } from './en/classes';
import { incentive as frIncentive } from './fr/incentive';
import { hostility as frHostility } from './fr/hostility';
import { accusation as frAccusation } from './fr/accusation';
import { legal as frLegal } from './fr/legal';
import { personal as frPersonal } from './fr/personal';
import { cues as frCues } from './fr/cues';
import { classes as frClasses } from './fr/classes';
import { incentive as esIncentive } from './es/incentive';
import { hostility as esHostility } from './es/hostility';
import { accusation as esAccusation } from './es/accusation';
import { legal as esLegal } from './es/legal';
import { personal as esPersonal } from './es/personal';
import { cues as esCues } from './es/cues';
import { classes as esClasses } from './es/classes';
import { incentive as deIncentive } from './de/incentive';
import { hostility as deHostility } from './de/hostility';
import { accusation as deAccusation } from './de/accusation';
import { legal as deLegal } from './de/legal';
import { personal as dePersonal } from './de/personal';
import { cues as deCues } from './de/cues';
import { classes as deClasses } from './de/classes';
import { incentive as itIncentive } from './it/incentive';
import { hostility as itHostility } from './it/hostility';
import { accusation as itAccusation } from './it/accusation';
import { legal as itLegal } from './it/legal';
import { personal as itPersonal } from './it/personal';
import { cues as itCues } from './it/cues';
import { classes as itClasses } from './it/classes';

export { ACRONYMS, FIRST_NAMES, NOT_NAMES, ROLE_MAILBOXES } from './common/lexicon';

export const COMMON_FAMILIES: CheckRuleFamily[] = [commonPersonal, placeholder, link, layout];

export const LANGUAGE_FAMILIES: Partial<Record<Language, CheckRuleFamily[]>> = {
  en: [enIncentive, enHostility, enAccusation, enLegal, enPersonal],
  fr: [frIncentive, frHostility, frAccusation, frLegal, frPersonal],
  es: [esIncentive, esHostility, esAccusation, esLegal, esPersonal],
  de: [deIncentive, deHostility, deAccusation, deLegal, dePersonal],
  it: [itIncentive, itHostility, itAccusation, itLegal, itPersonal],
};

export const LANGUAGE_CUES: Partial<Record<Language, CheckLanguageCues>> = {
  en: enCues,
  fr: frCues,
  es: esCues,
  de: deCues,
  it: itCues,
};

export const ALL_FAMILIES: CheckRuleFamily[] = [...COMMON_FAMILIES, ...Object.values(LANGUAGE_FAMILIES).flat()];

/** Word classes for the structural rules (check.ts, "Structures"). */
export const LANGUAGE_CLASSES: Partial<Record<Language, CheckWordClasses>> = {
  en: enClasses,
  fr: frClasses,
  es: esClasses,
  de: deClasses,
  it: itClasses,
};
