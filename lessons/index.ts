/** Every lesson, in order. */
import { firstContainer } from './01-first-container';
import { imagesAndContainers } from './02-images-and-containers';
import { layers } from './03-layers';
import { insideContainers } from './04-inside-containers';
import { firstDockerfile } from './05-first-dockerfile';
import type { Lesson } from './types';

export const lessons: readonly Lesson[] = [firstContainer, imagesAndContainers, layers, insideContainers, firstDockerfile];

export function lessonById(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}

export type { Lesson, LessonStep, Condition, GoalContext, Text, CommandRecord, TypedCommand } from './types';
export { CTRL_P_Q } from './types';
export { LessonRunner, type LessonState } from './runner';
export { goalStatus, currentStep, solutionLines, commandLines, type GoalStatus } from './progress';
export { explainError, errorNotes, type ErrorNote } from './errors';
