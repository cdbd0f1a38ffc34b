import type { Engine } from '../engine/engine';

export interface LessonPanelProps {
  engine: Engine;
  /** Types a command line into the terminal and presses Enter (click-to-type blocks use it). */
  typeCommand: (line: string) => void;
}

/** The lesson panel; filled in by the lessons work. */
export function LessonPanel(_props: LessonPanelProps) {
  return null;
}
