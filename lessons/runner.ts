/**
 * One lesson in progress on one engine: the steps done so far, kept up to date as the
 * student types, and the three ways back — reset (the lesson's start state), undo (the
 * start state plus every command but the last) and restore (after a reload: the start
 * state plus the commands saved before it).
 */
import { Facts } from './facts';
import { advance, currentStep, goalStatus, makeContext, type GoalStatus } from './progress';
import { LessonRecorder } from './recorder';
import type { Engine } from './engine-access';
import type { GoalContext, Lesson, TypedCommand } from './types';

export interface LessonState {
  lessonId: string;
  done: readonly boolean[];
  /** The commands typed since the lesson (re)started. */
  history: readonly TypedCommand[];
}

export class LessonRunner {
  readonly recorder: LessonRecorder;
  readonly facts: Facts;
  private lessonValue: Lesson | undefined;
  private doneValue: readonly boolean[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;

  /** `seed`: see LessonRecorder. */
  constructor(readonly engine: Engine, seed?: number) {
    this.recorder = new LessonRecorder(engine, seed);
    this.facts = new Facts(engine);
    this.unsubscribe = this.recorder.subscribe(() => this.evaluate());
  }

  get lesson(): Lesson | undefined {
    return this.lessonValue;
  }

  get done(): readonly boolean[] {
    return this.doneValue;
  }

  get current(): number {
    return this.lessonValue ? currentStep(this.lessonValue, this.doneValue) : 0;
  }

  state(): LessonState | undefined {
    return this.lessonValue ? { lessonId: this.lessonValue.id, done: this.doneValue, history: this.recorder.history() } : undefined;
  }

  context(): GoalContext {
    return makeContext(this.engine.snapshot(), this.recorder.events, this.recorder.commands, this.facts);
  }

  /** The goal of a step of the current lesson, now. */
  status(index: number): GoalStatus | undefined {
    const step = this.lessonValue?.steps[index];
    return step ? goalStatus(step, this.context()) : undefined;
  }

  /** Called whenever progress or the engine state may have changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Opens a lesson on its start state. With `lines`, replays them (silently) and
   * recomputes progress command by command, as if they had just been typed; steps marked
   * in `savedDone` (progress saved before a reload) stay done.
   */
  async open(lesson: Lesson, lines: ReadonlyArray<string | TypedCommand> = [], savedDone: readonly boolean[] = []): Promise<void> {
    this.lessonValue = lesson;
    this.doneValue = lesson.steps.map(() => false);
    await this.recorder.reset(lesson.start ?? []);
    await this.recorder.replay(lines, () => this.evaluate(false));
    this.evaluate(false);
    if (savedDone.some(Boolean)) this.doneValue = this.doneValue.map((done, i) => done || savedDone[i] === true);
    this.evaluate();
  }

  /** 처음부터: the lesson's start state, nothing done. */
  async restart(): Promise<void> {
    if (this.lessonValue) await this.open(this.lessonValue);
  }

  /**
   * 되돌리기: every command since the start but the last. A command still running (a
   * shell in `docker run -it`) is the last one: it ends, and the finished ones stay.
   * Returns the line taken back.
   */
  async undo(): Promise<string | undefined> {
    if (!this.lessonValue) return undefined;
    const history = this.recorder.history();
    const running = this.recorder.runningLine();
    const last = running ?? history.pop()?.line;
    await this.open(this.lessonValue, history);
    return last;
  }

  /** Checks the current step (and those after it) against the engine now. */
  evaluate(notify = true): void {
    const lesson = this.lessonValue;
    // during a replay this runs after each replayed command, so progress follows them in order
    if (lesson) this.doneValue = advance(lesson, this.context(), this.doneValue);
    if (notify) for (const listener of [...this.listeners]) listener();
  }

  dispose(): void {
    this.unsubscribe();
    this.recorder.dispose();
    this.listeners.clear();
  }
}
