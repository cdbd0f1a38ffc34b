import { describe, expect, it } from 'vitest';
import { createWorkspaceFs } from '../../../simulator/host/workspace/host-fs';
import { addStarterProjects } from '../../../simulator/host/workspace/starter-projects';
import {
  createFile,
  createFolder,
  deletePath,
  displayPath,
  isDockerfileName,
  languageOf,
  movedPath,
  nameProblem,
  readText,
  readTree,
  renamePath,
  visibleNodes,
} from './file-tree';

const HOME = '/home/student';

function home() {
  const fs = createWorkspaceFs({ home: HOME });
  addStarterProjects(fs, HOME);
  return fs;
}

const names = (fs: ReturnType<typeof home>, dir = HOME) => visibleNodes(readTree(fs, dir), new Set([`${HOME}/hello`, `${HOME}/site`])).map(({ node, depth }) => `${'  '.repeat(depth)}${node.name}${node.kind === 'dir' ? '/' : ''}`);

describe('file tree of the home folder', () => {
  it('lists the starter projects, folders first, with dot files', () => {
    expect(names(home())).toEqual([
      'hello/',
      '  Dockerfile',
      '  Dockerfile.dev',
      'site/',
      '  .dockerignore',
      '  Dockerfile',
      '  index.html',
      '  style.css',
    ]);
  });

  it('shows only expanded folders’ children', () => {
    const tree = readTree(home(), HOME);
    expect(visibleNodes(tree, new Set()).map((v) => v.node.name)).toEqual(['hello', 'site']);
  });

  it('creates files and folders, refusing bad or taken names', () => {
    const fs = home();
    expect(createFile(fs, `${HOME}/hello`, 'app.sh')).toEqual({ ok: true, path: `${HOME}/hello/app.sh` });
    expect(readText(fs, `${HOME}/hello/app.sh`)).toBe('');
    expect(createFolder(fs, HOME, 'api')).toEqual({ ok: true, path: `${HOME}/api` });
    expect(fs.stat(`${HOME}/api`).type).toBe('directory');
    expect(createFile(fs, HOME, 'api')).toEqual({ ok: false, problem: 'editor.error.exists' });
    expect(createFile(fs, HOME, 'a/b')).toEqual({ ok: false, problem: 'editor.error.slash' });
    expect(createFolder(fs, HOME, '  ')).toEqual({ ok: false, problem: 'editor.error.emptyName' });
    expect(nameProblem('..')).toBe('editor.error.dots');
  });

  it('renames and deletes, folders with their contents', () => {
    const fs = home();
    expect(renamePath(fs, `${HOME}/hello/Dockerfile.dev`, 'Dockerfile.test')).toEqual({ ok: true, path: `${HOME}/hello/Dockerfile.test` });
    expect(readText(fs, `${HOME}/hello/Dockerfile.test`)).toContain('개발용 이미지예요');
    expect(renamePath(fs, `${HOME}/hello/Dockerfile.test`, 'Dockerfile')).toEqual({ ok: false, problem: 'editor.error.exists' });
    expect(deletePath(fs, `${HOME}/site`)).toEqual({ ok: true, path: `${HOME}/site` });
    expect(names(fs)).toEqual(['hello/', '  Dockerfile', '  Dockerfile.test']);
  });

  it('reports the file system’s own error text', () => {
    const fs = home();
    const result = deletePath(fs, `${HOME}/missing`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(/No such file or directory/);
  });

  it('follows renamed paths and names Dockerfiles and their language', () => {
    expect(movedPath(`${HOME}/hello/Dockerfile`, `${HOME}/hello`, `${HOME}/greet`)).toBe(`${HOME}/greet/Dockerfile`);
    expect(movedPath(`${HOME}/hello2/Dockerfile`, `${HOME}/hello`, `${HOME}/greet`)).toBeUndefined();
    expect(['Dockerfile', 'Dockerfile.dev', 'web.dockerfile', 'Containerfile'].every(isDockerfileName)).toBe(true);
    expect(isDockerfileName('dockerfiles.txt')).toBe(false);
    expect(languageOf('compose.yaml')).toBe('yaml');
    expect(languageOf('index.html')).toBe('plaintext');
    expect(displayPath(`${HOME}/hello/Dockerfile`, HOME)).toBe('~/hello/Dockerfile');
  });

  it('does not open binary files as text', () => {
    const fs = home();
    fs.writeFile(`${HOME}/blob`, new Uint8Array([0xff, 0xfe, 0x00]));
    expect(readText(fs, `${HOME}/blob`)).toBeUndefined();
  });
});
