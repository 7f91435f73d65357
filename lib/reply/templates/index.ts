/** Every language's templates, by language code. */
import type { Language } from '../../platforms';
import type { LanguageTemplates } from './types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';

export const TEMPLATES: Record<Language, LanguageTemplates> = { fr, en, es, de, it };
export { PLANS, COMMON_STRATEGIES } from './plan';
export type { PlanSlot } from './plan';
export * from './types';
