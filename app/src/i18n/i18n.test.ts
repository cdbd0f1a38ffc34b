import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';
import { catalogs, isLanguage, LANGUAGES, setLanguage, shellLocale, t } from './index';

describe('i18n catalogs', () => {
  it('ko and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
  });

  it('has no empty or untrimmed strings', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogs[language])) {
        expect(text.trim(), `${language}:${key}`).not.toBe('');
        expect(text, `${language}:${key}`).toBe(text.trim());
      }
    }
  });

  it('keeps quoted commands identical across languages', () => {
    const quoted = (text: string) => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) {
      expect(quoted(en[key]), key).toEqual(quoted(ko[key]));
    }
  });

  it('writes English without Hangul except the product name', () => {
    for (const [key, text] of Object.entries(en)) {
      if (key === 'app.name' || key === 'header.languageSwitch') continue;
      expect(text, key).not.toMatch(/[\u3131-\u318e\uac00-\ud7a3]/);
    }
  });

  it('writes Korean in 해요체 (sentences end in 요, not 다)', () => {
    const diagramSentences = (Object.keys(ko) as (keyof typeof ko)[]).filter((key) => key.startsWith('diagram.step.') || key === 'diagram.idle');
    for (const key of ['terminal.welcome', 'terminal.hint', 'error.notIsolated', 'error.startFailed', ...diagramSentences] as const) {
      expect(ko[key], key).toMatch(/요[.!]?$/);
      expect(ko[key], key).not.toMatch(/(니다|한다)[.!]?$/);
    }
  });
});

describe('t()', () => {
  it('uses the chosen language', () => {
    setLanguage('en');
    expect(t('app.tagline')).toBe(en['app.tagline']);
    setLanguage('ko');
    expect(t('app.tagline')).toBe(ko['app.tagline']);
    expect(t('app.tagline', 'en')).toBe(en['app.tagline']);
  });

  it('knows which values are languages', () => {
    expect(isLanguage('ko')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });

  it('maps each language to a UTF-8 locale for the shell', () => {
    expect(shellLocale).toEqual({ ko: 'ko_KR.UTF-8', en: 'en_US.UTF-8' });
  });
});
