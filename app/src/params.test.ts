import { describe, expect, it } from 'vitest';
import { readStartupParams, urlWithLanguage } from './params';

describe('readStartupParams', () => {
  it('defaults to Korean and no seed', () => {
    expect(readStartupParams('')).toEqual({ language: 'ko', seed: undefined });
  });

  it('reads lang and seed', () => {
    expect(readStartupParams('?lang=en&seed=1')).toEqual({ language: 'en', seed: 1 });
    expect(readStartupParams('?seed=42&lang=ko')).toEqual({ language: 'ko', seed: 42 });
    expect(readStartupParams('?seed=0')).toEqual({ language: 'ko', seed: 0 });
  });

  it('ignores unknown languages and malformed seeds', () => {
    expect(readStartupParams('?lang=fr&seed=abc')).toEqual({ language: 'ko', seed: undefined });
    expect(readStartupParams('?seed=1.5')).toEqual({ language: 'ko', seed: undefined });
    expect(readStartupParams('?seed=99999999999999999999')).toEqual({ language: 'ko', seed: undefined });
  });
});

describe('urlWithLanguage', () => {
  it('sets or drops lang and keeps the other parameters', () => {
    expect(urlWithLanguage('http://h/?seed=1', 'en')).toBe('/?seed=1&lang=en');
    expect(urlWithLanguage('http://h/?lang=en&seed=1', 'ko')).toBe('/?seed=1');
  });
});
