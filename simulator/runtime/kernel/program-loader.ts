/**
 * Loads programs the way execve does: finds the file (a bare name through $PATH), runs
 * a "#!" script's interpreter with the script's path, and compiles a WebAssembly file
 * once per content. Failures are errno names, as the kernel returns them.
 */
import { digestOf } from '../../digest';
import { isFsError, type FileSystem } from '../../fs';
import type { ProcessHost, WasmModule } from '../host/types';
import { DEFAULT_PATH } from '../tasks/resolve-executable';
import { instrumentPreemption } from './instrument';
import { limitPages, withMemoryLimit } from './memory-limit';

export interface LoadedProgram {
  path: string;
  argv: string[];
  moduleKey: string;
  module: WasmModule;
  /** Bytes of the module, for a rough size of the process. */
  size: number;
  /** The cap on its linear memory, in bytes, when it has one. */
  memoryLimit?: number;
}

export class LoadError extends Error {
  constructor(readonly errno: 'ENOENT' | 'EACCES' | 'ENOEXEC' | 'ENOTDIR' | 'ELOOP') {
    super(errno);
  }
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
const MAX_INTERPRETERS = 4;
const decoder = new TextDecoder();

export class ProgramLoader {
  /**
   * Module keys by where a file's bytes live: a file's content is shared (often as a view
   * into its layer's data) until written, so each content is hashed once however many
   * processes run it.
   */
  private readonly keys = new WeakMap<ArrayBufferLike, Map<string, string>>();

  private keyOf(bytes: Uint8Array): string {
    let byView = this.keys.get(bytes.buffer);
    if (!byView) {
      byView = new Map();
      this.keys.set(bytes.buffer, byView);
    }
    const where = `${bytes.byteOffset}:${bytes.byteLength}`;
    let key = byView.get(where);
    if (!key) {
      key = digestOf(bytes);
      byView.set(where, key);
    }
    return key;
  }

  /** Programs with their preemption points (instrument.ts), by module key. */
  private readonly instrumented = new Map<string, Uint8Array>();

  constructor(private readonly host: ProcessHost) {}

  private preemptible(key: string, bytes: Uint8Array): Uint8Array {
    let out = this.instrumented.get(key);
    if (!out) {
      out = instrumentPreemption(bytes);
      this.instrumented.set(key, out);
    }
    return out;
  }

  /** The absolute path `name` runs, or a LoadError. */
  find(fs: FileSystem, name: string, env: readonly string[], cwd: string): string {
    if (name === '') throw new LoadError('ENOENT');
    if (name.includes('/')) return name.startsWith('/') ? name : `${cwd.replace(/\/$/, '')}/${name}`;
    const pathVar = env.find((e) => e.startsWith('PATH='))?.slice(5) ?? DEFAULT_PATH;
    let denied = false;
    for (const dir of pathVar.split(':')) {
      if (!dir) continue;
      const path = `${dir.replace(/\/$/, '')}/${name}`;
      try {
        const st = fs.stat(path);
        if (st.type !== 'file') continue;
        if ((st.mode & 0o111) !== 0) return path;
        denied = true;
      } catch (err) {
        if (!isFsError(err)) throw err;
      }
    }
    throw new LoadError(denied ? 'EACCES' : 'ENOENT');
  }

  /** `memoryLimit`: bytes of linear memory the program may have (docker run -m); 0 for none. */
  async load(fs: FileSystem, name: string, argv: readonly string[], env: readonly string[], cwd: string, memoryLimit = 0): Promise<LoadedProgram> {
    let path = this.find(fs, name, env, cwd);
    let args = [...argv];
    for (let depth = 0; ; depth++) {
      const bytes = this.readExecutable(fs, path);
      if (bytes.length >= 4 && WASM_MAGIC.every((b, i) => bytes[i] === b)) {
        const key = this.keyOf(bytes);
        const code = this.preemptible(key, bytes);
        if (memoryLimit > 0) {
          const pages = limitPages(memoryLimit);
          const limitedKey = `${key}+max-pages=${pages}`;
          const module = await this.host.compile(limitedKey, withMemoryLimit(code, pages));
          return { path, argv: args, moduleKey: limitedKey, module, size: bytes.length, memoryLimit: pages * 65536 };
        }
        const module = await this.host.compile(key, code);
        return { path, argv: args, moduleKey: key, module, size: bytes.length };
      }
      if (bytes[0] !== 0x23 || bytes[1] !== 0x21) throw new LoadError('ENOEXEC');
      if (depth >= MAX_INTERPRETERS) throw new LoadError('ELOOP');
      const end = bytes.indexOf(0x0a);
      const line = decoder.decode(bytes.subarray(2, end < 0 ? Math.min(bytes.length, 256) : end)).trim();
      const space = line.search(/[ \t]/);
      const interpreter = space < 0 ? line : line.slice(0, space);
      const optional = space < 0 ? '' : line.slice(space).trim();
      if (interpreter === '') throw new LoadError('ENOEXEC');
      args = [interpreter, ...(optional ? [optional] : []), path, ...args.slice(1)];
      path = interpreter.startsWith('/') ? interpreter : `${cwd.replace(/\/$/, '')}/${interpreter}`;
    }
  }

  private readExecutable(fs: FileSystem, path: string): Uint8Array {
    let st;
    try {
      st = fs.stat(path);
    } catch (err) {
      if (isFsError(err)) throw new LoadError(err.errno === 'ENOTDIR' ? 'ENOTDIR' : err.errno === 'ELOOP' ? 'ELOOP' : 'ENOENT');
      throw err;
    }
    if (st.type !== 'file' || (st.mode & 0o111) === 0) throw new LoadError('EACCES');
    return fs.readFile(path);
  }
}
