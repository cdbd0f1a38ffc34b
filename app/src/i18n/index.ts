import { en } from './en';
import { ko, type MessageKey, type Messages } from './ko';

export type { MessageKey, Messages } from './ko';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ko';

export const catalogs: Readonly<Record<Language, Messages>> = { ko, en };

/** The locale the simulated shell sees in $LANG for each UI language. */
export const shellLocale: Readonly<Record<Language, string>> = {
  ko: 'ko_KR.UTF-8',
  en: 'en_US.UTF-8',
};

export function isLanguage(value: string | null | undefined): value is Language {
  return value !== null && value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

let current: Language = DEFAULT_LANGUAGE;

/** Chooses the language for t(); done once at startup, before the first render. */
export function setLanguage(language: Language): void {
  current = language;
}

export function getLanguage(): Language {
  return current;
}

/** The text for `key` in the current language (or in `language` when given). */
export function t(key: MessageKey, language: Language = current): string {
  return catalogs[language][key];
}

/** t() with {name} placeholders filled in. */
export function tf(key: MessageKey, values: Readonly<Record<string, string | number>>, language: Language = current): string {
  return t(key, language).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
