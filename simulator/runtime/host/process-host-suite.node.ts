/**
 * The behaviour every ProcessHost must show, run against real workers. A host's test
 * calls processHostSuite with a factory; the programs are the committed test builds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SystemError } from '../../errors';
import { changes, formatChanges } from '../../fs/changes';
import { Overlay } from '../../fs/overlay';
import { FSPROBE_CHANGES, FSPROBE_STDOUT, fsprobeLayer } from '../wasi/fsprobe-fixture';
import { testdataWasm, userlandWasm } from '../../userland/programs.node';
import type { ProcessHost, ProcessPoolOptions, ProcessSpec, ProcessStdio } from './types';

export interface Captured extends ProcessStdio {
  /** Each write as "1:text" or "2:text", in arrival order. */
  readonly log: string[];
  bytes(fd: 1 | 2): Uint8Array;
  text(fd: 1 | 2): string;
}

export function capture(): Captured {
  const decoder = new TextDecoder();
  const chunks: Array<[number, Uint8Array]> = [];
  const log: string[] = [];
  const bytes = (fd: 1 | 2): Uint8Array => {
    const parts = chunks.filter(([f]) => f === fd).map(([, d]) => d);
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
      out.set(p, offset);
      offset += p.length;
    }
    return out;
  };
  const push = (fd: number, data: Uint8Array): void => {
    chunks.push([fd, data]);
    log.push(`${fd}:${decoder.decode(data)}`);
  };
  return { log, bytes, text: (fd) => decoder.decode(bytes(fd)), stdout: (d) => push(1, d), stderr: (d) => push(2, d) };
}

export function processHostSuite(name: string, createHost: (options?: ProcessPoolOptions) => ProcessHost): void {
  describe(`${name}: ProcessHost behaviour`, () => {
    let host: ProcessHost;
    const program = async (file: 'hello' | 'args' | 'spin' | 'interleave' | 'sleep' | 'trap', args: string[] = [file], env: string[] = []): Promise<ProcessSpec> => {
      const bytes = file === 'hello' ? userlandWasm(file) : testdataWasm(file);
      return { moduleKey: `test:${file}`, module: await host.compile(`test:${file}`, bytes), args, env };
    };

    beforeAll(async () => {
      host = createHost({ idleWorkers: 2 });
      await host.warm();
    });
    afterAll(() => host.dispose());

    it('runs hello-world: the message on stdout, nothing on stderr, exit 0', async () => {
      const out = capture();
      expect(await host.spawn(await program('hello', ['/hello']), out).exited).toBe(0);
      expect(out.text(1)).toMatch(/^\nHello from Docker!\n[^]*get-started\/\n\n$/);
      expect(out.bytes(2)).toHaveLength(0);
    });

    it('passes argv and env, and exits with the status asked for', async () => {
      const out = capture();
      const spec = await program('args', ['args', '42', 'x y'], ['PATH=/bin', 'HOSTNAME=abc']);
      expect(await host.spawn(spec, out).exited).toBe(42);
      expect(out.text(1)).toBe('argc=3\nargv[0]=args\nargv[1]=42\nargv[2]=x y\nenv[0]=PATH=/bin\nenv[1]=HOSTNAME=abc\n');
      expect(await host.spawn(await program('args', ['args', '257']), capture()).exited).toBe(1);
    });

    it('keeps the order of stdout and stderr writes', async () => {
      const out = capture();
      expect(await host.spawn(await program('interleave', ['interleave', '500']), out).exited).toBe(0);
      const expected = Array.from({ length: 500 }, (_, i) => `o${i}\ne${i}\n`).join('');
      const merged = out.log.map((entry) => entry.slice(2)).join('');
      expect(merged).toBe(expected);
      // Each delivery belongs to one stream: no stderr bytes in stdout chunks, and back.
      expect(out.log.filter((entry) => !(entry.startsWith('1:') ? /^[o\d\n]+$/ : /^[e\d\n]+$/).test(entry.slice(2)))).toEqual([]);
    });

    it('SIGKILL ends a spinning process with 137, and the pool runs the next one', async () => {
      const spinning = host.spawn(await program('spin'), capture());
      spinning.kill(9);
      expect(await spinning.exited).toBe(137);
      const out = capture();
      expect(await host.spawn(await program('hello'), out).exited).toBe(0);
      expect(out.text(1)).toContain('Hello from Docker!');
    });

    it('kills a process while it sleeps in poll_oneoff', async () => {
      const out = capture();
      const sleeping = host.spawn(await program('sleep', ['sleep', '60000']), out);
      await new Promise<void>((resolve) => {
        const check = (): void => void (out.log.length > 0 ? resolve() : setTimeout(check, 5));
        check();
      });
      expect(out.text(1)).toBe('sleeping\n');
      sleeping.kill(9);
      expect(await sleeping.exited).toBe(137);
    });

    it('records other signals and lets the process run on', async () => {
      const handle = host.spawn(await program('sleep', ['sleep', '30']), capture());
      handle.kill(15);
      expect(handle.signals).toEqual([15]);
      expect(await handle.exited).toBe(0);
    });

    it('runs processes side by side', async () => {
      const spinners = await Promise.all([1, 2, 3].map(async () => host.spawn(await program('spin'), capture())));
      const outs = [capture(), capture(), capture()];
      const statuses = await Promise.all(outs.map(async (out, i) => host.spawn(await program('args', ['args', String(i)]), out).exited));
      expect(statuses).toEqual([0, 1, 2]);
      for (const s of spinners) s.kill(9);
      expect(await Promise.all(spinners.map((s) => s.exited))).toEqual([137, 137, 137]);
    });

    it('gives a process its file system: fsprobe reads the layer and changes the overlay', async () => {
      const module = await host.compile('test:fsprobe', testdataWasm('fsprobe'));
      const overlays = [new Overlay([fsprobeLayer()]), new Overlay([fsprobeLayer()])];
      const outs = [capture(), capture()];
      // Two at once: each worker blocks on its own channel while the host serves both.
      const statuses = await Promise.all(
        overlays.map((fs, i) => host.spawn({ moduleKey: 'test:fsprobe', module, args: ['fsprobe'], env: [], fs }, outs[i]!).exited),
      );
      expect(outs.map((out) => out.text(2))).toEqual(['', '']);
      expect(outs.map((out) => out.text(1))).toEqual([FSPROBE_STDOUT, FSPROBE_STDOUT]);
      expect(statuses).toEqual([0, 0]);
      for (const fs of overlays) {
        expect(formatChanges(changes(fs))).toEqual(FSPROBE_CHANGES);
        expect(new TextDecoder().decode(fs.readFile('/tmp/renamed.txt'))).toBe('Jello');
      }
    });

    it('a process without a file system sees none', async () => {
      const out = capture();
      const module = await host.compile('test:fsprobe', testdataWasm('fsprobe'));
      expect(await host.spawn({ moduleKey: 'test:fsprobe', module, args: ['fsprobe'], env: [] }, out).exited).toBe(1);
      expect(out.text(1)).toBe('read-layer=ENOTCAPABLE\n');
    });

    it('reports a trap as death by signal', async () => {
      expect(await host.spawn(await program('trap'), capture()).exited).toBe(134);
    });

    it('rejects with a SystemError for a module that is not a WASI command', async () => {
      const bytes = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
      const spec = { moduleKey: 'test:empty', module: await host.compile('test:empty', bytes), args: ['x'], env: [] };
      const error = await host.spawn(spec, capture()).exited.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SystemError);
      expect((error as SystemError).message).toMatch(/^exec format error/);
    });

    it('queues beyond maxWorkers', async () => {
      const small = createHost({ idleWorkers: 0, maxWorkers: 1 });
      try {
        const module = await small.compile('test:spin', testdataWasm('spin'));
        const spinning = small.spawn({ moduleKey: 'test:spin', module, args: ['spin'], env: [] }, capture());
        const hello = await small.compile('test:hello', userlandWasm('hello'));
        const out = capture();
        const waiting = small.spawn({ moduleKey: 'test:hello', module: hello, args: ['/hello'], env: [] }, out);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(out.log).toEqual([]);
        spinning.kill(9);
        expect(await waiting.exited).toBe(0);
        expect(out.text(1)).toContain('Hello from Docker!');
      } finally {
        await small.dispose();
      }
    });
  });
}
