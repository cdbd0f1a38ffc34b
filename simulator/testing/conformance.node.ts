/**
 * Conformance material lives beside the checkout in ../shared/conformance (CI has it there).
 * Tests read it from there and never copy it into the project. When it is absent the
 * conformance suites are skipped with a plain message, so the gap is visible.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const conformanceDir: string =
  process.env.GORAE_CONFORMANCE_DIR ?? resolve(projectRoot, '..', 'shared', 'conformance');

export const hasConformance: boolean = existsSync(conformanceDir);

let warned = false;
function warnMissing(): void {
  if (warned) return;
  warned = true;
  console.warn(
    `[conformance] ${conformanceDir} is missing: Docker conformance suites are SKIPPED. ` +
      'Put the shared/ folder beside the checkout (or set GORAE_CONFORMANCE_DIR) to run them.',
  );
}

/** Absolute path of a file inside the conformance folder. */
export function conformancePath(...parts: string[]): string {
  return join(conformanceDir, ...parts);
}

export function readConformanceText(...parts: string[]): string {
  return readFileSync(conformancePath(...parts), 'utf8');
}

export function readConformanceJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readConformanceText(...parts)) as T;
}

/** `describe` that runs only when the conformance material is present, and says so when not. */
export function describeConformance(name: string, body: () => void): void {
  if (!hasConformance) {
    warnMissing();
    // The body is not run: it would read the missing files while collecting its tests.
    describe.skip(`${name} (needs ../shared/conformance)`, () => {
      it('is skipped: ../shared/conformance is missing', () => {});
    });
    return;
  }
  describe(name, body);
}
