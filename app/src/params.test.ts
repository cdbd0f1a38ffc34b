import { describe, expect, it } from 'vitest';
import { readStartupParams, urlWithLanguage, urlWithPresenter } from './params';

describe('readStartupParams', () => {
  it('defaults to Korean and no seed', () => {
    expect(readStartupParams('')).toEqual({ language: 'ko', seed: undefined, present: false });
  });

  it('reads lang and seed', () => {
    expect(readStartupParams('?lang=en&seed=1')).toEqual({ language: 'en', seed: 1, present: false });
    expect(readStartupParams('?seed=42&lang=ko')).toEqual({ language: 'ko', seed: 42, present: false });
    expect(readStartupParams('?seed=0')).toEqual({ language: 'ko', seed: 0, present: false });
  });

  it('ignores unknown languages and malformed seeds', () => {
    expect(readStartupParams('?lang=fr&seed=abc')).toEqual({ language: 'ko', seed: undefined, present: false });
    expect(readStartupParams('?seed=1.5')).toEqual({ language: 'ko', seed: undefined, present: false });
    expect(readStartupParams('?seed=99999999999999999999')).toEqual({ language: 'ko', seed: undefined, present: false });
  });
});

describe('urlWithLanguage', () => {
  it('sets or drops lang and keeps the other parameters', () => {
    expect(urlWithLanguage('http://h/?seed=1', 'en')).toBe('/?seed=1&lang=en');
    expect(urlWithLanguage('http://h/?lang=en&seed=1', 'ko')).toBe('/?seed=1');
    expect(urlWithLanguage('http://h/?present&seed=1', 'en')).toBe('/?present&seed=1&lang=en');
  });
});

describe('presenter mode', () => {
  it('is on with ?present and off without it or with ?present=0', () => {
    expect(readStartupParams('?present').present).toBe(true);
    expect(readStartupParams('?seed=1&present=1').present).toBe(true);
    expect(readStartupParams('?present=0').present).toBe(false);
    expect(readStartupParams('?present=false').present).toBe(false);
    expect(readStartupParams('?seed=1').present).toBe(false);
  });

  it('adds or drops present in the URL and keeps the other parameters', () => {
    expect(urlWithPresenter('http://h/?seed=1', true)).toBe('/?seed=1&present');
    expect(urlWithPresenter('http://h/?present&seed=1', false)).toBe('/?seed=1');
    expect(urlWithPresenter('http://h/', true)).toBe('/?present');
  });
});
