/**
 * Monaco, assembled for Gorae: the editor core with only the contributions a student uses
 * (typing and cursor commands, hover, suggestions, find, comments, clipboard), Monaco's own
 * Dockerfile and YAML colouring, the editor worker bundled by Vite (no CDN), and our
 * Dockerfile hover help and completion. Imported only by the lazily loaded Monaco pane.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/common/standaloneStrings';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/yaml/register';
import { catalog } from '../../../simulator/registry/catalog';
import { t } from '../i18n';
import { completionsAt, continuesPrevious, helpKey, imageChoices, keywordAt } from './language-help';

export { monaco };

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

/** Monaco's dark theme on the app's own night-blue background. */
export const THEME = 'gorae-dark';

let registered = false;

/** Registers the Dockerfile hover help and completion once per page. */
export function registerDockerfileHelp(): void {
  if (registered) return;
  registered = true;
  const images = imageChoices(catalog);

  monaco.editor.defineTheme(THEME, {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: {
      'editor.background': '#0e1728',
      'editor.lineHighlightBackground': '#15213a',
      'editorGutter.background': '#0e1728',
      'editorLineNumber.foreground': '#4d5d78',
      'editorLineNumber.activeForeground': '#9fb0c8',
    },
  });

  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const lines = model.getLinesContent();
      const index = position.lineNumber - 1;
      const found = keywordAt(lines[index] ?? '', position.column, continuesPrevious(lines, index));
      const key = found && helpKey(found.keyword);
      if (!found || !key) return null;
      return {
        range: new monaco.Range(position.lineNumber, found.startColumn, position.lineNumber, found.endColumn),
        contents: [{ value: `**${found.keyword.toUpperCase()}**` }, { value: t(key) }],
      };
    },
  });

  monaco.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: [' ', ':'],
    provideCompletionItems(model, position) {
      const lines = model.getLinesContent();
      const index = position.lineNumber - 1;
      const found = completionsAt(lines[index] ?? '', position.column, continuesPrevious(lines, index), images);
      if (!found) return { suggestions: [] };
      const range = new monaco.Range(position.lineNumber, found.startColumn, position.lineNumber, position.column);
      return {
        suggestions: found.entries.map((entry, i) => ({
          label: entry.label,
          insertText: entry.insertText,
          range,
          sortText: String(i).padStart(3, '0'),
          kind: entry.kind === 'keyword' ? monaco.languages.CompletionItemKind.Keyword : monaco.languages.CompletionItemKind.Module,
          ...(entry.help ? { documentation: { value: t(entry.help) } } : {}),
          detail: entry.kind === 'image' ? `${t('editor.complete.image')}: ${entry.detail ?? ''}` : '',
        })),
      };
    },
  });
}
