import { splitUnits, stripAnsi, unitWidth } from './width';

/** A cell on screen, relative to the row where the prompt's line begins. */
export interface Position {
  row: number;
  col: number;
}

/**
 * Where the prompt and each unit of the input line land on screen, wrapping
 * as the terminal does: a row holds `columns` cells, and a wide character
 * that would straddle the right edge moves whole to the next row.
 */
export interface Layout {
  /** Where the prompt's first cell is. */
  promptStart: Position;
  /** positions[i] is where the cursor sits before unit i; positions[units.length] is the end. */
  positions: Position[];
  /**
   * True when the last cell written fills its row exactly. The terminal's
   * cursor then waits at the right edge instead of the next row's start.
   */
  endsAtEdge: boolean;
}

/**
 * @param startColumn cells already on the row before the prompt (output that
 *   did not end with a newline).
 */
export function layoutLine(
  prompt: string,
  units: readonly string[],
  columns: number,
  startColumn: number,
): Layout {
  const width = Math.max(1, columns);
  let row = Math.floor(startColumn / width);
  let col = startColumn % width;

  const place = (cells: number): void => {
    if (cells > 0 && col + cells > width) {
      row++;
      col = 0;
    }
    col += cells;
  };
  /** Where the cursor shows before a unit of `cells` cells (or at the end). */
  const cursorBefore = (cells: number): Position => {
    if (col === width || (cells > 1 && col + cells > width)) return { row: row + 1, col: 0 };
    return { row, col };
  };

  const promptStart = cursorBefore(1);
  for (const unit of splitUnits(stripAnsi(prompt))) {
    if (unit === '\n') {
      row++;
      col = 0;
    } else {
      place(unitWidth(unit));
    }
  }
  const positions: Position[] = [];
  for (const unit of units) {
    const cells = unitWidth(unit);
    positions.push(cursorBefore(cells));
    place(cells);
  }
  positions.push(cursorBefore(1));
  return { promptStart, positions, endsAtEdge: col === width };
}
