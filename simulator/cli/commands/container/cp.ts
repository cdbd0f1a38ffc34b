import { readTar, writeTar, type TarEntry } from '../../../archive';
import { containerArchiveGet, containerArchivePut, containerStatPath } from '../../../daemon/container-archive';
import { isFsError, treeEntries } from '../../../fs';
import { HOST_GID, HOST_UID } from '../../../host/workspace/host-fs';
import { BufferWriter } from '../../../util/io';
import { humanSize } from '../../format/size';
import { reportDaemonError, type CommandContext } from '../../context';
import { copyBaseName, splitCpArg } from './cp-paths';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Renames the top of a tar stream: entries named `from…` become `to…`. */
function rebase(entries: TarEntry[], from: string, to: string): TarEntry[] {
  if (from === to) return entries;
  return entries.map((e) => {
    if (e.name === from || e.name === `${from}/`) return { ...e, name: e.name.replace(from, to) };
    if (e.name.startsWith(`${from}/`)) return { ...e, name: to + e.name.slice(from.length) };
    return e;
  });
}

/** The parent directory and last name of an absolute or container path. */
function splitParent(path: string): [dir: string, name: string] {
  const parts = path.split('/').filter(Boolean);
  const name = parts.pop() ?? '';
  return [`/${parts.join('/')}`, name];
}

/**
 * The entries stored under `newName`: the source renamed, or — when a directory's contents
 * are copied (`srcBase` '') — placed inside a new directory `newName` with `dirMeta`.
 */
function underNewName(entries: TarEntry[], srcBase: string, newName: string, dirMeta: Pick<TarEntry, 'mode' | 'uid' | 'gid' | 'mtime'>): TarEntry[] {
  if (srcBase !== '') return rebase(entries, srcBase, newName);
  return [{ ...dirMeta, name: `${newName}/`, type: 'directory', size: 0 }, ...entries.map((e) => ({ ...e, name: `${newName}/${e.name}` }))];
}

/**
 * docker cp: copies files between a container (running or not) and the local filesystem,
 * with `cp -a`'s rules for directories and Docker's for the destination name.
 */
export async function cp(ctx: CommandContext): Promise<number> {
  const { io, flags } = ctx;
  const src = splitCpArg(ctx.args[0]!);
  const dst = splitCpArg(ctx.args[1]!);
  if (src.container !== undefined && dst.container !== undefined) {
    io.stderr.write('copying between containers is not supported\n');
    return 1;
  }
  if (src.container === undefined && dst.container === undefined) {
    io.stderr.write('must specify at least one container source\n');
    return 1;
  }
  if (dst.path === '-' && src.container !== undefined) {
    // The source as a tar archive on standard output, as Docker streams it.
    try {
      io.stdout.write(writeTar(containerArchiveGet(ctx.daemon, src.container, src.path)));
      return 0;
    } catch (err) {
      return reportDaemonError(ctx, err);
    }
  }
  if (src.path === '-' && dst.container !== undefined) {
    // A tar archive from standard input, extracted into a directory of the container.
    const archive = await readAll(io.stdin);
    try {
      const target = containerStatPath(ctx.daemon, dst.container, dst.path);
      if (!target?.isDir) {
        io.stderr.write(`destination "${dst.container}:${dst.path}" must be a directory\n`);
        return 1;
      }
      containerArchivePut(ctx.daemon, dst.container, dst.path, readTar(archive));
      return 0;
    } catch (err) {
      return reportDaemonError(ctx, err);
    }
  }
  const quiet = flags.bool('quiet') || !io.terminal.isTTY;
  try {
    const size = dst.container !== undefined ? copyIn(ctx, src.path, dst.container, dst.path) : copyOut(ctx, src.container!, src.path, dst.path);
    if (size === undefined) return 1;
    if (!quiet) io.stderr.write(`Successfully copied ${humanSize(size)} to ${dst.container !== undefined ? `${dst.container}:${dst.path}` : dst.path}\n`);
    return 0;
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
}

/** Local → container. Returns the size of the tar stream sent, or undefined after an error. */
function copyIn(ctx: CommandContext, localPath: string, container: string, containerPath: string): number | undefined {
  const { host, io, daemon } = ctx;
  const abs = host.resolve(localPath);
  let isDir: boolean;
  try {
    isDir = host.fs.lstat(abs).type === 'directory';
  } catch (err) {
    if (!isFsError(err)) throw err;
    io.stderr.write(`lstat ${abs}: ${lowerFirst(err.message)}\n`);
    return undefined;
  }
  const srcBase = isDir ? copyBaseName(localPath) : copyBaseName(abs);
  let entries = treeEntries(host.fs, abs, srcBase);
  const target = containerStatPath(daemon, container, containerPath);
  let dir = containerPath;
  if (target?.isDir) {
    // copied into the directory under its own name (or its contents, for "dir/.")
  } else if (target && isDir) {
    io.stderr.write(`cannot copy directory\n`);
    return undefined;
  } else {
    // A new name (or a file to replace): extract into the parent under the destination's name.
    if (!target && containerPath.endsWith('/') && !isDir) {
      io.stderr.write(`Error response from daemon: Could not find the file ${containerPath} in container ${container}\n`);
      return undefined;
    }
    const [parent, newName] = splitParent(containerPath);
    dir = parent;
    const st = host.fs.stat(abs);
    entries = underNewName(entries, srcBase, newName, { mode: st.mode & 0o7777, uid: 0, gid: 0, mtime: Math.floor(st.mtimeMs / 1000) });
  }
  const tar = writeTar(entries);
  containerArchivePut(daemon, container, dir, entries);
  return tar.length;
}

/** Container → local. Returns the size of the tar stream received, or undefined after an error. */
function copyOut(ctx: CommandContext, container: string, containerPath: string, localPath: string): number | undefined {
  const { host, io, daemon } = ctx;
  let entries = containerArchiveGet(daemon, container, containerPath);
  const size = writeTar(entries).length;
  const abs = host.resolve(localPath);
  const srcBase = copyBaseName(containerPath);
  let destDir = abs;
  let exists = false;
  try {
    exists = host.fs.stat(abs).type === 'directory';
  } catch (err) {
    if (!isFsError(err, 'ENOENT')) throw err;
  }
  if (!exists) {
    const [parent, newName] = splitParent(abs);
    destDir = parent;
    try {
      if (host.fs.stat(destDir).type !== 'directory') throw new Error();
    } catch {
      io.stderr.write(`destination directory "${destDir}" must exist\n`);
      return undefined;
    }
    entries = underNewName(entries, srcBase, newName, { mode: 0o755, uid: HOST_UID, gid: HOST_GID, mtime: 0 });
  }
  for (const e of entries) {
    const path = `${destDir}/${e.name}`.replace(/\/+$/, '').replace(/\/+/g, '/');
    if (e.type === 'directory') {
      try {
        host.fs.mkdir(path, e.mode & 0o7777);
      } catch (err) {
        if (!isFsError(err, 'EEXIST')) throw err;
      }
    } else if (e.type === 'file') {
      host.fs.writeFile(path, e.data ?? new Uint8Array(), { mode: e.mode & 0o7777 });
    }
    if (e.type === 'directory' || e.type === 'file') host.fs.utimes(path, e.mtime * 1000, e.mtime * 1000);
  }
  return size;
}

async function readAll(stdin: CommandContext['io']['stdin']): Promise<Uint8Array> {
  const buffer = new BufferWriter();
  for (let chunk = await stdin.read(); chunk !== null; chunk = await stdin.read()) buffer.write(chunk);
  return buffer.bytes();
}
