/**
 * The command line the Build button types into the terminal for the open Dockerfile:
 * `cd ~/hello && docker build -t hello .`, with `-f Dockerfile.dev -t hello:dev` for a
 * variant, and without the `cd` when the shell is already in that folder.
 */
import { basename, dirname, displayPath } from './file-tree';

/** A repository name Docker accepts: lower case, [a-z0-9] runs joined by '.', '_', '__' or '-'. */
export function repositoryName(folder: string): string {
  const cleaned = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .replace(/[._-]{2,}/g, '-');
  return cleaned === '' ? 'my-image' : cleaned;
}

/** A tag Docker accepts: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. */
function tagName(variant: string): string {
  const cleaned = variant.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
  return cleaned.slice(0, 128);
}

/** The image reference a Dockerfile builds to: hello for hello/Dockerfile, hello:dev for hello/Dockerfile.dev. */
export function imageTagFor(dockerfilePath: string): string {
  const folder = basename(dirname(dockerfilePath));
  const repo = repositoryName(folder === '' ? 'my-image' : folder);
  const name = basename(dockerfilePath);
  const lower = name.toLowerCase();
  let variant = '';
  if (lower.startsWith('dockerfile.')) variant = name.slice('dockerfile.'.length);
  else if (lower.endsWith('.dockerfile')) variant = name.slice(0, -'.dockerfile'.length);
  const tag = tagName(variant);
  return tag === '' ? repo : `${repo}:${tag}`;
}

/** Quotes a word for the host shell when it needs it. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./~-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `~/a b` → `~/'a b'`: the tilde stays outside quotes so the shell still expands it. */
function shellPath(path: string): string {
  if (path === '~') return path;
  if (path.startsWith('~/')) return `~/${shellWord(path.slice(2))}`;
  return shellWord(path);
}

export interface BuildCommandOptions {
  /** The shell's working directory now. */
  cwd: string;
  home: string;
}

export function buildCommandFor(dockerfilePath: string, options: BuildCommandOptions): string {
  const dir = dirname(dockerfilePath);
  const name = basename(dockerfilePath);
  const file = name === 'Dockerfile' ? '' : ` -f ${shellWord(name)}`;
  const build = `docker build${file} -t ${imageTagFor(dockerfilePath)} .`;
  if (options.cwd === dir) return build;
  return `cd ${shellPath(displayPath(dir, options.home))} && ${build}`;
}
