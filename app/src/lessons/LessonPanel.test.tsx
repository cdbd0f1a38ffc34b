import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { runLine } from '../../../simulator/node/transcript';
import { useTestEngines } from '../../../simulator/testing/test-engine.node';

/** A localStorage for node, shared by the store module loaded after it. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const storage = new MemoryStorage();
vi.stubGlobal('localStorage', storage);

const newEngine = useTestEngines();

/** Waits for the panel's engine actions (opening the lesson) and the store updates after them. */
async function settled(): Promise<void> {
  const { lessonActionsDone } = await import('./lesson-controller');
  await lessonActionsDone();
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the lesson panel', () => {
  it('shows lesson 1, marks a step done after its command, and saves the progress', async () => {
    const { LessonPanel } = await import('./LessonPanel');
    const { STORAGE_KEY } = await import('./lesson-store');
    const engine = newEngine();
    const typed: string[] = [];
    const render = () => renderToStaticMarkup(<LessonPanel engine={engine} typeCommand={(line) => typed.push(line)} />);

    let html = render();
    expect(html).toContain('첫 컨테이너');
    expect(html).toContain('aria-label="터미널에 입력: docker version"');
    await settled();
    html = render();
    expect(html).toMatch(/data-testid="lesson-step-client-and-daemon" data-state="current"/);
    expect(html).toContain('아직 남은 조건:');

    await runLine(engine, 'docker version');
    await settled();
    html = render();
    expect(html).toMatch(/data-testid="lesson-step-client-and-daemon" data-state="done"/);
    expect(html).toMatch(/data-testid="lesson-step-first-run" data-state="current"/);
    expect(html).toContain('1/5단계 완료');

    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { lessonId: string; progress: Record<string, { done: boolean[]; history: Array<{ line: string }> }> };
    expect(saved.lessonId).toBe('first-container');
    expect(saved.progress['first-container']?.done[0]).toBe(true);
    expect(saved.progress['first-container']?.history.map((c) => c.line)).toEqual(['docker version']);
  });

  it('explains the message of the last failed command', async () => {
    const { LessonPanel } = await import('./LessonPanel');
    const engine = newEngine(2);
    renderToStaticMarkup(<LessonPanel engine={engine} typeCommand={() => undefined} />);
    await settled();
    await runLine(engine, 'docker rm nosuch');
    await settled();
    const html = renderToStaticMarkup(<LessonPanel engine={engine} typeCommand={() => undefined} />);
    expect(html).toContain('data-testid="lesson-error"');
    expect(html).toContain('No such container');
  });
});
