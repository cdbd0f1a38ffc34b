import type { CommandIO } from '../util/io';

/** The student's host shell: what runs each line typed at the terminal prompt. */
export interface Shell {
  /** The prompt to show, with ANSI colours, e.g. "student@gorae:~$ ". */
  prompt(): string;
  /** Runs one input line; resolves with its exit status (also kept as `$?`). */
  execute(line: string, io: CommandIO): Promise<number>;
  /** Candidate completions for the word at `cursor` in `line`. */
  complete(line: string, cursor: number): string[];
}
