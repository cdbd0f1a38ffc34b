/**
 * Cache marks: what the last build of each Dockerfile did with every instruction (cache hit,
 * rebuilt and why, failed), collected from the engine's /build/* events and turned into line
 * decorations for the editor. Pure: events in, plain data out.
 */
import type { AnyEngineEvent } from '../engine/engine';
import type { EditorMessageKey } from '../i18n/editor';

type BuildStepPayload = Extract<AnyEngineEvent, { topic: '/build/step' }>['payload'];

/** How a step is shown: a cache hit, a failure, or why it ran. */
export type MarkKind = 'cached' | 'failed' | 'changed' | 'files' | 'new' | 'no-cache' | 'after' | 'built';

export interface StepMark {
  index: number;
  instruction: string;
  startLine: number;
  endLine: number;
  status: BuildStepPayload['status'];
  kind: MarkKind;
  /** Why a failed step ran (its miss reason), when known. */
  reasonKind?: MarkKind;
}

export interface BuildRecord {
  buildId: string;
  /** Absolute host path of the Dockerfile. */
  dockerfile: string;
  steps: number;
  marks: StepMark[];
  state: 'running' | 'ok' | 'failed';
  error: string;
  /** The Dockerfile's text when the build started; marks are stale once the text differs. */
  source: string | undefined;
}

export interface BuildMarksState {
  /** Builds in progress: buildId → Dockerfile path. */
  running: Readonly<Record<string, string>>;
  /** The last build of each Dockerfile. */
  byFile: Readonly<Record<string, BuildRecord>>;
}

export const emptyBuildMarks: BuildMarksState = { running: {}, byFile: {} };

function reasonKind(reason: BuildStepPayload['reason']): MarkKind {
  switch (reason) {
    case 'changed':
    case 'files':
    case 'new':
    case 'after':
    case 'no-cache':
      return reason;
    default:
      return 'built';
  }
}

export function markKind(step: Pick<BuildStepPayload, 'status' | 'reason'>): MarkKind {
  if (step.status === 'cached') return 'cached';
  if (step.status === 'failed') return 'failed';
  return reasonKind(step.reason);
}

/**
 * Folds one engine event into the marks. `readSource` reads the Dockerfile as the build
 * starts (the text the build sees), so later edits can be told apart.
 */
export function reduceBuildEvent(
  state: BuildMarksState,
  event: AnyEngineEvent,
  readSource: (path: string) => string | undefined = () => undefined,
): BuildMarksState {
  switch (event.topic) {
    case '/build/start': {
      const { buildId, dockerfile, steps } = event.payload;
      if (dockerfile === '') return state;
      const record: BuildRecord = { buildId, dockerfile, steps, marks: [], state: 'running', error: '', source: readSource(dockerfile) };
      return { running: { ...state.running, [buildId]: dockerfile }, byFile: { ...state.byFile, [dockerfile]: record } };
    }
    case '/build/step': {
      const step = event.payload;
      const path = state.running[step.buildId];
      const record = path === undefined ? undefined : state.byFile[path];
      if (path === undefined || !record || record.buildId !== step.buildId) return state;
      const mark: StepMark = {
        index: step.index,
        instruction: step.instruction,
        startLine: step.startLine,
        endLine: step.endLine,
        status: step.status,
        kind: markKind(step),
        ...(step.status === 'failed' && step.reason !== undefined ? { reasonKind: reasonKind(step.reason) } : {}),
      };
      const marks = [...record.marks.filter((m) => m.index !== step.index), mark].sort((a, b) => a.index - b.index);
      return { ...state, byFile: { ...state.byFile, [path]: { ...record, marks } } };
    }
    case '/build/done': {
      const { buildId, ok, error } = event.payload;
      const path = state.running[buildId];
      if (path === undefined) return state;
      const running = { ...state.running };
      delete running[buildId];
      const record = state.byFile[path];
      if (!record || record.buildId !== buildId) return { ...state, running };
      return { running, byFile: { ...state.byFile, [path]: { ...record, state: ok ? 'ok' : 'failed', error } } };
    }
    default:
      return state;
  }
}

/** Moves marks along when a Dockerfile (or its folder) is renamed in the editor. */
export function renameMarks(state: BuildMarksState, moved: (path: string) => string | undefined): BuildMarksState {
  const byFile: Record<string, BuildRecord> = {};
  for (const [path, record] of Object.entries(state.byFile)) {
    const to = moved(path) ?? path;
    byFile[to] = { ...record, dockerfile: to };
  }
  const running: Record<string, string> = {};
  for (const [id, path] of Object.entries(state.running)) running[id] = moved(path) ?? path;
  return { running, byFile };
}

export const MARK_MESSAGE: Readonly<Record<MarkKind, EditorMessageKey>> = {
  cached: 'editor.mark.cached',
  failed: 'editor.mark.failed',
  changed: 'editor.mark.changed',
  files: 'editor.mark.files',
  new: 'editor.mark.new',
  'no-cache': 'editor.mark.noCache',
  after: 'editor.mark.after',
  built: 'editor.mark.built',
};

/** One instruction's decoration: a class on its lines, a glyph and a label on its first line. */
export interface MarkDecoration {
  startLine: number;
  endLine: number;
  kind: MarkKind;
  lineClass: string;
  glyphClass: string;
  /** The short text shown after the instruction's first line. */
  label: string;
  /** The longer text shown when hovering the glyph or the lines. */
  hover: string;
}

/**
 * The decorations for a build record; `stale` dims them (the file was edited since).
 * `text` resolves message keys (the i18n `t`).
 */
export function markDecorations(
  record: BuildRecord,
  stale: boolean,
  text: (key: EditorMessageKey) => string,
  lineCount = Number.POSITIVE_INFINITY,
): MarkDecoration[] {
  const out: MarkDecoration[] = [];
  for (const mark of record.marks) {
    if (mark.startLine < 1 || mark.startLine > lineCount) continue;
    const label = text(MARK_MESSAGE[mark.kind]);
    const why = mark.reasonKind && mark.reasonKind !== 'built' ? ` (${text(MARK_MESSAGE[mark.reasonKind])})` : '';
    const hover = `${mark.instruction}\n${label}${why}${stale ? `\n${text('editor.mark.stale')}` : ''}`;
    const suffix = stale ? ' gorae-mark-stale' : '';
    out.push({
      startLine: mark.startLine,
      endLine: Math.min(Math.max(mark.endLine, mark.startLine), lineCount),
      kind: mark.kind,
      lineClass: `gorae-mark-line gorae-mark-${mark.status}${suffix}`,
      glyphClass: `gorae-glyph gorae-glyph-${mark.kind}${suffix}`,
      label,
      hover,
    });
  }
  return out;
}

/** True when the record's marks no longer describe `text`. */
export function isStale(record: BuildRecord, text: string): boolean {
  return record.source !== undefined && record.source !== text;
}
