import { describe, expect, it } from 'vitest';
import { layoutLine } from './layout';
import { splitUnits } from './width';

describe('layoutLine', () => {
  it('places the line after the prompt, ignoring colour codes', () => {
    const layout = layoutLine('\x1b[32m$\x1b[0m ', splitUnits('ls'), 80, 0);
    expect(layout.positions).toEqual([{ row: 0, col: 2 }, { row: 0, col: 3 }, { row: 0, col: 4 }]);
    expect(layout.endsAtEdge).toBe(false);
  });

  it('wraps at the terminal width and reports a row filled exactly', () => {
    const layout = layoutLine('$ ', splitUnits('abcdefgh'), 10, 0);
    expect(layout.positions[7]).toEqual({ row: 0, col: 9 });
    expect(layout.positions[8]).toEqual({ row: 1, col: 0 });
    expect(layout.endsAtEdge).toBe(true);
  });

  it('moves a wide character that would straddle the edge to the next row', () => {
    const layout = layoutLine('$ ', splitUnits('abcdefg한'), 10, 0);
    expect(layout.positions[7]).toEqual({ row: 1, col: 0 });
    expect(layout.positions[8]).toEqual({ row: 1, col: 2 });
  });

  it('starts after output left on the row', () => {
    const layout = layoutLine('$ ', [], 10, 8);
    expect(layout.promptStart).toEqual({ row: 0, col: 8 });
    expect(layout.positions[0]).toEqual({ row: 1, col: 0 });
  });

  it('starts on the next row when the output filled the row', () => {
    const layout = layoutLine('$ ', [], 10, 10);
    expect(layout.promptStart).toEqual({ row: 1, col: 0 });
    expect(layout.positions[0]).toEqual({ row: 1, col: 2 });
  });
});
