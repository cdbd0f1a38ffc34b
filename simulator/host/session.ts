import type { CommandIO, TerminalInfo } from '../util/io';
import { ColumnTracker } from './readline/column-tracker';
import { CookedInput } from './readline/cooked-input';
import { History } from './readline/history';
import { LineEditor } from './readline/line-editor';
import { TtyWriter } from './readline/tty-writer';
import type { Shell } from './types';

export interface TerminalSessionOptions {
  columns: number;
  rows: number;
  /** The environment every command sees. */
  env: Readonly<Record<string, string>>;
  /** Lines entered earlier, for ↑ (a fresh history when left out). */
  history?: History;
}

export interface CommandFinished {
  line: string;
  exitCode: number;
  /** Set when the shell threw instead of returning a status (a bug, reported on screen). */
  error?: unknown;
}

/** 'starting' until start(); 'idle' at the prompt; 'running' while a command runs. */
export type SessionState = 'starting' | 'idle' | 'running';

type Listener<T> = (value: T) => void;

/** The exit status of a command stopped by Ctrl+C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * The terminal's side of the student's shell: a line editor at the prompt,
 * and a terminal (echo, Ctrl+C, type-ahead, output processing) while a
 * command runs. Keystrokes go in through feed(); text for the terminal comes
 * out through onOutput().
 */
export class TerminalSession {
  private columnCount: number;
  private rowCount: number;
  private status: SessionState = 'starting';
  private readonly editor: LineEditor;
  private readonly tracker: ColumnTracker;
  private readonly listeners = {
    output: new Set<Listener<string>>(),
    start: new Set<Listener<string>>(),
    finish: new Set<Listener<CommandFinished>>(),
    idle: new Set<Listener<void>>(),
  };
  /** Input while no line is being edited: before start(), and while a command runs. */
  private input: CookedInput;
  private abort: AbortController | undefined;
  /** The running command's listeners for terminal size changes. */
  private readonly resizeListeners = new Set<(columns: number, rows: number) => void>();
  private interrupted = false;
  private disposed = false;

  constructor(private readonly shell: Shell, private readonly options: TerminalSessionOptions) {
    this.columnCount = options.columns;
    this.rowCount = options.rows;
    this.tracker = new ColumnTracker(options.columns);
    this.editor = new LineEditor({
      columns: options.columns,
      write: (data) => this.emit(data),
      complete: (line, cursor) => shell.complete(line, cursor),
      history: options.history ?? new History(),
    });
    this.input = this.newInput();
  }

  get state(): SessionState {
    return this.status;
  }

  get columns(): number {
    return this.columnCount;
  }

  get rows(): number {
    return this.rowCount;
  }

  get history(): History {
    return this.editor.history;
  }

  /** Shows the first prompt; keystrokes typed before this are replayed onto it. */
  start(): void {
    if (this.status !== 'starting' || this.disposed) return;
    this.prompt(this.input.close());
  }

  /** Keystrokes, exactly as the terminal sends them. */
  feed(data: string): void {
    if (this.disposed) return;
    let rest = data;
    while (rest !== '') {
      if (this.status !== 'idle') {
        this.input.receive(rest);
        return;
      }
      const ended = this.editor.feed(rest);
      if (ended === undefined) return;
      rest = ended.rest;
      if (ended.result.kind === 'line') this.run(ended.result.line);
      else this.editor.begin(this.shell.prompt(), 0);
    }
  }

  /** Writes text (not keystrokes) to the terminal, above the prompt if one is showing. */
  print(text: string): void {
    if (this.disposed) return;
    this.writeOutput(text.replace(/\n/g, '\r\n'));
  }

  resize(columns: number, rows: number): void {
    this.columnCount = columns;
    this.rowCount = rows;
    this.tracker.columns = columns;
    this.editor.resize(columns);
    for (const listener of [...this.resizeListeners]) listener(columns, rows);
  }

  onOutput(listener: Listener<string>): () => void {
    return this.subscribe(this.listeners.output, listener);
  }

  /** A command line starts running. */
  onCommandStart(listener: Listener<string>): () => void {
    return this.subscribe(this.listeners.start, listener);
  }

  onCommandFinish(listener: Listener<CommandFinished>): () => void {
    return this.subscribe(this.listeners.finish, listener);
  }

  /** The prompt is showing and no command is running. */
  onIdle(listener: () => void): () => void {
    return this.subscribe(this.listeners.idle, listener);
  }

  /** Resolves when the session is (or next gets) back at the prompt. */
  whenIdle(): Promise<void> {
    if (this.status === 'idle') return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.onIdle(() => {
        stop();
        resolve();
      });
    });
  }

  /** Stops a running command and all output; the session can't be used afterwards. */
  dispose(): void {
    this.disposed = true;
    this.abort?.abort();
    this.input.close();
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private subscribe<T>(set: Set<Listener<T>>, listener: Listener<T>): () => void {
    set.add(listener);
    return () => set.delete(listener);
  }

  private emit(data: string): void {
    if (this.disposed || data === '') return;
    for (const listener of [...this.listeners.output]) listener(data);
  }

  /** Output from outside the line editor: keeps track of the cursor's column. */
  private writeOutput(data: string): void {
    if (this.status === 'idle' && this.editor.editing) {
      this.tracker.column = this.editor.hide();
      this.emit(data);
      this.tracker.feed(data);
      this.editor.show(this.tracker.column);
      return;
    }
    this.emit(data);
    this.tracker.feed(data);
  }

  private newInput(): CookedInput {
    return new CookedInput({
      write: (data) => this.writeOutput(data),
      onInterrupt: () => this.interrupt(),
    });
  }

  private interrupt(): void {
    if (this.status !== 'running') return;
    this.interrupted = true;
    this.abort?.abort();
  }

  private prompt(typeAhead: string): void {
    this.status = 'idle';
    this.editor.begin(this.shell.prompt(), this.tracker.column);
    if (typeAhead !== '') this.feed(typeAhead);
    if (this.status === 'idle') this.notify(this.listeners.idle, undefined);
  }

  private run(line: string): void {
    this.status = 'running';
    this.tracker.column = 0;
    this.interrupted = false;
    this.abort = new AbortController();
    this.input = this.newInput();
    const stdout = new TtyWriter((text) => this.writeOutput(text));
    const stderr = new TtyWriter((text) => this.writeOutput(text));
    const io: CommandIO = {
      stdin: this.input,
      stdout,
      stderr,
      terminal: this.terminalInfo(),
      env: this.options.env,
      signal: this.abort.signal,
      onResize: (listener) => {
        this.resizeListeners.add(listener);
        return () => this.resizeListeners.delete(listener);
      },
      setRawMode: (raw) => {
        this.input.setRaw(raw);
        stdout.raw = raw;
        stderr.raw = raw;
      },
    };
    this.notify(this.listeners.start, line);
    void this.execute(line, io).then(({ exitCode, error }) => {
      if (this.disposed) return;
      stdout.flush();
      stderr.flush();
      this.finish({ line, exitCode, ...(error === undefined ? {} : { error }) });
    });
  }

  private async execute(line: string, io: CommandIO): Promise<{ exitCode: number; error?: unknown }> {
    try {
      return { exitCode: await this.shell.execute(line, io) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`\x1b[31mgorae: internal error: ${message}\x1b[0m\n`);
      return { exitCode: this.interrupted ? INTERRUPTED : 1, error };
    }
  }

  private finish(finished: CommandFinished): void {
    this.resizeListeners.clear();
    const typeAhead = this.input.close();
    this.abort = undefined;
    // After ^C, the prompt starts on a fresh row even if nothing else was printed.
    if (this.interrupted && this.tracker.column !== 0) this.writeOutput('\r\n');
    this.notify(this.listeners.finish, finished);
    this.prompt(typeAhead);
  }

  private terminalInfo(): TerminalInfo {
    const session = this;
    return {
      isTTY: true,
      get columns() {
        return session.columnCount;
      },
      get rows() {
        return session.rowCount;
      },
    };
  }

  private notify<T>(set: Set<Listener<T>>, value: T): void {
    for (const listener of [...set]) listener(value);
  }
}
