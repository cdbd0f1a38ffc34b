/** Main side: compiled modules by key, so each program's bytes are compiled once. */
import { wasm, type WasmModule } from '../wasi/wasm-api';

export class ModuleCache {
  private readonly modules = new Map<string, Promise<WasmModule>>();

  compile(key: string, bytes: Uint8Array): Promise<WasmModule> {
    let module = this.modules.get(key);
    if (!module) {
      module = wasm.compile(bytes);
      this.modules.set(key, module);
      // A failed compile is not cached: the next call tries again.
      module.catch(() => {
        if (this.modules.get(key) === module) this.modules.delete(key);
      });
    }
    return module;
  }
}
