import { describe, expect, it } from 'vitest';
import { dockerCommand } from '../spec/data/root';
import type { CommandSpec } from '../spec/types';
import { renderHelp } from './index';
import help80 from './testdata/help-80.json';
import help120 from './testdata/help-120.json';

const HOME = '/home/student';

interface Captured {
  argv: string[];
  stdout: string;
  stderr: string;
  code: number;
}

/** The machine the goldens came from has no CLI plugins installed: render without them. */
const rootWithoutPlugins: CommandSpec = { ...dockerCommand, subcommands: (dockerCommand.subcommands ?? []).filter((c) => !c.plugin) };

function specAt(path: string[]): CommandSpec {
  let cmd: CommandSpec = rootWithoutPlugins;
  for (const name of path) {
    const sub = cmd.subcommands?.find((s) => s.name === name);
    if (!sub) throw new Error(`no command ${path.join(' ')}`);
    cmd = sub;
  }
  return cmd;
}

function check(goldens: Record<string, Captured>, columns: number): void {
  for (const [key, golden] of Object.entries(goldens)) {
    const path = key === '' ? [] : key.split(' ');
    // Help of commands the daemon does not support is an error line, covered by the parse cases.
    if (!golden.stdout.startsWith('Usage:')) continue;
    it(`docker ${key} --help at ${columns} columns`, () => {
      const text = renderHelp(specAt(path), ['docker', ...path].join(' '), { columns, home: HOME });
      expect(text).toBe(golden.stdout);
    });
  }
}

describe('help texts match docker 28.2.2', () => {
  check(help80 as Record<string, Captured>, 80);
  check(help120 as Record<string, Captured>, 120);
});
