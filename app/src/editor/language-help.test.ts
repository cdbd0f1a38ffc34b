import { describe, expect, it } from 'vitest';
import { catalog } from '../../../simulator/registry/catalog';
import { editorEn, editorKo } from '../i18n/editor';
import { completionsAt, continuesPrevious, helpKey, imageChoices, INSTRUCTIONS, keywordAt } from './language-help';

describe('Dockerfile language help', () => {
  it('has Korean and English help for every instruction, in 해요체', () => {
    for (const name of INSTRUCTIONS) {
      const key = helpKey(name)!;
      expect(key, name).toBe(`editor.help.${name}`);
      expect(editorKo[key], name).toMatch(/요\.$/);
      expect(editorEn[key], name).not.toBe('');
    }
    expect(helpKey('from')).toBe('editor.help.FROM');
    expect(helpKey('alpine')).toBeUndefined();
  });

  it('finds the keyword under the cursor, also after ONBUILD, never in a continuation', () => {
    expect(keywordAt('  RUN echo', 4, false)).toEqual({ keyword: 'RUN', startColumn: 3, endColumn: 6 });
    expect(keywordAt('RUN echo', 6, false)).toBeUndefined();
    expect(keywordAt('ONBUILD COPY . /app', 10, false)).toEqual({ keyword: 'COPY', startColumn: 9, endColumn: 13 });
    expect(keywordAt('RUN echo', 2, true)).toBeUndefined();
    expect(continuesPrevious(['RUN a \\', '# note', 'RUN b'], 2)).toBe(true);
    expect(continuesPrevious(['RUN a', 'RUN b'], 1)).toBe(false);
  });

  it('offers instructions at the start of a line, in the case being typed', () => {
    const upper = completionsAt('RU', 3, false, [])!;
    expect(upper.startColumn).toBe(1);
    expect(upper.entries.map((e) => e.label)).toEqual([...INSTRUCTIONS]);
    expect(upper.entries[1]).toEqual({ label: 'RUN', insertText: 'RUN ', kind: 'keyword', help: 'editor.help.RUN' });
    expect(completionsAt('  co', 5, false, [])!.entries.find((e) => e.label === 'copy')).toMatchObject({ insertText: 'copy ' });
    expect(completionsAt('  co', 5, false, [])!.startColumn).toBe(3);
    expect(completionsAt('RUN ap', 7, false, [])).toBeUndefined();
    expect(completionsAt('  apk add', 5, true, [])).toBeUndefined();
  });

  it('offers the built-in registry’s images after FROM, not after AS', () => {
    const images = imageChoices(catalog);
    const names = images.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['alpine', 'hello-world', 'httpd', 'httpd:2.4', 'nginx', 'docker/getting-started']));
    expect(names.some((n) => n.startsWith('library/'))).toBe(false);
    const from = completionsAt('FROM al', 8, false, images)!;
    expect(from.startColumn).toBe(6);
    expect(from.entries.find((e) => e.label === 'alpine')).toMatchObject({ kind: 'image', insertText: 'alpine' });
    expect(completionsAt('from --platform=linux/amd64 ', 29, false, images)!.startColumn).toBe(29);
    expect(completionsAt('FROM alpine AS b', 17, false, images)).toBeUndefined();
  });
});
