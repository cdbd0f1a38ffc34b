/** Gorae's WASI preview1, over an abstract kernel. */
export * from './abi';
export { Errno } from './errno';
export { LocalWasiFs, WasiFsError, wasiErrno, type OpenResult, type WasiFs } from './fs';
export { closedStdin, type StdinSource, type WasiKernel } from './kernel';
export { createPreview1, type Preview1 } from './preview1';
export { PREVIEW1_FUNCTIONS, type Preview1Function } from './preview1-names';
export { ProcExit } from './proc-exit';
export { runWasi, type WasiExit } from './run';
export { trapOf, type Trap } from './trap';
export { wasm, type WasmImports, type WasmInstance, type WasmMemory, type WasmModule } from './wasm-api';
