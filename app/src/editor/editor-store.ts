/**
 * The editor's own state (one vanilla zustand store, apart from the app's): whether the
 * editor is open, the file tree, the open file and the build marks.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyBuildMarks, type BuildMarksState } from './cache-marks';
import type { TreeNode } from './file-tree';

/** A file operation waiting for the student's answer (a name, or a yes to delete). */
export type PendingAction =
  | { kind: 'newFile' | 'newFolder'; dir: string }
  | { kind: 'rename' | 'delete'; path: string; isDir: boolean };

export interface EditorState {
  open: boolean;
  tree: TreeNode[];
  treeKey: string;
  /** Expanded folders (absolute paths). */
  expanded: Readonly<Record<string, true>>;
  /** The tree item the actions apply to. */
  selected: string | undefined;
  /** The file shown in the editor. */
  openPath: string | undefined;
  /** The open file's text as last read from or written to the workspace. */
  savedText: string;
  /**
   * Bumped whenever the editor should show `savedText` afresh (a file opened, or changed by
   * the shell while unmodified here); the Monaco pane replaces its text when it sees a new one.
   */
  loadSeq: number;
  /** The editor should take the keyboard focus (a file was just created). */
  focusRequested: boolean;
  /** The editor's text differs from the saved one. */
  dirty: boolean;
  /** The open file was deleted (or renamed) outside the editor. */
  removed: boolean;
  /** The open file is not text. */
  binary: boolean;
  pending: PendingAction | undefined;
  /** A message about the last failed file operation. */
  error: string | undefined;
  marks: BuildMarksState;
  /** The open file was edited since its last build: its marks are dimmed. */
  marksStale: boolean;
}

export type EditorStore = StoreApi<EditorState>;

export function initialEditorState(): EditorState {
  return {
    open: false,
    tree: [],
    treeKey: '',
    expanded: {},
    selected: undefined,
    openPath: undefined,
    savedText: '',
    loadSeq: 0,
    focusRequested: false,
    dirty: false,
    removed: false,
    binary: false,
    pending: undefined,
    error: undefined,
    marks: emptyBuildMarks,
    marksStale: false,
  };
}

export function createEditorStore(): EditorStore {
  return createStore<EditorState>()(() => initialEditorState());
}
