import type { Engine } from '../engine/engine';

export interface EditorAreaProps {
  engine: Engine;
  /** Types a command line into the terminal and presses Enter (the Build button uses it). */
  typeCommand: (line: string) => void;
}

/** The workspace editor (file tree + Monaco, loaded lazily); filled in by the editor work. */
export function EditorArea(_props: EditorAreaProps) {
  return null;
}
