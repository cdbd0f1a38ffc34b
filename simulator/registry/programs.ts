/**
 * Where the built WASI programs live. `new URL(…, import.meta.url)` is plain ES: Vite turns
 * it into an asset URL for the browser, and in Node it is a file: URL.
 */
export const programUrls: Readonly<Record<string, URL>> = {
  hello: new URL('../userland/bin/hello.wasm', import.meta.url),
  busybox: new URL('../userland/bin/busybox.wasm', import.meta.url),
  coreutils: new URL('../userland/bin/coreutils.wasm', import.meta.url),
  bash: new URL('../userland/bin/bash.wasm', import.meta.url),
  dash: new URL('../userland/bin/dash.wasm', import.meta.url),
  httpd: new URL('../userland/bin/httpd.wasm', import.meta.url),
  nginx: new URL('../userland/bin/nginx.wasm', import.meta.url),
  cowsay: new URL('../userland/bin/cowsay.wasm', import.meta.url),
};

/** Reads the bytes behind a URL: fetch in the browser, the file system in Node. */
export type FetchBytes = (url: URL) => Promise<Uint8Array>;

export const fetchBytesWithFetch: FetchBytes = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url.href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/** Loads a program's module bytes by name, once. */
export class ProgramLoader {
  private readonly cache = new Map<string, Promise<Uint8Array>>();
  constructor(private readonly fetchBytes: FetchBytes) {}

  load(name: string): Promise<Uint8Array> {
    let pending = this.cache.get(name);
    if (!pending) {
      const url = programUrls[name];
      if (!url) return Promise.reject(new Error(`no program named ${name}`));
      pending = this.fetchBytes(url);
      this.cache.set(name, pending);
    }
    return pending;
  }
}
