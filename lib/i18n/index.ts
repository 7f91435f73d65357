/** UI strings as data (en.ts, fr.ts); the interface follows the browser's language unless the manager picks one. */
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey };
export type UiLang = 'fr' | 'en';
export const UI_LANGS: readonly UiLang[] = ['fr', 'en'];

const CATALOGS: Record<UiLang, Record<MessageKey, string>> = { en, fr };

/** 'auto' follows the browser: French for any fr-* locale, English otherwise. */
export function resolveUiLang(setting: 'auto' | UiLang, browserLanguage: string | undefined): UiLang {
  if (setting !== 'auto') return setting;
  return (browserLanguage ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` placeholders are filled from params (plain text, never HTML). */
export function translator(lang: UiLang): Translate {
  const catalog = CATALOGS[lang];
  return (key, params) => {
    const template = catalog[key] ?? en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w{1,30})\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

export function catalog(lang: UiLang): Readonly<Record<MessageKey, string>> {
  return CATALOGS[lang];
}
