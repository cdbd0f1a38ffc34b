import { describe, expect, it } from 'vitest';
import { frameScheduler } from './next-frame';

describe('frameScheduler', () => {
  it('runs once for many requests, later; flush runs pending work now; cancel drops it', async () => {
    let runs = 0;
    const s = frameScheduler(() => void runs++);
    for (let i = 0; i < 10; i++) s.schedule();
    expect(runs).toBe(0);
    await new Promise((r) => setTimeout(r, 40));
    expect(runs).toBe(1);
    s.schedule();
    s.flush();
    expect(runs).toBe(2);
    s.flush();
    expect(runs).toBe(2);
    s.schedule();
    s.cancel();
    await new Promise((r) => setTimeout(r, 40));
    expect(runs).toBe(2);
  });
});
