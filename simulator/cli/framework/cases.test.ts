import { describe, expect, it } from 'vitest';
import { parseDockerArgs, type ParseResult } from './index';
import cases from './testdata/cases.json';

const HOME = '/home/student';
const REACHED_DAEMON = 'GORAE-REACHED-DAEMON';

interface Captured {
  argv: string[];
  columns: number;
  stdout: string;
  stderr: string;
  code: number;
}

/** What the real client printed before it contacted the daemon or ran the command itself. */
function outputOf(r: ParseResult): { stdout: string; stderr: string; code: number } {
  let stdout = '';
  let stderr = '';
  for (const n of r.notices ?? []) {
    if (n.stream === 'stdout') stdout += n.text;
    else stderr += n.text;
  }
  if (r.kind === 'help') {
    if (r.stream === 'stdout') stdout += withoutPlugins(r.text);
    else stderr += withoutPlugins(r.text);
    return { stdout, stderr, code: r.exitCode };
  }
  if (r.kind === 'error') return { stdout, stderr: stderr + r.stderr, code: r.exitCode };
  if (r.kind === 'version') return { stdout: stdout + 'Docker version 28.2.2, build e6534b4\n', stderr, code: 0 };
  return { stdout, stderr, code: -1 };
}

/**
 * The capture machine has no buildx, so docker printed this notice before `build`/`builder`
 * commands; Gorae lists buildx as installed and leaves that to the command handlers.
 */
const LEGACY_BUILDER = /^DEPRECATED: The legacy builder is deprecated[\s\S]*?\n\n/;

/** The capture machine has no CLI plugins; Gorae's root help lists buildx and compose. */
const withoutPlugins = (text: string): string => text.replace(/^ {2}(buildx|compose)\*.*\n/gm, '');

/**
 * Known differences, by argv. Global flags pointing docker at another daemon (or TLS) made
 * the capture lose its stand-in daemon, so docker listed swarm commands it otherwise hides.
 */
const KNOWN_GAPS = new Map<string, string>([
  ...['--context=x', '--host=x', '--host=', '--tlscacert=', '--tlscert=', '--tlskey='].map(
    (a) => [JSON.stringify([a]), 'capture lost the stand-in daemon'] as [string, string],
  ),
  // The capture machine has no CLI plugins; Gorae ships buildx and compose (run as plugins).
  [JSON.stringify(['buildx']), 'no plugins on the capture machine'],
  [JSON.stringify(['compose', 'up']), 'no plugins on the capture machine'],
]);

/** Command lines docker accepts, whose errors then come from the command's own code. */
const COMMAND_ERRORS = new Set<string>(
  [
    ['run', '--', '--help'],
    ['run', '-', 'x'],
    ...['builder', 'container', 'image', 'network', 'system', 'volume'].map((c) => [c, 'prune', '--filter=']),
    ...['x', ''].flatMap((v) => [
      ['context', 'inspect', `--format=${v}`],
      ['context', 'ls', `--format=${v}`],
      ['image', 'load', `--input=${v}`],
      ['image', 'load', `--platform=${v}`],
      ['login', `--password=${v}`],
      ['login', `--username=${v}`],
      ['stack', 'config', `--compose-file=${v}`],
      ['swarm', 'init', `--availability=${v}`],
    ]),
    ['system', 'events', '--since=x'],
    ['system', 'events', '--until=x'],
  ].map((a) => JSON.stringify(a)),
);

describe('command lines parse as docker 28.2.2 parses them', () => {
  for (const raw of cases as Captured[]) {
    const c = { ...raw, stderr: raw.stderr.replace(LEGACY_BUILDER, '') };
    const key = JSON.stringify(c.argv);
    const test = KNOWN_GAPS.has(key) ? it.skip : it;
    test(`docker ${c.argv.join(' ')}`, () => {
      const r = parseDockerArgs(c.argv, { columns: c.columns, home: HOME });
      const ours = outputOf(r);
      if (c.stderr.includes(REACHED_DAEMON) || COMMAND_ERRORS.has(key)) {
        expect(r.kind, JSON.stringify(r)).toBe('run');
        expect(c.stdout.startsWith(ours.stdout)).toBe(true);
        expect(c.stderr.startsWith(ours.stderr)).toBe(true);
        return;
      }
      expect(ours).toEqual({ stdout: c.stdout, stderr: c.stderr, code: c.code });
    });
  }
});
