import { readTar, writeTar, type TarEntry } from '../../../archive';
import { containerArchiveGet, containerArchivePut, containerStatPath } from '../../../daemon/container-archive';
import { isFsError, treeEntries } from '../../../fs';
import { HOST_GID, HOST_UID } from '../../../host/workspace/host-fs';
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
  const base = copyBaseName(localPath);
  let entries = treeEntries(host.fs, abs, isDir ? base : copyBaseName(abs));
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
    const parts = containerPath.split('/').filter(Boolean);
    const newName = parts.pop() ?? '';
    dir = `/${parts.join('/')}`;
    entries = base === '' ? entries.map((e) => ({ ...e, name: `${newName}/${e.name}` })) : rebase(entries, isDir ? base : copyBaseName(abs), newName);
    if (base === '') entries.unshift({ name: `${newName}/`, type: 'directory', mode: host.fs.stat(abs).mode & 0o7777, uid: 0, gid: 0, size: 0, mtime: Math.floor(host.fs.stat(abs).mtimeMs / 1000) });
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
    const parts = abs.split('/').filter(Boolean);
    const newName = parts.pop() ?? '';
    destDir = `/${parts.join('/')}`;
    try {
      if (host.fs.stat(destDir).type !== 'directory') throw new Error();
    } catch {
      io.stderr.write(`destination directory "${destDir}" must exist\n`);
      return undefined;
    }
    entries = srcBase === '' ? entries.map((e) => ({ ...e, name: `${newName}/${e.name}` })) : rebase(entries, srcBase, newName);
    if (srcBase === '') entries.unshift({ name: `${newName}/`, type: 'directory', mode: 0o755, uid: HOST_UID, gid: HOST_GID, size: 0, mtime: 0 });
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
  const parts: Uint8Array[] = [];
  for (let chunk = await stdin.read(); chunk !== null; chunk = await stdin.read()) parts.push(chunk);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
