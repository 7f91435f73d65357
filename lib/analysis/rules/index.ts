/**
 * The registry of rule data: one line per language. Each folder's index.ts exports a default LanguageRules.
 */
import type { Language } from '../../platforms';
import type { LanguageRules } from './types';
import en from './en/index';
import fr from './fr/index';
import de from './de/index';
import es from './es/index';
import it from './it/index';

/** Languages whose rules are written, in the order the detector breaks ties. */
export const RULES: Partial<Record<Language, LanguageRules>> = {
  fr,
  en,
  es,
  de,
  it,
};

export function rulesFor(lang: string): LanguageRules | undefined {
  return (RULES as Record<string, LanguageRules | undefined>)[lang];
}

export function allRules(): LanguageRules[] {
  return Object.values(RULES).filter((r): r is LanguageRules => r !== undefined);
}
