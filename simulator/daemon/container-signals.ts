/**
 * Signal names and numbers as the daemon reads them for `docker kill -s` and
 * `docker stop -s` (moby's signal.ParseSignal and the Linux signal table).
 */
import { InvalidArgumentError } from '../errors';

export const SIGKILL = 9;
export const SIGTERM = 15;
export const SIGCONT = 18;
export const SIGSTOP = 19;

const BASE: Record<string, number> = {
  ABRT: 6,
  ALRM: 14,
  BUS: 7,
  CHLD: 17,
  CLD: 17,
  CONT: 18,
  FPE: 8,
  HUP: 1,
  ILL: 4,
  INT: 2,
  IO: 29,
  IOT: 6,
  KILL: 9,
  PIPE: 13,
  POLL: 29,
  PROF: 27,
  PWR: 30,
  QUIT: 3,
  SEGV: 11,
  STKFLT: 16,
  STOP: 19,
  SYS: 31,
  TERM: 15,
  TRAP: 5,
  TSTP: 20,
  TTIN: 21,
  TTOU: 22,
  URG: 23,
  USR1: 10,
  USR2: 12,
  VTALRM: 26,
  WINCH: 28,
  XCPU: 24,
  XFSZ: 25,
};

/** The Linux signal table: names without "SIG", real-time signals included. */
export const SIGNALS: Readonly<Record<string, number>> = (() => {
  const map: Record<string, number> = { ...BASE, RTMIN: 34, RTMAX: 64 };
  for (let i = 1; i <= 15; i++) {
    map[`RTMIN+${i}`] = 34 + i;
    map[`RTMAX-${i}`] = 64 - i;
  }
  return map;
})();

const VALID = new Set(Object.values(SIGNALS));

/**
 * A signal given by name ("TERM", "SIGTERM", "sigterm") or number, as ParseSignal reads it;
 * throws Docker's "Invalid signal: …" for anything else.
 */
export function parseSignal(raw: string): number {
  if (/^[+-]?\d+$/.test(raw)) {
    const n = Number(raw);
    if (n === 0) throw new InvalidArgumentError(`Invalid signal: ${raw}`);
    return n;
  }
  const name = raw.toUpperCase().replace(/^SIG/, '');
  const signal = SIGNALS[name];
  if (signal === undefined) throw new InvalidArgumentError(`Invalid signal: ${raw}`);
  return signal;
}

/** parseSignal plus the daemon's check that Linux has that signal. */
export function parsePlatformSignal(raw: string): number {
  const signal = parseSignal(raw);
  if (!VALID.has(signal)) throw new InvalidArgumentError(`the linux daemon does not support signal ${signal}`);
  return signal;
}
