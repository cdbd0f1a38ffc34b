/**
 * Connects the engine's lesson runner to the panel's store: one runner per engine for the
 * page's life, progress mirrored and saved after every command, and the panel's actions
 * (open a lesson, start over, undo) run one at a time.
 */
import { lessonById, lessons, LessonRunner, type Lesson } from '../../../lessons/index';
import type { Engine } from '../engine/engine';
import { getLanguage, t, tf } from '../i18n';
import { frameScheduler } from '../engine/next-frame';
import { lessonsStore } from './lesson-store';

const runners = new WeakMap<Engine, LessonRunner>();
let queue: Promise<void> = Promise.resolve();

/** Runs engine-changing actions one after the other, marking the panel busy meanwhile. */
function exclusive(action: () => Promise<void>): Promise<void> {
  queue = queue.then(async () => {
    lessonsStore.setState({ busy: true });
    try {
      await action();
    } catch (error) {
      console.error('gorae: lesson action failed', error);
    } finally {
      lessonsStore.setState((s) => ({ busy: false, tick: s.tick + 1 }));
    }
  });
  return queue;
}

/** Resolves once the actions asked for so far are done. */
export function lessonActionsDone(): Promise<void> {
  return queue;
}

function currentLesson(): Lesson {
  return lessonById(lessonsStore.getState().lessonId) ?? lessons[0]!;
}

/** Mirrors the runner into the store (and so into localStorage). */
function publish(runner: LessonRunner, announce: boolean): void {
  const lesson = runner.lesson;
  if (!lesson) return;
  const state = lessonsStore.getState();
  const before = state.progress[lesson.id]?.done ?? [];
  const done = [...runner.done];
  const history = runner.recorder.history();
  const newly = announce ? done.findIndex((d, i) => d && !before[i]) : -1;
  lessonsStore.setState({
    progress: { ...state.progress, [lesson.id]: { done, history } },
    tick: state.tick + 1,
    ...(newly >= 0 ? { notice: tf('lessons.stepCompleted', { n: newly + 1, title: lesson.steps[newly]!.title[getLanguage()] }) } : {}),
  });
}

/** The page's lesson runner, created (and the saved lesson restored) on first use. */
export function lessonRunner(engine: Engine): LessonRunner {
  let runner = runners.get(engine);
  if (runner) return runner;
  const created = new LessonRunner(engine, lessonsStore.getState().seed);
  runner = created;
  runners.set(engine, created);
  // Mirrored once per frame: a command can change the engine many times.
  const publisher = frameScheduler(() => {
    if (!created.recorder.busy) publish(created, true);
  });
  created.subscribe(() => publisher.schedule());
  void exclusive(() => openLesson(created, currentLesson()));
  return created;
}

/** Opens a lesson on its start state and replays its saved lines; saved marks stay. */
async function openLesson(runner: LessonRunner, lesson: Lesson): Promise<void> {
  const saved = lessonsStore.getState().progress[lesson.id];
  await runner.open(lesson, saved?.history ?? [], saved?.done ?? []);
  publish(runner, false);
}

export function selectLesson(engine: Engine, id: string): Promise<void> {
  const lesson = lessonById(id);
  if (!lesson) return Promise.resolve();
  lessonsStore.setState({ lessonId: id, listOpen: false, notice: '' });
  return exclusive(() => openLesson(lessonRunner(engine), lesson));
}

export function restartLesson(engine: Engine): Promise<void> {
  const runner = lessonRunner(engine);
  return exclusive(async () => {
    await runner.restart();
    const lesson = currentLesson();
    const { progress, hints, solutions } = lessonsStore.getState();
    const keep = <T,>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith(`${lesson.id}/`)));
    lessonsStore.setState({
      progress: { ...progress, [lesson.id]: { done: lesson.steps.map(() => false), history: [] } },
      hints: keep(hints),
      solutions: keep(solutions),
      notice: t('lessons.resetDone'),
    });
  });
}

export function undoLast(engine: Engine): Promise<void> {
  const runner = lessonRunner(engine);
  return exclusive(async () => {
    if (runner.recorder.commands.length === 0 && runner.recorder.runningLine() === undefined) {
      lessonsStore.setState({ notice: t('lessons.nothingToUndo') });
      return;
    }
    const line = await runner.undo();
    publish(runner, false);
    lessonsStore.setState({ notice: tf('lessons.undone', { line: line ?? '' }) });
  });
}
