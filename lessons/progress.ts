/**
 * Lesson progress: which condition of a step is unmet, and how far a lesson has come.
 * A step is done once its goal holds while it is the current step; done stays done.
 */
import type { Facts } from './facts';
import type { AnyEngineEvent, EngineSnapshot } from './engine-access';
import type { CommandRecord, Condition, GoalContext, Lesson, LessonStep } from './types';

export interface GoalStatus {
  met: boolean;
  /** The first condition that does not hold yet. */
  unmet?: Condition;
  /** For each condition of the goal, in order: does it hold? */
  conditions: boolean[];
}

export function goalStatus(step: LessonStep, context: GoalContext): GoalStatus {
  const conditions = step.goal.map((c) => {
    try {
      return c.met(context);
    } catch {
      return false;
    }
  });
  const firstUnmet = conditions.indexOf(false);
  return firstUnmet < 0 ? { met: true, conditions } : { met: false, unmet: step.goal[firstUnmet], conditions };
}

/**
 * Marks the current step done while its goal holds, then looks at the next one.
 * Returns a new array when something changed, the same one otherwise.
 */
export function advance(lesson: Lesson, context: GoalContext, done: readonly boolean[]): readonly boolean[] {
  let next = done;
  for (let i = currentStep(lesson, next); i < lesson.steps.length; i++) {
    if (!goalStatus(lesson.steps[i]!, context).met) break;
    next = lesson.steps.map((_, j) => (j === i ? true : (next[j] ?? false)));
  }
  return next;
}

/** The first step not done (steps.length when all are done). */
export function currentStep(lesson: Lesson, done: readonly boolean[]): number {
  for (let i = 0; i < lesson.steps.length; i++) if (!done[i]) return i;
  return lesson.steps.length;
}

export function makeContext(snapshot: EngineSnapshot, events: readonly AnyEngineEvent[], commands: readonly CommandRecord[], facts: Facts): GoalContext {
  return { snapshot, events, commands, facts };
}

/** The step's solution as command lines for the state now. */
export function solutionLines(step: LessonStep, context: GoalContext): string[] {
  return step.solution.map((line) => (typeof line === 'string' ? line : line(context)));
}

/** The step's click-to-type command lines for the state now. */
export function commandLines(step: LessonStep, context: GoalContext): string[] {
  return step.commands.map((line) => (typeof line === 'string' ? line : line(context)));
}
