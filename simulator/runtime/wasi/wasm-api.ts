/**
 * The few parts of the WebAssembly JavaScript API the runtime uses, typed here so the
 * runtime compiles the same with the WebWorker typings and with Node's (which do not
 * declare `WebAssembly`). At run time these are the platform's own objects.
 */

/**
 * A compiled module (`WebAssembly.Module`). Opaque; structured-clonable to workers.
 * The optional brand only keeps unrelated objects from passing for one by accident.
 */
export interface WasmModule {
  readonly __wasmModule?: never;
}

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

export type WasmImports = Record<string, Record<string, unknown>>;

interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  Instance: new (module: WasmModule, imports: WasmImports) => WasmInstance;
  Memory: abstract new (...args: never[]) => WasmMemory;
  Module: abstract new (...args: never[]) => WasmModule;
  RuntimeError: abstract new (...args: never[]) => Error;
  LinkError: abstract new (...args: never[]) => Error;
  CompileError: abstract new (...args: never[]) => Error;
}

export const wasm: WasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
