/**
 * Dev-only: asks the real docker client how a command behaves, by provoking its errors:
 * the usage line (from a flag error), the arguments rule (from argument-count errors) and
 * whether flags may follow positional arguments.
 */
import type { ArgsRule } from '../types';
import { docker } from './docker-probe.node.js';

export const PROBE_FLAG = '--zz-gorae-probe';

/** `docker build` without buildx prints this notice before anything else. */
const LEGACY_BUILDER_NOTICE = /^DEPRECATED: The legacy builder is deprecated[\s\S]*?\n\n/;

function run(args: string[], timeoutMs = 15000): { stdout: string; stderr: string } {
  const r = docker(args, { sandbox: true, timeoutMs });
  return { stdout: r.stdout, stderr: r.stderr.replace(LEGACY_BUILDER_NOTICE, '') };
}

/** The usage line and command path cobra prints in a flag error for this command. */
export function flagErrorUsage(path: readonly string[]): { useLine: string; commandPath: string } {
  const r = run([...path, PROBE_FLAG]);
  const m = /^unknown flag: --zz-gorae-probe\n\nUsage:  ([\s\S]*)\n\nRun '(.*) --help' for more information\n$/.exec(r.stderr);
  if (!m) throw new Error(`unexpected flag error for ${path.join(' ')}: ${JSON.stringify(r.stderr)}`);
  return { useLine: m[1] ?? '', commandPath: m[2] ?? '' };
}

const ARG_ERROR =
  /^docker: '.*' (requires at least (\d+) and at most (\d+) arguments|requires at least (\d+) arguments?|requires at most (\d+) arguments?|requires (\d+) arguments?|accepts no arguments)\n/;

function argError(path: readonly string[], args: string[]): ArgsRule | undefined {
  const r = run([...path, ...args]);
  const m = ARG_ERROR.exec(r.stderr);
  if (!m) return undefined;
  if (m[2] !== undefined) return { kind: 'range', min: Number(m[2]), max: Number(m[3]) };
  if (m[4] !== undefined) return { kind: 'min', n: Number(m[4]) };
  if (m[5] !== undefined) return { kind: 'max', n: Number(m[5]) };
  if (m[6] !== undefined) return { kind: 'exact', n: Number(m[6]) };
  return { kind: 'none' };
}

/** Finds the arguments rule by calling the command with 0, 1 and many arguments. */
export function probeArgsRule(path: readonly string[]): ArgsRule {
  const none = argError(path, []);
  if (none) return none;
  const one = argError(path, ['zzgorae']);
  if (one) return one;
  const many = argError(path, Array.from({ length: 12 }, (_, i) => `zzgorae${i}`));
  return many ?? { kind: 'any' };
}

/** True when a flag after a positional argument is still parsed as a flag. */
export function probeInterspersed(path: readonly string[]): boolean {
  const r = run([...path, 'zzgorae', PROBE_FLAG]);
  return r.stderr.startsWith(`unknown flag: ${PROBE_FLAG}\n`);
}

/** True when the flag exists for this command (whatever its value type). */
export function flagAccepted(path: readonly string[], flag: string): boolean {
  const r = run([...path, `--${flag}`, 'x', PROBE_FLAG]);
  return !r.stderr.includes(`unknown flag: --${flag}\n`);
}
