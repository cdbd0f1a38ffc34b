/**
 * Dockerfile help for the editor: instruction completion, image-name completion after FROM
 * (from the built-in registry's catalogue), and the hover text for each instruction. Pure:
 * works on line text and plain lists.
 */
import type { EditorMessageKey } from '../i18n/editor';

/** The instructions students write, in the order Docker's reference lists them. */
export const INSTRUCTIONS = [
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
] as const;

export type InstructionName = (typeof INSTRUCTIONS)[number] | 'MAINTAINER';

const HELP: ReadonlySet<string> = new Set<string>([...INSTRUCTIONS, 'MAINTAINER']);

/** The i18n key of an instruction's help, or undefined for a word that is not one. */
export function helpKey(word: string): EditorMessageKey | undefined {
  const upper = word.toUpperCase();
  return HELP.has(upper) ? (`editor.help.${upper as InstructionName}` as const) : undefined;
}

/** Where the instruction keyword of a line is: 1-based columns, end exclusive. */
export interface KeywordAt {
  keyword: string;
  startColumn: number;
  endColumn: number;
}

/**
 * The instruction keyword under `column` on `line`: the first word of a line that does not
 * continue the previous one, or the word after ONBUILD.
 */
export function keywordAt(line: string, column: number, continuesPrevious: boolean): KeywordAt | undefined {
  if (continuesPrevious) return undefined;
  const re = /^(\s*)([A-Za-z]+)(?:(\s+)([A-Za-z]+))?/;
  const m = re.exec(line);
  if (!m) return undefined;
  const first = m[2] ?? '';
  const firstStart = (m[1] ?? '').length + 1;
  const candidates: KeywordAt[] = [{ keyword: first, startColumn: firstStart, endColumn: firstStart + first.length }];
  if (first.toUpperCase() === 'ONBUILD' && m[4]) {
    const secondStart = firstStart + first.length + (m[3] ?? '').length;
    candidates.push({ keyword: m[4], startColumn: secondStart, endColumn: secondStart + m[4].length });
  }
  return candidates.find((c) => column >= c.startColumn && column <= c.endColumn && helpKey(c.keyword) !== undefined);
}

/** True when line `index` (0-based) of `lines` continues the instruction of the line above. */
export function continuesPrevious(lines: readonly string[], index: number, escape = '\\'): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const text = (lines[i] ?? '').replace(/[ \t]+$/, '');
    if (/^\s*#/.test(text)) continue; // comments inside an instruction are skipped
    if (text === '') return false;
    return text.endsWith(escape) && !text.endsWith(escape + escape);
  }
  return false;
}

export interface ImageChoice {
  /** `alpine`, `httpd:2.4`, `docker/getting-started` */
  name: string;
  description: string;
}

/** Image names for completion: each repository and each of its tags, without `library/`. */
export function imageChoices(definitions: ReadonlyArray<{ repository: string; tags: readonly string[]; description: string }>): ImageChoice[] {
  const seen = new Map<string, ImageChoice>();
  for (const def of definitions) {
    const repo = def.repository.replace(/^library\//, '');
    if (!seen.has(repo)) seen.set(repo, { name: repo, description: def.description });
    for (const tag of def.tags) {
      const name = `${repo}:${tag}`;
      if (!seen.has(name)) seen.set(name, { name, description: def.description });
    }
  }
  return [...seen.values()];
}

export interface CompletionEntry {
  label: string;
  insertText: string;
  kind: 'keyword' | 'image';
  /** Instruction help key, or the image's description. */
  help?: EditorMessageKey;
  detail?: string;
}

export interface Completions {
  entries: CompletionEntry[];
  /** 1-based column where the replaced word starts (ends at the cursor). */
  startColumn: number;
}

/**
 * What to offer at `column` (1-based, the cursor) on `line`: instructions at the start of an
 * instruction line (in the case the student started typing), image names after FROM.
 */
export function completionsAt(
  line: string,
  column: number,
  continues: boolean,
  images: readonly ImageChoice[],
): Completions | undefined {
  const before = line.slice(0, column - 1);
  if (!continues) {
    const keyword = /^(\s*)([A-Za-z]*)$/.exec(before);
    if (keyword) {
      const typed = keyword[2] ?? '';
      const lower = typed !== '' && typed === typed.toLowerCase();
      return {
        startColumn: (keyword[1] ?? '').length + 1,
        entries: INSTRUCTIONS.map((name) => {
          const label = lower ? name.toLowerCase() : name;
          return { label, insertText: `${label} `, kind: 'keyword' as const, help: `editor.help.${name}` as const };
        }),
      };
    }
    // FROM [--platform=…] image — but not the stage name after AS.
    const from = /^\s*from\s+(?:--\S+\s+)*(\S*)$/i.exec(before);
    if (from) {
      const typed = from[1] ?? '';
      return {
        startColumn: column - typed.length,
        entries: images.map((image) => ({ label: image.name, insertText: image.name, kind: 'image' as const, detail: image.description })),
      };
    }
  }
  return undefined;
}
