/**
 * When a program traps, a real process would have died of a signal. Gorae reports the
 * signal a native build of the same program would most likely have got, so exit
 * statuses read as Docker users expect: abort() → SIGABRT (134), a bad memory access
 * or a stack overflow → SIGSEGV (139), division by zero → SIGFPE (136).
 */
import { wasm } from './wasm-api';

export const SIGABRT = 6;
export const SIGFPE = 8;
export const SIGSEGV = 11;

export interface Trap {
  readonly signal: number;
  readonly message: string;
}

/** The trap behind an exception thrown out of a program, or null when it is not one. */
export function trapOf(error: unknown): Trap | null {
  if (error instanceof wasm.RuntimeError) {
    const message = error.message;
    if (/unreachable/i.test(message)) return { signal: SIGABRT, message };
    if (/divide by zero|remainder by zero|integer overflow|unrepresentable|invalid conversion/i.test(message)) {
      return { signal: SIGFPE, message };
    }
    return { signal: SIGSEGV, message };
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return { signal: SIGSEGV, message: error.message };
  }
  return null;
}
