import { describe, expect, it } from 'vitest';
import { createWorkspaceFs } from '../../../simulator/host/workspace/host-fs';
import { addStarterProjects } from '../../../simulator/host/workspace/starter-projects';
import type { AnyEngineEvent } from '../engine/engine';
import { createEditorStore } from './editor-store';
import { readText } from './file-tree';
import { EditorWorkspace } from './workspace';

const HOME = '/home/student';
const DOCKERFILE = `${HOME}/hello/Dockerfile`;

function setup(cwd = HOME) {
  const fs = createWorkspaceFs({ home: HOME });
  addStarterProjects(fs, HOME);
  const store = createEditorStore();
  const workspace = new EditorWorkspace({ fs, home: HOME, cwd: () => cwd }, store);
  let text = '';
  workspace.attachText(() => text);
  const type = (next: string) => {
    text = next;
    workspace.setDirty(next !== store.getState().savedText);
  };
  return { fs, store, workspace, type };
}

describe('the editor’s workspace', () => {
  it('opens a file with its folder expanded and reads it into the editor', () => {
    const { store, workspace } = setup();
    workspace.setOpen(true);
    expect(store.getState().tree.map((n) => n.name)).toEqual(['hello', 'site']);
    workspace.openFile(DOCKERFILE);
    const s = store.getState();
    expect(s.openPath).toBe(DOCKERFILE);
    expect(s.expanded[`${HOME}/hello`]).toBe(true);
    expect(s.savedText).toContain('FROM alpine');
    expect(s.loadSeq).toBe(1);
  });

  it('saves edits to the shell’s file system, and before a build', () => {
    const { fs, store, workspace, type } = setup();
    workspace.openFile(DOCKERFILE);
    type('FROM alpine\nRUN echo changed > /hello.txt\n');
    expect(store.getState().dirty).toBe(true);
    expect(workspace.buildCommand()).toBe('cd ~/hello && docker build -t hello .');
    expect(readText(fs, DOCKERFILE)).toBe('FROM alpine\nRUN echo changed > /hello.txt\n');
    expect(store.getState().dirty).toBe(false);
  });

  it('picks up what the shell changed: new files, and an open file without edits', () => {
    const { fs, store, workspace, type } = setup();
    workspace.setOpen(true);
    workspace.openFile(DOCKERFILE);
    fs.writeFile(`${HOME}/notes.txt`, 'hi\n');
    fs.writeFile(DOCKERFILE, 'FROM busybox\n');
    workspace.refresh();
    expect(store.getState().tree.map((n) => n.name)).toEqual(['hello', 'site', 'notes.txt']);
    expect(store.getState().savedText).toBe('FROM busybox\n');
    expect(store.getState().loadSeq).toBe(2);
    // With edits here, the shell's version does not overwrite them.
    type('FROM debian\n');
    fs.writeFile(DOCKERFILE, 'FROM ubuntu\n');
    workspace.refresh();
    expect(store.getState().loadSeq).toBe(2);
    expect(store.getState().dirty).toBe(true);
  });

  it('notices when the shell deletes the open file, and saving brings it back', () => {
    const { fs, store, workspace, type } = setup();
    workspace.openFile(DOCKERFILE);
    fs.unlink(DOCKERFILE);
    workspace.refresh();
    expect(store.getState().removed).toBe(true);
    // Without edits here, nothing brings it back.
    workspace.flush();
    expect(fs.exists(DOCKERFILE)).toBe(false);
    type('FROM alpine\n');
    workspace.flush();
    expect(readText(fs, DOCKERFILE)).toBe('FROM alpine\n');
    expect(store.getState().removed).toBe(false);
  });

  it('creates, renames and deletes through pending actions, keeping the open file in view', () => {
    const { fs, store, workspace } = setup();
    workspace.setOpen(true);
    workspace.select(`${HOME}/hello`);
    workspace.ask({ kind: 'newFile', dir: workspace.targetDir() });
    expect(workspace.answer('Dockerfile')).toBe(false);
    expect(store.getState().error).toBe('같은 이름이 벌써 있어요.');
    expect(workspace.answer('Dockerfile.test')).toBe(true);
    expect(store.getState().openPath).toBe(`${HOME}/hello/Dockerfile.test`);
    expect(store.getState().focusRequested).toBe(true);
    workspace.focusTaken();
    expect(store.getState().focusRequested).toBe(false);
    expect(readText(fs, `${HOME}/hello/Dockerfile.test`)).toBe('');

    workspace.ask({ kind: 'rename', path: `${HOME}/hello`, isDir: true });
    expect(workspace.answer('greet')).toBe(true);
    expect(store.getState().openPath).toBe(`${HOME}/greet/Dockerfile.test`);
    expect(store.getState().expanded[`${HOME}/greet`]).toBe(true);

    workspace.ask({ kind: 'delete', path: `${HOME}/greet`, isDir: true });
    expect(workspace.answer('')).toBe(true);
    expect(store.getState().openPath).toBeUndefined();
    expect(store.getState().tree.map((n) => n.name)).toEqual(['site']);
  });

  it('collects build marks with the text the build saw', () => {
    const { store, workspace } = setup();
    const start: AnyEngineEvent = {
      seq: 1,
      time: 0,
      topic: '/build/start',
      payload: { buildId: 'b', dockerfile: DOCKERFILE, context: `${HOME}/hello`, steps: 3 },
    };
    workspace.onEngineEvent(start);
    const record = store.getState().marks.byFile[DOCKERFILE]!;
    expect(record.state).toBe('running');
    expect(record.source).toContain('FROM alpine');
    workspace.setMarksStale(true);
    expect(store.getState().marksStale).toBe(true);
    const before = store.getState().marks;
    workspace.onEngineEvent({ seq: 2, time: 0, topic: '/images/lookup', payload: { ref: 'alpine', found: true } });
    expect(store.getState().marks).toBe(before);
  });
});
