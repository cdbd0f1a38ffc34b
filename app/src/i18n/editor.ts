/** The editor's texts (app/src/editor/): Korean first; English must have every key. */
export const editorKo = {
  'editor.title': '편집기',
} satisfies Record<string, string>;

export const editorEn: Readonly<Record<keyof typeof editorKo, string>> = {
  'editor.title': 'Editor',
};
