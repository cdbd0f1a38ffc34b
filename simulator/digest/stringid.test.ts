import { describe, expect, it } from 'vitest';
import { truncateId } from './index';

describe('truncateId', () => {
  it('drops the algorithm and keeps 12 characters', () => {
    expect(truncateId('sha256:6a4c1012810436996f985e61b11d6e7838afd7de7fa42be7e79ff97c2cf29409')).toBe('6a4c10128104');
    expect(truncateId('6a4c1012810436996f985e61b11d6e7838afd7de7fa42be7e79ff97c2cf29409')).toBe('6a4c10128104');
  });

  it('keeps short IDs whole and cuts at the first colon', () => {
    expect(truncateId('abc')).toBe('abc');
    expect(truncateId('')).toBe('');
    expect(truncateId('a:b:c')).toBe('b:c');
  });
});
