/**
 * Watches one engine for the lessons: every command line run at the host prompt (with
 * its exit code, the start of its standard error and the events it caused) and every
 * engine event. Also puts the engine back to a lesson's start state and replays command
 * lines silently, which gives `처음부터` (reset), `되돌리기` (undo: reset, then replay all
 * lines but the last) and progress restored after a reload.
 *
 * Replays come out the same as the first time: container IDs and names are drawn from a
 * random generator the recorder restarts from one seed on every reset, so a short ID the
 * student typed still names the same container after an undo.
 */
import { instantNetwork, seededRandomFor, type AnyEngineEvent, type Engine } from './engine-access';
import type { CommandIO, Reader } from '../simulator/util/io';
import type { Random } from '../simulator/util/random';
import { imageRemove } from '../simulator/daemon/image-remove';
import type { CommandRecord, TypedCommand } from './types';

const STDERR_KEEP = 4000;
/** A replayed command that still runs after this long (a shell waiting for input) is interrupted. */
const REPLAY_TIMEOUT_MS = 3000;
/** After each replayed command, containers that end at once are given time to end. */
const SETTLE_MS = 250;

interface HostEntry {
  path: string;
  kind: 'dir' | 'file';
  mode: number;
  data?: Uint8Array;
}

/** Marks the IO of commands the recorder runs itself (start state, replays). */
const SILENT = Symbol('gorae.lessons.silent');

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

/** Restartable randomness: the same draws after every restart from the same seed. */
class RestartableRandom implements Random {
  private current: Random;
  constructor(private readonly seed: number) {
    this.current = seededRandomFor(seed);
  }
  restart(): void {
    this.current = seededRandomFor(this.seed);
  }
  bytes(n: number): Uint8Array {
    return this.current.bytes(n);
  }
  int(max: number): number {
    return this.current.int(max);
  }
}

export type RecorderListener = () => void;

export class LessonRecorder {
  readonly events: AnyEngineEvent[] = [];
  readonly commands: CommandRecord[] = [];
  private readonly listeners = new Set<RecorderListener>();
  private readonly random: RestartableRandom;
  private readonly hostState: HostEntry[];
  private readonly roots: string[];
  private readonly hostEnv: Record<string, string>;
  private generation = 0;
  private replaying = false;
  private readonly disposers: Array<() => void> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Lines typed at the prompt that have not finished yet (a shell inside `docker run -it`…). */
  readonly pending = new Set<string>();

  /**
   * `seed` makes container IDs and names the same after a reload too (the page keeps one);
   * an engine made with a seed (`?seed=N`) keeps its own.
   */
  constructor(readonly engine: Engine, seed?: number) {
    seed = engine.options.seed ?? seed ?? Math.floor(Math.random() * 0x7fffffff);
    this.random = new RestartableRandom(seed);
    engine.daemon.deps.random = this.random;
    this.roots = [engine.shell.home, '/tmp'];
    this.hostState = this.roots.flatMap((root) => this.readHostTree(root));
    this.hostEnv = { ...engine.shell.env };

    this.disposers.push(
      engine.subscribe((event) => {
        this.events.push(event);
        // The daemon finishes some updates (a task's Running flag) just after announcing
        // them: listeners look at the engine once the current task is over.
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          this.emit();
        }, 0);
      }),
    );
    this.disposers.push(() => {
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = undefined;
    });
    const shell = engine.shell;
    const remove = shell.intercept(async (line: string, io: CommandIO, run): Promise<number> => {
      const generation = this.generation;
      const record: CommandRecord = { line, exitCode: 0, stderr: '', firstSeq: engine.version + 1, lastSeq: 0, cwd: shell.cwd, input: '', replayed: SILENT in io };
      const decoder = new TextDecoder();
      const inputDecoder = new TextDecoder();
      const stdin: Reader = {
        read: async () => {
          const chunk = await io.stdin.read();
          if (chunk) record.input += inputDecoder.decode(chunk, { stream: true });
          return chunk;
        },
      };
      const stderr = {
        write: (chunk: string | Uint8Array) => {
          // Docker's errors come last (after a build's progress display): keep the end.
          record.stderr += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
          if (record.stderr.length > 2 * STDERR_KEEP) record.stderr = record.stderr.slice(-STDERR_KEEP);
          io.stderr.write(chunk);
        },
      };
      const token = `${generation}:${record.firstSeq}:${line}`;
      if (!record.replayed) this.pending.add(token);
      try {
        record.exitCode = await run({ ...io, stdin, stderr });
      } finally {
        this.pending.delete(token);
      }
      record.lastSeq = engine.version;
      if (record.stderr.length > STDERR_KEEP) record.stderr = record.stderr.slice(-STDERR_KEEP);
      // A command that began before a reset belongs to the old state: leave it out.
      if (generation === this.generation && line.trim() !== '') {
        this.commands.push(record);
        if (!this.replaying) this.emit();
      }
      return record.exitCode;
    });
    this.disposers.push(remove);
  }

  /** Called after every recorded command and engine event (not during silent replays). */
  subscribe(listener: RecorderListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get busy(): boolean {
    return this.replaying;
  }

  /** The line of a command typed at the prompt that is still running, if any. */
  runningLine(): string | undefined {
    const token = [...this.pending].at(-1);
    return token?.slice(token.indexOf(':', token.indexOf(':') + 1) + 1);
  }

  /** The command lines the student ran since the last reset, oldest first. */
  lines(): string[] {
    return this.commands.map((c) => c.line);
  }

  /** The same commands with the keys they read, to be typed again by replay(). */
  history(): TypedCommand[] {
    return this.commands.map((c) => (c.input ? { line: c.line, input: c.input } : { line: c.line }));
  }

  /**
   * Back to a clean machine (no containers, no images, no build cache, the home and the
   * environment as they were when the recorder started, the shell in the home), then the
   * lesson's start commands, run silently. The logs start empty after that.
   */
  async reset(start: readonly string[] = []): Promise<void> {
    this.generation++;
    this.events.length = 0;
    this.commands.length = 0;
    const { daemon, shell } = this.engine;
    for (const container of daemon.containers.all()) {
      try {
        daemon.containerRemove(container.id, { force: true });
      } catch {
        // already gone
      }
    }
    for (let round = 0; round < 5 && daemon.images.all().length > 0; round++) {
      for (const image of daemon.images.all()) {
        try {
          imageRemove(daemon, image.id, { force: true });
        } catch {
          // a child image goes first; the next round takes this one
        }
      }
    }
    this.restoreHost();
    for (const name of Object.keys(shell.env)) delete shell.env[name];
    Object.assign(shell.env, this.hostEnv);
    shell.chdir(shell.home);
    shell.status = 0;
    this.random.restart();
    // BuildKit keeps its cache apart from the images: empty it too (where the command exists)
    await this.runSilently(['docker builder prune --all --force', ...start]);
    this.events.length = 0;
    // what the start state ran is not the student's; a line typed meanwhile is
    const typed = this.commands.filter((c) => !c.replayed);
    this.commands.length = 0;
    this.commands.push(...typed);
    this.emit();
  }

  /**
   * Runs commands as the student did, without showing their output; they are recorded.
   * A command that read keys (a shell in `docker run -it`, Ctrl+P Ctrl+Q) reads them
   * again, then the end of input.
   */
  async replay(lines: ReadonlyArray<string | TypedCommand>, afterEach?: () => void): Promise<void> {
    await this.runSilently(lines, afterEach);
    this.emit();
  }

  dispose(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
    this.listeners.clear();
  }

  private emit(): void {
    if (this.replaying) return;
    for (const listener of [...this.listeners]) listener();
  }

  private async runSilently(lines: ReadonlyArray<string | TypedCommand>, afterEach?: () => void): Promise<void> {
    if (lines.length === 0) return;
    const deps = this.engine.daemon.deps;
    const network = deps.network;
    this.replaying = true;
    deps.network = instantNetwork;
    try {
      for (const entry of lines) {
        await this.runOne(typeof entry === 'string' ? { line: entry } : entry);
        afterEach?.();
      }
    } finally {
      deps.network = network;
      this.replaying = false;
    }
  }

  private async runOne({ line, input }: TypedCommand): Promise<void> {
    const abort = new AbortController();
    const sink = { write: () => undefined };
    const keys = input ? [new TextEncoder().encode(input)] : [];
    const stdin: Reader = { read: async () => keys.shift() ?? null };
    const io: CommandIO & { [SILENT]: true } = {
      [SILENT]: true,
      stdin,
      stdout: sink,
      stderr: sink,
      terminal: { isTTY: true, columns: 80, rows: 24 },
      env: this.engine.env,
      signal: abort.signal,
      setRawMode: () => undefined,
    };
    const done = this.engine.shell.execute(line, io).then(
      () => true,
      () => true,
    );
    const wait = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));
    if (!(await Promise.race([done, wait(REPLAY_TIMEOUT_MS)]))) {
      abort.abort();
      await Promise.race([done, wait(1000)]);
    }
    await this.engine.daemon.settle(SETTLE_MS);
  }

  private readHostTree(root: string): HostEntry[] {
    const fs = this.engine.shell.fs;
    const out: HostEntry[] = [];
    const walk = (dir: string): void => {
      let names: string[];
      try {
        names = fs.readdir(dir);
      } catch {
        return;
      }
      for (const name of names) {
        const path = `${dir}/${name}`;
        const stat = fs.lstat(path);
        const type = stat.mode & S_IFMT;
        if (type === S_IFDIR) {
          out.push({ path, kind: 'dir', mode: stat.mode & 0o7777 });
          walk(path);
        } else if (type === S_IFREG) {
          out.push({ path, kind: 'file', mode: stat.mode & 0o7777, data: fs.readFile(path) });
        }
      }
    };
    walk(root === '/' ? '' : root);
    return out;
  }

  /** The home and /tmp as they were when the recorder started. */
  private restoreHost(): void {
    const fs = this.engine.shell.fs;
    const remove = (path: string): void => {
      for (const name of fs.readdir(path)) {
        const child = `${path}/${name}`;
        if ((fs.lstat(child).mode & S_IFMT) === S_IFDIR) {
          remove(child);
          fs.rmdir(child);
        } else {
          fs.unlink(child);
        }
      }
    };
    for (const root of this.roots) {
      try {
        remove(root);
      } catch {
        // a root that is not there has nothing to clear
      }
    }
    for (const entry of this.hostState) {
      if (entry.kind === 'dir') fs.mkdir(entry.path, entry.mode);
      else fs.writeFile(entry.path, entry.data!, { mode: entry.mode });
    }
  }
}
