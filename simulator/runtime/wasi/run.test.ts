import { describe, expect, it } from 'vitest';
import { SystemError } from '../../errors';
import { testdataWasm, userlandWasm } from '../../userland/programs.node';
import { createFakeKernel } from './fake-kernel.node';
import { runWasi } from './run';
import { wasm, type WasmModule } from './wasm-api';

const compile = (bytes: Uint8Array): Promise<WasmModule> => wasm.compile(bytes);

/** Hand-assembled modules that are valid WebAssembly but not WASI commands. */
const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const importsEnvF = new Uint8Array([...header, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x02, 0x09, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x01, 0x66, 0x00, 0x00]);
const memoryOnly = new Uint8Array([...header, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x0a, 0x01, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00]);

describe('runWasi', () => {
  it('runs hello: one write of the whole message, exit 0', async () => {
    const kernel = createFakeKernel();
    expect(runWasi(await compile(userlandWasm('hello')), kernel)).toEqual({ status: 0, memoryBytes: 2 * 65536 });
    expect(kernel.writes).toHaveLength(1);
    expect(kernel.text(1)).toMatch(/^\nHello from Docker!\n/);
    expect(new TextEncoder().encode(kernel.text(1))).toHaveLength(807);
  });

  it('passes argv and the environment; the exit status is the code low 8 bits', async () => {
    const module = await compile(testdataWasm('args'));
    const kernel = createFakeKernel({ args: ['args', '3', 'two words'], env: ['A=1', 'LANG=ko_KR.UTF-8'] });
    expect(runWasi(module, kernel).status).toBe(3);
    expect(kernel.text(1)).toBe('argc=3\nargv[0]=args\nargv[1]=3\nargv[2]=two words\nenv[0]=A=1\nenv[1]=LANG=ko_KR.UTF-8\n');
    expect(runWasi(module, createFakeKernel({ args: ['args', '300'] })).status).toBe(300 & 0xff);
    expect(runWasi(module, createFakeKernel({ args: ['args', '-1'] })).status).toBe(255);
  });

  it('behaves like a process with non-terminal stdio through libc', async () => {
    const kernel = createFakeKernel();
    expect(runWasi(await compile(testdataWasm('probe')), kernel).status).toBe(0);
    expect(kernel.text(1)).toBe(
      [
        'isatty0=no',
        'isatty1=no',
        'isatty2=no',
        'lseek1=ESPIPE',
        'write7=EBADF',
        'read0=eof',
        'read1=EBADF',
        'open=ENOTCAPABLE',
        'getentropy=ok',
        'entropy-nonzero=yes',
        'res-realtime=ok',
        'res-monotonic=ok',
        'time-after-2020=yes',
        'close2=ok',
        'write2=EBADF',
        'close2-again=EBADF',
        '',
      ].join('\n'),
    );
  });

  it('shows a terminal to isatty() when tty is set', async () => {
    const kernel = createFakeKernel({ tty: true });
    runWasi(await compile(testdataWasm('probe')), kernel);
    expect(kernel.text(1)).toContain('isatty0=yes\nisatty1=yes\nisatty2=yes\n');
  });

  it('sleeps through poll_oneoff and never wakes early', async () => {
    const kernel = createFakeKernel({ args: ['sleep', '25'] });
    expect(runWasi(await compile(testdataWasm('sleep')), kernel).status).toBe(0);
    expect(kernel.text(1)).toBe('sleeping\nslept\n');
    expect(kernel.sleeps.reduce((a, b) => a + b, 0n)).toBeGreaterThanOrEqual(25_000_000n);
  });

  it('keeps the order of writes across stdout and stderr', async () => {
    const kernel = createFakeKernel({ args: ['interleave', '3'] });
    runWasi(await compile(testdataWasm('interleave')), kernel);
    expect(kernel.writes.map(([fd, t]) => `${fd}:${t}`).join('')).toBe('1:o1:01:\n2:e2:02:\n1:o1:11:\n2:e2:12:\n1:o1:21:\n2:e2:22:\n');
  });

  it('turns a trap into the signal a native program would die of', async () => {
    expect(runWasi(await compile(testdataWasm('trap')), createFakeKernel())).toMatchObject({ status: 134, signal: 6 });
  });

  it('refuses modules that are not WASI commands with an exec format error', async () => {
    for (const bytes of [importsEnvF, memoryOnly]) {
      const module = await compile(bytes);
      expect(() => runWasi(module, createFakeKernel())).toThrow(SystemError);
      expect(() => runWasi(module, createFakeKernel())).toThrow(/^exec format error: /);
    }
  });
});
