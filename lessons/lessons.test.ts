import { describe, expect, it } from 'vitest';
import { addStarterProjects } from '../simulator/host/workspace/starter-projects';
import { useTestEngines } from '../simulator/testing/test-engine.node';
import type { Engine } from '../simulator/index';
import { errorNotes } from './errors';
import { lessons } from './index';
import { LessonRunner } from './runner';
import { solveStep } from './solve';

const newEngine = useTestEngines();

/** An engine as the app makes it: the starter projects in the home, a working `docker build`. */
async function classroomEngine(): Promise<Engine> {
  const engine = newEngine();
  addStarterProjects(engine.shell.fs, engine.shell.home);
  return engine;
}

describe.each(lessons.map((lesson) => [lesson.number, lesson.id, lesson] as const))('lesson %i (%s)', (_n, _id, lesson) => {
  it('is solved step by step by its scripted solution', async () => {
    const runner = new LessonRunner(await classroomEngine());
    await runner.open(lesson);
    for (const [i, step] of lesson.steps.entries()) {
      expect(runner.current, `before step ${step.id}`).toBe(i);
      const result = await solveStep(runner, i);
      const said = result.transcript.map((t) => `$ ${t.line}\n${t.output}`).join('\n');
      expect(result.before.met, `${step.id}: goal already met before its commands`).toBe(false);
      expect(result.before.unmet, `${step.id}: an unmet condition is named`).toBeDefined();
      expect(result.after.met, `${step.id}: goal not met after ${result.lines.join(' ; ')} — unmet: ${result.after.unmet?.label.en}\n${said}`).toBe(true);
      expect(runner.done[i], `${step.id} marked done`).toBe(true);
    }
    expect(runner.current).toBe(lesson.steps.length);
    runner.dispose();
  }, 60_000);

  it('has complete texts in Korean and English', () => {
    const texts = [lesson.title, lesson.intro, lesson.summary, ...lesson.steps.flatMap((s) => [s.title, s.instruction, s.explanation, ...s.hints, ...s.goal.map((g) => g.label)])];
    for (const text of texts) {
      expect(text.ko.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.en).not.toMatch(/[가-힣]/);
    }
    expect(lesson.intro.ko).toMatch(/요[.!]?/);
  });

  it('names only known entries of the error guide, and ids unique within the lesson', () => {
    const known = new Set(errorNotes.map((note) => note.id));
    for (const step of lesson.steps) for (const id of step.errors ?? []) expect(known, `${step.id}: ${id}`).toContain(id);
    const ids = lesson.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
