import { describe, expect, it } from 'vitest';
import type { AnyEngineEvent } from '../engine/engine';
import { editorKo, type EditorMessageKey } from '../i18n/editor';
import { emptyBuildMarks, isStale, markDecorations, reduceBuildEvent, renameMarks, type BuildMarksState } from './cache-marks';

const FILE = '/home/student/hello/Dockerfile';
const SOURCE = 'FROM alpine\nRUN echo hi > /hello.txt\nCMD ["cat", "/hello.txt"]\n';
const ko = (key: EditorMessageKey) => editorKo[key];

let seq = 0;
function ev<T extends AnyEngineEvent['topic']>(topic: T, payload: Extract<AnyEngineEvent, { topic: T }>['payload']): AnyEngineEvent {
  return { seq: ++seq, time: 0, topic, payload } as AnyEngineEvent;
}

type Step = Extract<AnyEngineEvent, { topic: '/build/step' }>['payload'];
const step = (buildId: string, index: number, line: number, status: Step['status'], reason?: Step['reason']): AnyEngineEvent =>
  ev('/build/step', {
    buildId,
    index,
    steps: 3,
    instruction: ['FROM alpine', 'RUN echo hi > /hello.txt', 'CMD ["cat", "/hello.txt"]'][index - 1]!,
    startLine: line,
    endLine: line,
    status,
    ...(reason ? { reason } : {}),
    imageId: status === 'failed' ? '' : `sha256:${index}`,
  });

function run(events: AnyEngineEvent[], state: BuildMarksState = emptyBuildMarks): BuildMarksState {
  return events.reduce((s, e) => reduceBuildEvent(s, e, () => SOURCE), state);
}

describe('cache marks from build events', () => {
  it('marks cached steps, the first miss with its reason, and the steps rebuilt after it', () => {
    const state = run([
      ev('/build/start', { buildId: 'b1', dockerfile: FILE, context: '/home/student/hello', steps: 3 }),
      step('b1', 1, 1, 'cached'),
      step('b1', 2, 2, 'built', 'changed'),
      step('b1', 3, 3, 'built', 'after'),
      ev('/build/done', { buildId: 'b1', imageId: 'sha256:3', tags: ['hello:latest'], ok: true, error: '' }),
    ]);
    const record = state.byFile[FILE]!;
    expect(record.state).toBe('ok');
    expect(record.source).toBe(SOURCE);
    expect(state.running).toEqual({});
    expect(markDecorations(record, false, ko).map((d) => [d.startLine, d.label, d.lineClass, d.glyphClass])).toEqual([
      [1, '캐시 사용', 'gorae-mark-line gorae-mark-cached', 'gorae-glyph gorae-glyph-cached'],
      [2, '이 줄이 바뀌었어요', 'gorae-mark-line gorae-mark-built', 'gorae-glyph gorae-glyph-changed'],
      [3, '앞 단계가 바뀌어서 다시 만들었어요', 'gorae-mark-line gorae-mark-built', 'gorae-glyph gorae-glyph-after'],
    ]);
  });

  it('tells the other first-miss reasons apart', () => {
    const labels = (reason: Step['reason']) =>
      markDecorations(
        run([ev('/build/start', { buildId: 'x', dockerfile: FILE, context: '', steps: 3 }), step('x', 2, 2, 'built', reason)]).byFile[FILE]!,
        false,
        ko,
      )[0]!.label;
    expect(labels('files')).toBe('복사할 파일이 바뀌었어요');
    expect(labels('new')).toBe('이 바탕 이미지 위에서는 빌드한 적이 없어서 새로 만들었어요');
    expect(labels('no-cache')).toBe('--no-cache로 빌드해서 캐시를 쓰지 않았어요');
  });

  it('marks a failed step and keeps why it ran in the hover', () => {
    const state = run([
      ev('/build/start', { buildId: 'b2', dockerfile: FILE, context: '', steps: 3 }),
      step('b2', 1, 1, 'cached'),
      step('b2', 2, 2, 'failed', 'changed'),
      ev('/build/done', { buildId: 'b2', imageId: '', tags: [], ok: false, error: "The command '/bin/sh -c false' returned a non-zero code: 1" }),
    ]);
    const record = state.byFile[FILE]!;
    expect(record.state).toBe('failed');
    const failed = markDecorations(record, false, ko)[1]!;
    expect(failed.lineClass).toBe('gorae-mark-line gorae-mark-failed');
    expect(failed.hover).toBe('RUN echo hi > /hello.txt\n이 단계에서 빌드가 멈췄어요 (이 줄이 바뀌었어요)');
  });

  it('starts afresh with each build of a file and ignores builds from stdin', () => {
    let state = run([ev('/build/start', { buildId: 'a', dockerfile: FILE, context: '', steps: 3 }), step('a', 1, 1, 'built', 'new')]);
    state = run([ev('/build/start', { buildId: 'b', dockerfile: FILE, context: '', steps: 3 })], state);
    expect(state.byFile[FILE]!.marks).toEqual([]);
    // A late step of the older build does not leak into the new one.
    expect(run([step('a', 2, 2, 'built', 'after')], state).byFile[FILE]!.marks).toEqual([]);
    expect(run([ev('/build/start', { buildId: 'c', dockerfile: '', context: '', steps: 1 })], state)).toBe(state);
  });

  it('dims the marks once the text differs from what was built, and follows renames', () => {
    const state = run([ev('/build/start', { buildId: 'a', dockerfile: FILE, context: '', steps: 3 }), step('a', 1, 1, 'cached')]);
    const record = state.byFile[FILE]!;
    expect(isStale(record, SOURCE)).toBe(false);
    expect(isStale(record, SOURCE.replace('hi', 'hey'))).toBe(true);
    const dim = markDecorations(record, true, ko)[0]!;
    expect(dim.lineClass).toContain('gorae-mark-stale');
    expect(dim.hover).toContain('빌드한 뒤에 파일을 고쳤어요');
    const moved = renameMarks(state, (p) => (p.startsWith('/home/student/hello/') ? p.replace('/hello/', '/greet/') : undefined));
    expect(Object.keys(moved.byFile)).toEqual(['/home/student/greet/Dockerfile']);
    expect(moved.running).toEqual({ a: '/home/student/greet/Dockerfile' });
  });

  it('drops marks for lines the file no longer has', () => {
    const state = run([ev('/build/start', { buildId: 'a', dockerfile: FILE, context: '', steps: 3 }), step('a', 3, 3, 'cached')]);
    expect(markDecorations(state.byFile[FILE]!, true, ko, 2)).toEqual([]);
  });
});
