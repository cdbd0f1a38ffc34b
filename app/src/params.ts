import { DEFAULT_LANGUAGE, isLanguage, type Language } from './i18n';

export interface StartupParams {
  language: Language;
  /** Makes the engine's IDs, names and timestamps reproducible (`?seed=N`). */
  seed: number | undefined;
}

/** Reads `?lang=ko|en` and `?seed=N` from the page's query string. */
export function readStartupParams(search: string): StartupParams {
  const query = new URLSearchParams(search);
  const lang = query.get('lang');
  const seedText = query.get('seed');
  const seed = seedText !== null && /^-?\d+$/.test(seedText.trim()) ? Number(seedText) : undefined;
  return {
    language: isLanguage(lang) ? lang : DEFAULT_LANGUAGE,
    seed: seed !== undefined && Number.isSafeInteger(seed) ? seed : undefined,
  };
}

/** The current URL with `lang` replaced, for the header's language link. */
export function urlWithLanguage(href: string, language: Language): string {
  const url = new URL(href);
  if (language === DEFAULT_LANGUAGE) url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}${url.hash}`;
}
