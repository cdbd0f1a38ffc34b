/** The tree of the student's home with new file / new folder / rename / delete. */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { t, tf } from '../i18n';
import type { PendingAction } from './editor-store';
import { basename, displayPath, findNode, visibleNodes, type TreeNode } from './file-tree';
import type { EditorWorkspace } from './workspace';

interface Props {
  workspace: EditorWorkspace;
}

function promptText(pending: PendingAction, home: string): string {
  switch (pending.kind) {
    case 'newFile':
      return tf('editor.prompt.newFile', { dir: displayPath(pending.dir, home) });
    case 'newFolder':
      return tf('editor.prompt.newFolder', { dir: displayPath(pending.dir, home) });
    case 'rename':
      return tf('editor.prompt.rename', { name: basename(pending.path) });
    case 'delete':
      return tf(pending.isDir ? 'editor.confirm.deleteFolder' : 'editor.confirm.delete', { name: displayPath(pending.path, home) });
  }
}

function PendingForm({ workspace, pending }: Props & { pending: PendingAction }) {
  const error = useStore(workspace.store, (s) => s.error);
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const home = workspace.host.home;
  useEffect(() => {
    if (pending.kind === 'delete') confirm.current?.focus();
    else {
      input.current?.focus();
      input.current?.select();
    }
  }, [pending]);
  const cancel = () => workspace.ask(undefined);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };
  const text = promptText(pending, home);
  return (
    <form
      className="gorae-tree-form"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        workspace.answer(input.current?.value ?? '');
      }}
    >
      {pending.kind === 'delete' ? (
        <p className="gorae-tree-question">{text}</p>
      ) : (
        <label className="gorae-tree-label">
          <span>{text}</span>
          <input
            ref={input}
            type="text"
            spellCheck={false}
            autoComplete="off"
            defaultValue={pending.kind === 'rename' ? basename(pending.path) : ''}
            aria-invalid={error !== undefined}
          />
        </label>
      )}
      {error !== undefined && (
        <p className="gorae-tree-error" role="alert">
          {error}
        </p>
      )}
      <div className="gorae-tree-form-buttons">
        <button type="submit" ref={confirm} className={pending.kind === 'delete' ? 'gorae-danger' : undefined}>
          {pending.kind === 'delete' ? t('editor.action.delete') : t('editor.action.ok')}
        </button>
        <button type="button" onClick={cancel}>
          {t('editor.action.cancel')}
        </button>
      </div>
    </form>
  );
}

function Row({ workspace, node, depth, expanded, selected, open }: Props & { node: TreeNode; depth: number; expanded: boolean; selected: boolean; open: boolean }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'F2') {
      event.preventDefault();
      workspace.select(node.path);
      workspace.ask({ kind: 'rename', path: node.path, isDir: node.kind === 'dir' });
    } else if (event.key === 'Delete') {
      event.preventDefault();
      workspace.select(node.path);
      workspace.ask({ kind: 'delete', path: node.path, isDir: node.kind === 'dir' });
    } else if (node.kind === 'dir' && ((event.key === 'ArrowRight' && !expanded) || (event.key === 'ArrowLeft' && expanded))) {
      event.preventDefault();
      workspace.toggleFolder(node.path);
    }
  };
  return (
    <li>
      <button
        type="button"
        className={`gorae-tree-item${selected ? ' is-selected' : ''}${open ? ' is-open' : ''}`}
        style={{ paddingLeft: `${0.5 + depth * 0.9}rem` }}
        data-path={node.path}
        aria-expanded={node.kind === 'dir' ? expanded : undefined}
        aria-current={open ? 'page' : selected ? 'true' : undefined}
        onClick={() => (node.kind === 'dir' ? workspace.toggleFolder(node.path) : workspace.openFile(node.path))}
        onFocus={() => workspace.select(node.path)}
        onKeyDown={onKeyDown}
      >
        <span className="gorae-tree-icon" aria-hidden="true">
          {node.kind === 'dir' ? (expanded ? '▾' : '▸') : '·'}
        </span>
        {node.name}
        {node.kind === 'dir' ? '/' : ''}
      </button>
    </li>
  );
}

export function FileTree({ workspace }: Props) {
  const { store } = workspace;
  const tree = useStore(store, (s) => s.tree);
  const expandedMap = useStore(store, (s) => s.expanded);
  const selected = useStore(store, (s) => s.selected);
  const openPath = useStore(store, (s) => s.openPath);
  const pending = useStore(store, (s) => s.pending);
  const expanded = useMemo(() => new Set(Object.keys(expandedMap)), [expandedMap]);
  const rows = useMemo(() => visibleNodes(tree, expanded), [tree, expanded]);
  const selectedNode = selected === undefined ? undefined : findNode(tree, selected);

  return (
    <nav className="gorae-tree" aria-label={t('editor.tree.label')}>
      <div className="gorae-tree-actions" role="toolbar" aria-label={t('editor.tree.label')}>
        <button type="button" onClick={() => workspace.ask({ kind: 'newFile', dir: workspace.targetDir() })}>
          {t('editor.action.newFile')}
        </button>
        <button type="button" onClick={() => workspace.ask({ kind: 'newFolder', dir: workspace.targetDir() })}>
          {t('editor.action.newFolder')}
        </button>
        <button
          type="button"
          disabled={!selectedNode}
          onClick={() => selectedNode && workspace.ask({ kind: 'rename', path: selectedNode.path, isDir: selectedNode.kind === 'dir' })}
        >
          {t('editor.action.rename')}
        </button>
        <button
          type="button"
          disabled={!selectedNode}
          onClick={() => selectedNode && workspace.ask({ kind: 'delete', path: selectedNode.path, isDir: selectedNode.kind === 'dir' })}
        >
          {t('editor.action.delete')}
        </button>
      </div>
      {pending && <PendingForm workspace={workspace} pending={pending} />}
      <p className="gorae-tree-root">{t('editor.tree.home')}</p>
      {rows.length === 0 ? (
        <p className="gorae-tree-empty">{t('editor.tree.empty')}</p>
      ) : (
        <ul className="gorae-tree-list">
          {rows.map(({ node, depth }) => (
            <Row
              key={node.path}
              workspace={workspace}
              node={node}
              depth={depth}
              expanded={expanded.has(node.path)}
              selected={node.path === selected}
              open={node.path === openPath}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}
