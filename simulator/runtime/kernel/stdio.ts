/**
 * The stdio a container's top-level process gets from the daemon: its terminal (with -t)
 * as stdin, stdout and stderr, or a stdin kept open for the client (with -i) or closed,
 * and stdout/stderr going to the given sinks.
 */
import type { ContainerKernel, Stdio } from './container-kernel';
import { closedInput, InputStream, outputStream } from './stream';
import { Terminal } from './terminal';

export interface StdioSinks {
  stdout(data: Uint8Array): void;
  stderr(data: Uint8Array): void;
}

export interface ContainerStdio {
  stdio: Stdio;
  /** Where the client's input goes: the terminal, the open stdin, or nowhere. */
  input: Terminal | InputStream | null;
}

export function containerStdio(kernel: ContainerKernel, options: { tty: boolean; openStdin: boolean }, sinks: StdioSinks): ContainerStdio {
  if (options.tty) {
    const terminal = new Terminal((data) => sinks.stdout(data), (signal) => kernel.signalTerminal(signal));
    return { stdio: { stdin: terminal, stdout: terminal, stderr: terminal }, input: terminal };
  }
  const input = options.openStdin ? new InputStream() : null;
  return {
    stdio: { stdin: input ?? closedInput(), stdout: outputStream((d) => sinks.stdout(d)), stderr: outputStream((d) => sinks.stderr(d)) },
    input,
  };
}
