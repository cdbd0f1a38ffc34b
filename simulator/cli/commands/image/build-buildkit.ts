/**
 * `docker build` with BuildKit, the default: progress on stderr in the TTY style at a
 * terminal (or `--progress=tty`), else plain (`--progress=plain`), nothing with -q (the
 * image ID on stdout instead); a failure ends with the failed step's output, the Dockerfile
 * lines around it and "ERROR: failed to build: failed to solve: …".
 */
import { buildkitSolve } from '../../../builder/buildkit/solve';
import { attachPlainDisplay, errorLogs, warningSummary } from '../../../builder/buildkit/plain-display';
import { attachTtyDisplay, type TtyDisplay } from '../../../builder/buildkit/tty-display';
import { Trace } from '../../../builder/buildkit/trace';
import { BuildError } from '../../../builder/build-error';
import { sourceExcerpt } from '../../../builder/buildkit/source-excerpt';
import type { CommandContext } from '../../context';
import type { BuildRequest } from './build-request';

const MODES = ['auto', 'quiet', 'plain', 'tty', 'rawjson'];

export async function buildkitBuild(ctx: CommandContext, request: BuildRequest): Promise<number> {
  const { io, flags, daemon } = ctx;
  let mode = flags.bool('quiet') ? 'quiet' : flags.string('progress') || 'auto';
  if (!MODES.includes(mode)) {
    io.stderr.write(`ERROR: failed to build: invalid progress mode ${mode}\n`);
    return 1;
  }
  if (mode === 'rawjson') mode = 'plain';
  if (mode === 'tty' && !io.terminal.isTTY) {
    io.stderr.write('ERROR: failed to build: failed to get console: provided file is not a console\n');
    return 1;
  }
  if (mode === 'auto') mode = io.terminal.isTTY ? 'tty' : 'plain';
  const trace = new Trace(() => daemon.deps.clock.now());
  let tty: TtyDisplay | undefined;
  if (mode === 'plain') attachPlainDisplay(trace, io.stderr);
  else if (mode === 'tty') tty = attachTtyDisplay(trace, io.stderr, () => ({ columns: io.terminal.columns, rows: io.terminal.rows }));
  const fail = (message: string, range?: BuildError['range']): number => {
    tty?.done();
    if (mode !== 'quiet') io.stderr.write(errorLogs(trace));
    io.stderr.write(warningSummary(trace));
    if (range && request.dockerfile !== undefined && !message.startsWith('Canceled:')) io.stderr.write(sourceExcerpt(request.dockerfileName.split('/').pop()!, request.dockerfile, range));
    io.stderr.write(`ERROR: failed to build: failed to solve: ${message}\n`);
    return 1;
  };
  if (request.dockerfile === undefined) {
    const v = trace.add(`[internal] load build definition from ${request.dockerfileName}`);
    trace.status(v, 'transferring dockerfile:', { current: 2, done: true });
    trace.complete(v);
    return fail(`failed to read dockerfile: open ${request.dockerfileName}: no such file or directory`);
  }
  let imageId: string;
  try {
    imageId = await buildkitSolve(daemon, {
      dockerfile: request.dockerfile,
      dockerfileName: request.dockerfileName.split('/').pop()!,
      dockerfilePath: request.dockerfilePath,
      contextPath: request.root,
      context: request.context(),
      dockerignoreSize: request.dockerignoreSize || 2,
      buildArgs: request.buildArgs,
      noCache: flags.bool('no-cache'),
      target: flags.string('target'),
      tags: request.tags,
      trace,
      signal: io.signal,
    });
  } catch (err) {
    if (err instanceof BuildError) return fail(err.message, err.range);
    tty?.done();
    throw err;
  }
  tty?.done();
  io.stderr.write(warningSummary(trace));
  if (mode === 'quiet') io.stdout.write(`${imageId}\n`);
  return 0;
}
