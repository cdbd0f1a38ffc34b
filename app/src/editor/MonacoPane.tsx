/**
 * The Monaco editor for the open file (loaded lazily with Monaco itself): writes edits back
 * to the workspace, shows the parser's problems as markers and the last build's cache marks
 * as line decorations.
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { getLanguage, t, tf } from '../i18n';
import { isStale, markDecorations, type BuildRecord } from './cache-marks';
import { basename, displayPath, languageOf } from './file-tree';
import { dockerfileDiagnostics } from './markers';
import { monaco, registerDockerfileHelp, THEME } from './monaco-setup';
import type { EditorWorkspace } from './workspace';

export interface MonacoPaneProps {
  workspace: EditorWorkspace;
}

const SAVE_DELAY_MS = 400;
const CHECK_DELAY_MS = 200;
const MARKER_OWNER = 'gorae';

function toMarkers(text: string): monaco.editor.IMarkerData[] {
  return dockerfileDiagnostics(text).map((d) => ({
    severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: d.message,
    source: d.severity === 'error' ? t('editor.marker.parseError') : 'BuildKit',
    ...(d.code !== undefined ? { code: d.url ? { value: d.code, target: monaco.Uri.parse(d.url) } : d.code } : {}),
    startLineNumber: d.startLineNumber,
    startColumn: d.startColumn,
    endLineNumber: d.endLineNumber,
    endColumn: d.endColumn,
  }));
}

function decorationsFor(model: monaco.editor.ITextModel, record: BuildRecord | undefined, stale: boolean): monaco.editor.IModelDeltaDecoration[] {
  if (!record) return [];
  const out: monaco.editor.IModelDeltaDecoration[] = [];
  for (const mark of markDecorations(record, stale, t, model.getLineCount())) {
    out.push({
      range: new monaco.Range(mark.startLine, 1, mark.endLine, 1),
      options: { isWholeLine: true, className: mark.lineClass },
    });
    const end = model.getLineMaxColumn(mark.startLine);
    out.push({
      range: new monaco.Range(mark.startLine, end, mark.startLine, end),
      options: {
        glyphMarginClassName: mark.glyphClass,
        glyphMarginHoverMessage: { value: mark.hover.replace(/\n/g, '  \n') },
        after: { content: `  ${mark.label}`, inlineClassName: `gorae-mark-label gorae-mark-label-${mark.kind}${stale ? ' gorae-mark-stale' : ''}` },
        showIfCollapsed: true,
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    });
  }
  return out;
}

export default function MonacoPane({ workspace }: MonacoPaneProps) {
  const { store } = workspace;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | undefined>(undefined);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | undefined>(undefined);
  const openPath = useStore(store, (s) => s.openPath);
  const loadSeq = useStore(store, (s) => s.loadSeq);
  const record = useStore(store, (s) => (s.openPath === undefined ? undefined : s.marks.byFile[s.openPath]));
  const focusRequested = useStore(store, (s) => s.focusRequested);

  // The editor itself, once.
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    registerDockerfileHelp();
    const editor = monaco.editor.create(element, {
      model: null,
      theme: THEME,
      automaticLayout: true,
      glyphMargin: true,
      minimap: { enabled: false },
      fontSize: 15,
      fontFamily: "'Nanum Gothic Coding', ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
      scrollBeyondLastLine: false,
      renderWhitespace: 'selection',
      tabSize: 4,
      insertSpaces: true,
      wordWrap: 'off',
      ariaLabel: t('editor.title'),
      fixedOverflowWidgets: true,
      hover: { delay: 250 },
    });
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    workspace.attachText(() => editor.getModel()?.getValue() ?? store.getState().savedText);
    return () => {
      workspace.flush();
      workspace.attachText(undefined);
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = undefined;
    };
  }, [workspace, store]);

  // The open file: a fresh model when it changes, new text when the shell changed it.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const state = store.getState();
    const path = state.openPath;
    const current = editor.getModel();
    if (path === undefined) {
      editor.setModel(null);
      current?.dispose();
      return;
    }
    const uri = monaco.Uri.file(path);
    if (current && current.uri.toString() === uri.toString()) {
      if (current.getValue() !== state.savedText) current.setValue(state.savedText);
      return;
    }
    const model = monaco.editor.createModel(state.savedText, languageOf(basename(path)), uri);
    editor.setModel(model);
    current?.dispose();
  }, [openPath, loadSeq, store]);

  // Edits: dirty flag now, markers and saving a moment later, marks dim as soon as the text differs.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const isDockerfile = model.getLanguageId() === 'dockerfile';
    // Saves only while this model is still the open file (a switch has already saved it).
    const path = store.getState().openPath;
    const save = () => {
      if (store.getState().openPath === path) workspace.flush();
    };
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    let checkTimer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (isDockerfile && !model.isDisposed()) monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(model.getValue()));
    };
    const paint = () => {
      if (model.isDisposed()) return;
      const record = path === undefined ? undefined : store.getState().marks.byFile[path];
      const stale = record !== undefined && isStale(record, model.getValue());
      workspace.setMarksStale(stale);
      decorations.current?.set(decorationsFor(model, record, stale));
    };
    check();
    paint();
    const sub = model.onDidChangeContent(() => {
      workspace.setDirty(model.getValue() !== store.getState().savedText);
      paint();
      clearTimeout(checkTimer);
      checkTimer = setTimeout(check, CHECK_DELAY_MS);
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_DELAY_MS);
    });
    return () => {
      sub.dispose();
      clearTimeout(checkTimer);
      if (saveTimer !== undefined) {
        clearTimeout(saveTimer);
        save();
      }
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    };
  }, [openPath, loadSeq, record, store, workspace]);

  // A file just created gets the keyboard.
  useEffect(() => {
    const editor = editorRef.current;
    if (!focusRequested || !editor) return;
    // After the browser has laid the new editor out; a hidden editor cannot take the focus.
    const frame = requestAnimationFrame(() => {
      editor.focus();
      workspace.focusTaken();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequested, openPath, workspace]);

  const language = getLanguage();
  return (
    <div
      className="gorae-editor-monaco"
      ref={host}
      lang={language}
      role="group"
      aria-label={openPath === undefined ? t('editor.title') : tf('editor.fileLabel', { path: displayPath(openPath, workspace.host.home) })}
    />
  );
}
