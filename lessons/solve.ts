/**
 * Solving lessons headless (for tests and CI): runs a step's scripted solution on the
 * engine as typed at the terminal — lines after an interactive command are typed into it —
 * and reports what the goal said before and after.
 */
import { runScript, type TranscriptLine } from '../simulator/node/transcript';
import { goalStatus, solutionLines, type GoalStatus } from './progress';
import type { LessonRunner } from './runner';

export interface StepResult {
  before: GoalStatus;
  after: GoalStatus;
  lines: string[];
  transcript: TranscriptLine[];
}

/** Runs lines as typed at the terminal and waits until the lesson runner has seen them. */
export async function typeLines(runner: LessonRunner, lines: readonly string[]): Promise<TranscriptLine[]> {
  const transcript: TranscriptLine[] = [];
  await runScript(runner.engine, lines, 80, (line) => transcript.push(line));
  runner.evaluate();
  return transcript;
}

/** Solves the current lesson's step `index` with its scripted solution. */
export async function solveStep(runner: LessonRunner, index: number): Promise<StepResult> {
  const lesson = runner.lesson;
  const step = lesson?.steps[index];
  if (!step) throw new Error(`no step ${index} in ${lesson?.id ?? 'no lesson'}`);
  const before = goalStatus(step, runner.context());
  const lines = solutionLines(step, runner.context());
  const transcript = await typeLines(runner, lines);
  const after = goalStatus(step, runner.context());
  return { before, after, lines, transcript };
}
