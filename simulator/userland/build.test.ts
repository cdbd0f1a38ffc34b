import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testdataWasm, userlandWasm } from './programs.node';

const script = fileURLToPath(new URL('./build.sh', import.meta.url));
const hasWasmClang = spawnSync('clang', ['--target=wasm32-wasi', '-print-target-triple']).status === 0;

describe('userland build', () => {
  it.skipIf(!hasWasmClang)('committed .wasm files are exactly what build.sh makes of their sources', () => {
    const out = execFileSync('bash', [script, '--check'], { encoding: 'utf8' });
    expect(out).toContain('all .wasm files match their sources');
  }, 180_000);

  it('the committed programs are WebAssembly modules', () => {
    for (const bytes of [userlandWasm('hello'), testdataWasm('args')]) {
      expect(Array.from(bytes.subarray(0, 8))).toEqual([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    }
  });
});
