/** Node-only access to the built userland, for tests, benchmarks and the sim. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The bytes of bin/<name>.wasm: a program that goes into images. */
export function userlandWasm(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${here}bin/${name}.wasm`));
}

/** The bytes of testdata/bin/<name>.wasm: a program built for tests. */
export function testdataWasm(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${here}testdata/bin/${name}.wasm`));
}
