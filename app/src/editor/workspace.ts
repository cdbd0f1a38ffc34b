/**
 * The editor's link to the student's home: keeps the store's tree and open file in step with
 * the host shell's file system, writes edits back, runs the file operations, and folds build
 * events into cache marks. No DOM and no Monaco, so it is tested in Node.
 */
import type { HostFs } from '../../../simulator/host/workspace/host-fs';
import type { AnyEngineEvent } from '../engine/engine';
import { tf, type MessageKey } from '../i18n';
import { buildCommandFor } from './build-command';
import { reduceBuildEvent, renameMarks } from './cache-marks';
import type { EditorStore, PendingAction } from './editor-store';
import {
  createFile,
  createFolder,
  deletePath,
  dirname,
  findNode,
  movedPath,
  readText,
  readTree,
  renamePath,
  treeKey,
  type FileOpResult,
} from './file-tree';

export interface WorkspaceHost {
  fs: HostFs;
  home: string;
  /** The shell's working directory now. */
  cwd(): string;
}

export class EditorWorkspace {
  /** Returns the editor's current text; set by the Monaco pane while it is mounted. */
  private textSource: (() => string) | undefined;

  constructor(
    readonly host: WorkspaceHost,
    readonly store: EditorStore,
  ) {}

  get state() {
    return this.store.getState();
  }

  /** The Monaco pane registers how to read its text (and unregisters with undefined). */
  attachText(source: (() => string) | undefined): void {
    this.textSource = source;
  }

  setOpen(open: boolean): void {
    if (!open) this.flush();
    this.store.setState({ open, pending: undefined, error: undefined });
    if (open) this.refresh();
  }

  /** Reads the tree again; reloads the open file when the shell changed it and it has no edits here. */
  refresh(): void {
    const { fs, home } = this.host;
    const tree = readTree(fs, home);
    const key = treeKey(tree);
    if (key !== this.state.treeKey) this.store.setState({ tree, treeKey: key });
    const path = this.state.openPath;
    if (path === undefined) return;
    let exists = true;
    try {
      exists = fs.stat(path).type === 'file';
    } catch {
      exists = false;
    }
    if (!exists) {
      if (!this.state.removed) this.store.setState({ removed: true });
      return;
    }
    if (this.state.removed) this.store.setState({ removed: false });
    if (this.state.dirty) return;
    const text = readText(fs, path);
    if (text === undefined) {
      if (!this.state.binary) this.store.setState({ binary: true });
      return;
    }
    if (text !== this.state.savedText || this.state.binary) {
      this.store.setState((s) => ({ savedText: text, loadSeq: s.loadSeq + 1, binary: false }));
    }
  }

  toggleFolder(path: string): void {
    this.store.setState((s) => {
      const expanded = { ...s.expanded };
      if (expanded[path]) delete expanded[path];
      else expanded[path] = true;
      return { expanded, selected: path };
    });
  }

  select(path: string): void {
    this.store.setState({ selected: path });
  }

  /** Opens a file in the editor (saving the one open before). */
  openFile(path: string): void {
    if (path === this.state.openPath) {
      this.store.setState({ selected: path });
      return;
    }
    this.flush();
    const text = readText(this.host.fs, path);
    const expanded = { ...this.state.expanded };
    for (let dir = dirname(path); dir.startsWith(this.host.home) && dir !== this.host.home; dir = dirname(dir)) expanded[dir] = true;
    this.store.setState((s) => ({
      openPath: path,
      selected: path,
      expanded,
      savedText: text ?? '',
      binary: text === undefined,
      dirty: false,
      removed: false,
      loadSeq: s.loadSeq + 1,
    }));
  }

  /** The Monaco pane reports whether the open file's build marks are out of date. */
  setMarksStale(stale: boolean): void {
    if (stale !== this.state.marksStale) this.store.setState({ marksStale: stale });
  }

  /** The Monaco pane took the focus it was asked to take. */
  focusTaken(): void {
    if (this.state.focusRequested) this.store.setState({ focusRequested: false });
  }

  /** The Monaco pane reports whether its text differs from the saved one. */
  setDirty(dirty: boolean): void {
    if (dirty !== this.state.dirty) this.store.setState({ dirty });
  }

  /** Writes `text` to the open file (when it changed). */
  save(text: string): void {
    const path = this.state.openPath;
    if (path === undefined || this.state.binary) return;
    if (text === this.state.savedText && !this.state.removed) {
      this.setDirty(false);
      return;
    }
    try {
      if (this.state.removed) {
        // The shell deleted it while it was open here: saving brings it back, folders too.
        const dir = dirname(path);
        if (!this.exists(dir)) this.mkdirs(dir);
      }
      this.host.fs.writeFile(path, text);
      this.store.setState({ savedText: text, dirty: false, removed: false, error: undefined });
    } catch (error) {
      this.store.setState({ error: this.fsMessage(error) });
    }
  }

  /**
   * Saves the editor's pending edits now (before a build, on close, when switching files).
   * A file the shell deleted stays deleted unless it is edited here.
   */
  flush(): void {
    if (this.textSource && this.state.openPath !== undefined && this.state.dirty) this.save(this.textSource());
  }

  /** The command the Build button types: saves first. */
  buildCommand(): string | undefined {
    const path = this.state.openPath;
    if (path === undefined) return undefined;
    this.flush();
    return buildCommandFor(path, { cwd: this.host.cwd(), home: this.host.home });
  }

  /** Folds an engine event into the build marks. */
  onEngineEvent(event: AnyEngineEvent): void {
    if (!event.topic.startsWith('/build/')) return;
    const marks = reduceBuildEvent(this.state.marks, event, (path) => readText(this.host.fs, path));
    if (marks !== this.state.marks) this.store.setState({ marks });
  }

  /** The folder new files go into: the selected folder, or the selected file's folder, or home. */
  targetDir(): string {
    const selected = this.state.selected;
    if (selected === undefined) return this.host.home;
    const node = findNode(this.state.tree, selected);
    if (!node) return this.host.home;
    return node.kind === 'dir' ? node.path : dirname(node.path);
  }

  ask(pending: PendingAction | undefined): void {
    this.store.setState({ pending, error: undefined });
  }

  /** Carries out the pending action with the student's answer (a name; ignored for delete). */
  answer(name: string): boolean {
    const pending = this.state.pending;
    if (!pending) return false;
    const { fs } = this.host;
    let result: FileOpResult;
    switch (pending.kind) {
      case 'newFile':
        result = createFile(fs, pending.dir, name);
        break;
      case 'newFolder':
        result = createFolder(fs, pending.dir, name);
        break;
      case 'rename':
        this.flush();
        result = renamePath(fs, pending.path, name);
        break;
      case 'delete':
        result = deletePath(fs, pending.path);
        break;
    }
    if (!result.ok) {
      this.store.setState({ error: this.problemMessage(result.problem, result.detail) });
      return false;
    }
    this.store.setState({ pending: undefined, error: undefined });
    this.afterOperation(pending, result.path);
    return true;
  }

  private afterOperation(pending: PendingAction, path: string): void {
    const s = this.state;
    if (pending.kind === 'newFile' || pending.kind === 'newFolder') {
      this.store.setState({ expanded: { ...s.expanded, [pending.dir]: true } });
      this.refresh();
      if (pending.kind === 'newFile') {
        this.openFile(path);
        this.store.setState({ focusRequested: true });
      } else this.store.setState({ selected: path });
      return;
    }
    if (pending.kind === 'rename') {
      const moved = (p: string) => movedPath(p, pending.path, path);
      const expanded: Record<string, true> = {};
      for (const dir of Object.keys(s.expanded)) expanded[moved(dir) ?? dir] = true;
      const openPath = s.openPath === undefined ? undefined : (moved(s.openPath) ?? s.openPath);
      this.store.setState({ expanded, openPath, selected: path, marks: renameMarks(s.marks, moved) });
      this.refresh();
      return;
    }
    if (pending.kind !== 'delete') return;
    const deleted = pending.path;
    const gone = (p: string | undefined) => p !== undefined && movedPath(p, deleted, deleted) !== undefined;
    this.store.setState({
      selected: undefined,
      ...(gone(s.openPath) ? { openPath: undefined, savedText: '', dirty: false, removed: false, binary: false } : {}),
    });
    this.refresh();
  }

  private exists(path: string): boolean {
    try {
      this.host.fs.stat(path);
      return true;
    } catch {
      return false;
    }
  }

  private mkdirs(dir: string): void {
    if (dir === '/' || this.exists(dir)) return;
    this.mkdirs(dirname(dir));
    this.host.fs.mkdir(dir, 0o755);
  }

  private fsMessage(error: unknown): string {
    return tf('editor.error.fs', { message: error instanceof Error ? error.message : String(error) });
  }

  private problemMessage(problem: MessageKey, detail: string | undefined): string {
    return tf(problem, { message: detail ?? '' });
  }
}
