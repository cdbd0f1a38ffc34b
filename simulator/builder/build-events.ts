/**
 * A build's events, the same for both builders: `/build/start` with the number of steps,
 * one `/build/step` per instruction in order (its lines and how it ended), `/build/done`.
 */
import type { Daemon } from '../daemon/daemon';
import type { SourceRange } from '../errors';
import type { BuildMissReason, BuildStepEvent } from '../events/types';

let builds = 0;

export interface BuildReport {
  start(dockerfile: string, context: string, steps: number): void;
  /** The next instruction's result (instructions are reported in order). */
  step(ins: { original: string; range: SourceRange }, status: BuildStepEvent['status'], imageId: string, reason?: BuildMissReason): void;
}

/** Runs a build, reporting it; `/build/done` says how it ended (also when it throws). */
export async function reportBuild(daemon: Daemon, tags: string[], build: (report: BuildReport) => Promise<string>): Promise<string> {
  const buildId = `build-${++builds}`;
  let steps = 0;
  let index = 0;
  const report: BuildReport = {
    start(dockerfile, context, total) {
      steps = total;
      daemon.events.emit('/build/start', { buildId, dockerfile, context, steps });
    },
    step(ins, status, imageId, reason) {
      daemon.events.emit('/build/step', {
        buildId,
        index: ++index,
        steps,
        instruction: ins.original,
        startLine: ins.range.start.line,
        endLine: ins.range.end.line,
        status,
        imageId,
        ...(reason ? { reason } : {}),
      });
    },
  };
  try {
    const imageId = await build(report);
    daemon.events.emit('/build/done', { buildId, imageId, tags, ok: true, error: '' });
    return imageId;
  } catch (err) {
    daemon.events.emit('/build/done', { buildId, imageId: '', tags, ok: false, error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
}
