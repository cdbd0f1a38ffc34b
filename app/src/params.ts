import { DEFAULT_LANGUAGE, isLanguage, type Language } from './i18n';

export interface StartupParams {
  language: Language;
  /** Makes the engine's IDs, names and timestamps reproducible (`?seed=N`). */
  seed: number | undefined;
  /** Presenter mode (`?present`): big type for a projector. */
  present: boolean;
}

/** `?present`, `?present=1`: on; `?present=0` or `=false`: off. */
function flag(value: string | null): boolean {
  return value !== null && !/^(0|false|no|off)$/i.test(value.trim());
}

/** Reads `?lang=ko|en`, `?seed=N` and `?present` from the page's query string. */
export function readStartupParams(search: string): StartupParams {
  const query = new URLSearchParams(search);
  const lang = query.get('lang');
  const seedText = query.get('seed');
  const seed = seedText !== null && /^-?\d+$/.test(seedText.trim()) ? Number(seedText) : undefined;
  return {
    language: isLanguage(lang) ? lang : DEFAULT_LANGUAGE,
    seed: seed !== undefined && Number.isSafeInteger(seed) ? seed : undefined,
    present: flag(query.get('present')),
  };
}

/** `?present=&seed=1` → `?present&seed=1`: a flag needs no value. */
function bareFlags(search: string): string {
  return search.replace(/([?&]present)=(?=&|$)/, '$1');
}

/** The current URL with `lang` replaced, for the header's language link. */
export function urlWithLanguage(href: string, language: Language): string {
  const url = new URL(href);
  if (language === DEFAULT_LANGUAGE) url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  return `${url.pathname}${bareFlags(url.search)}${url.hash}`;
}

/** The current URL with `?present` added or removed, so a reload keeps presenter mode. */
export function urlWithPresenter(href: string, on: boolean): string {
  const url = new URL(href);
  if (on) url.searchParams.set('present', '');
  else url.searchParams.delete('present');
  return `${url.pathname}${bareFlags(url.search)}${url.hash}`;
}
