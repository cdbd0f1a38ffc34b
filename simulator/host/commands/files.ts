/** The host's file commands with GNU coreutils' (and bash's `cd`/`pwd`) behaviour and messages. */
import type { HostFs } from '../workspace/host-fs';
import type { Builtin } from '../builtins';
import { baseName, errText, missingOperand, parseOptions, quoteaf, quoteLocale } from './common';
import { FsError, isFsError, type Stats } from '../../fs';
import type { CommandIO } from '../../util/io';

function tryStat(fs: HostFs, path: string, follow = true): Stats | undefined {
  try {
    return follow ? fs.stat(path) : fs.lstat(path);
  } catch (e) {
    if (isFsError(e)) return undefined;
    throw e;
  }
}

const join = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);

export const cd: Builtin = (args, io, shell) => {
  const operands = args[0] === '--' ? args.slice(1) : args;
  if (operands.length > 1) {
    io.stderr.write('bash: cd: too many arguments\n');
    return 1;
  }
  let target = operands[0];
  let print = false;
  if (target === undefined) {
    target = shell.env.HOME;
    if (target === undefined) {
      io.stderr.write('bash: cd: HOME not set\n');
      return 1;
    }
  } else if (target === '-') {
    target = shell.env.OLDPWD;
    if (target === undefined) {
      io.stderr.write('bash: cd: OLDPWD not set\n');
      return 1;
    }
    print = true;
  }
  if (target === '') return 0;
  const path = shell.resolve(target);
  try {
    if (shell.fs.stat(path).type !== 'directory') {
      io.stderr.write(`bash: cd: ${target}: Not a directory\n`);
      return 1;
    }
  } catch (e) {
    io.stderr.write(`bash: cd: ${target}: ${errText(e)}\n`);
    return 1;
  }
  shell.chdir(path);
  if (print) io.stdout.write(`${path}\n`);
  return 0;
};

export const pwd: Builtin = (args, io, shell) => {
  const bad = args.find((a) => a.startsWith('-') && a !== '-L' && a !== '-P' && a !== '--');
  if (bad !== undefined) {
    io.stderr.write(`bash: pwd: ${bad.slice(0, 2)}: invalid option\npwd: usage: pwd [-LP]\n`);
    return 2;
  }
  io.stdout.write(`${shell.cwd}\n`);
  return 0;
};

export const cat: Builtin = async (args, io, shell) => {
  const opts = parseOptions('cat', args, 'u', {}, io);
  if (typeof opts === 'number') return opts;
  const operands = opts.operands.length > 0 ? opts.operands : ['-'];
  let status = 0;
  for (const name of operands) {
    if (name === '-') {
      for (let chunk = await io.stdin.read(); chunk !== null; chunk = await io.stdin.read()) io.stdout.write(chunk);
      continue;
    }
    try {
      const bytes = shell.fs.readFile(shell.resolve(name));
      if (bytes.length > 0) io.stdout.write(bytes.slice());
    } catch (e) {
      io.stderr.write(`cat: ${name}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};

export const mkdir: Builtin = (args, io, shell) => {
  const opts = parseOptions('mkdir', args, 'pv', { parents: 'p', verbose: 'v' }, io);
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return missingOperand('mkdir', io);
  const parents = opts.flags.has('p');
  let status = 0;
  const made = (name: string): void => {
    if (opts.flags.has('v')) io.stdout.write(`mkdir: created directory ${quoteLocale(name)}\n`);
  };
  for (const name of opts.operands) {
    const path = shell.resolve(name);
    try {
      if (!parents) {
        shell.fs.mkdir(path);
        made(name);
        continue;
      }
      const parts = path.split('/').filter(Boolean);
      const shown = name.split('/').filter(Boolean);
      const offset = parts.length - shown.length;
      for (let n = 1; n <= parts.length; n++) {
        const sub = `/${parts.slice(0, n).join('/')}`;
        const st = tryStat(shell.fs, sub);
        if (st === undefined) {
          shell.fs.mkdir(sub);
          made((name.startsWith('/') ? '/' : '') + shown.slice(0, Math.max(1, n - offset)).join('/'));
        } else if (st.type !== 'directory') {
          throw new FsError(n === parts.length ? 'EEXIST' : 'ENOTDIR', sub, 'mkdir');
        }
      }
    } catch (e) {
      io.stderr.write(`mkdir: cannot create directory ${quoteLocale(name)}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};

export const touch: Builtin = (args, io, shell) => {
  const opts = parseOptions('touch', args, 'c', { 'no-create': 'c' }, io);
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return missingOperand('touch', io, 'file operand');
  let status = 0;
  for (const name of opts.operands) {
    const path = shell.resolve(name);
    try {
      if (tryStat(shell.fs, path)) {
        const now = shell.now();
        shell.fs.utimes(path, now, now);
      } else if (!opts.flags.has('c')) {
        if (name.endsWith('/')) throw new FsError('EISDIR', path, 'open');
        shell.fs.writeFile(path, new Uint8Array(0), { append: true });
      }
    } catch (e) {
      io.stderr.write(`touch: cannot touch ${quoteaf(name)}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};

/** Removes `path` and everything under it. */
function removeTree(fs: HostFs, path: string): void {
  const st = fs.lstat(path);
  if (st.type === 'directory') {
    for (const name of fs.readdir(path)) removeTree(fs, join(path, name));
    fs.rmdir(path);
  } else {
    fs.unlink(path);
  }
}

export const rm: Builtin = (args, io, shell) => {
  const opts = parseOptions('rm', args, 'rRfdv', { recursive: 'r', force: 'f', dir: 'd', verbose: 'v' }, io);
  if (typeof opts === 'number') return opts;
  const force = opts.flags.has('f');
  const recursive = opts.flags.has('r') || opts.flags.has('R');
  if (opts.operands.length === 0) return force ? 0 : missingOperand('rm', io);
  let status = 0;
  for (const name of opts.operands) {
    const path = shell.resolve(name);
    const base = baseName(name);
    if (recursive && (base === '.' || base === '..')) {
      io.stderr.write(`rm: refusing to remove '.' or '..' directory: skipping ${quoteaf(name)}\n`);
      status = 1;
      continue;
    }
    if (recursive && path === '/') {
      io.stderr.write(`rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n`);
      status = 1;
      continue;
    }
    const st = tryStat(shell.fs, path, false);
    if (st === undefined) {
      if (!force) {
        io.stderr.write(`rm: cannot remove ${quoteaf(name)}: No such file or directory\n`);
        status = 1;
      }
      continue;
    }
    try {
      if (st.type === 'directory') {
        if (recursive) removeTree(shell.fs, path);
        else if (opts.flags.has('d')) shell.fs.rmdir(path);
        else {
          io.stderr.write(`rm: cannot remove ${quoteaf(name)}: Is a directory\n`);
          status = 1;
          continue;
        }
      } else {
        shell.fs.unlink(path);
      }
      if (opts.flags.has('v')) io.stdout.write(st.type === 'directory' ? `removed directory ${quoteaf(name)}\n` : `removed ${quoteaf(name)}\n`);
    } catch (e) {
      io.stderr.write(`rm: cannot remove ${quoteaf(name)}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};

export const rmdir: Builtin = (args, io, shell) => {
  const opts = parseOptions('rmdir', args, 'pv', { parents: 'p', verbose: 'v' }, io);
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return missingOperand('rmdir', io);
  let status = 0;
  for (const name of opts.operands) {
    const names = [name];
    if (opts.flags.has('p')) {
      let n = name.replace(/\/+$/, '');
      while (n.includes('/') && n.lastIndexOf('/') > 0) {
        n = n.slice(0, n.lastIndexOf('/'));
        names.push(n);
      }
    }
    for (const each of names) {
      try {
        shell.fs.rmdir(shell.resolve(each));
        if (opts.flags.has('v')) io.stdout.write(`rmdir: removing directory, ${quoteaf(each)}\n`);
      } catch (e) {
        io.stderr.write(`rmdir: failed to remove ${quoteaf(each)}: ${errText(e)}\n`);
        status = 1;
        break;
      }
    }
  }
  return status;
};

/** Copies a file or (recursively) a directory. */
function copyTree(fs: HostFs, from: string, to: string): void {
  const st = fs.stat(from);
  if (st.type === 'directory') {
    const existing = tryStat(fs, to);
    if (!existing) fs.mkdir(to, st.mode & 0o7777);
    for (const name of fs.readdir(from)) copyTree(fs, join(from, name), join(to, name));
  } else {
    fs.writeFile(to, fs.readFile(from).slice());
  }
}

interface Transfer {
  cmd: 'cp' | 'mv';
  sources: string[];
  dest: string;
}

/** Operand checks shared by cp and mv; returns the (source, target) pairs or the status. */
function transfers(t: Transfer, io: CommandIO, shell: Parameters<Builtin>[2]): Array<[string, string]> | number {
  if (t.sources.length === 0 && t.dest === undefined) return missingOperand(t.cmd, io, 'file operand');
  const destPath = shell.resolve(t.dest);
  const destIsDir = tryStat(shell.fs, destPath)?.type === 'directory';
  if (t.sources.length > 1 && !destIsDir) {
    io.stderr.write(tryStat(shell.fs, destPath) ? `${t.cmd}: target ${quoteaf(t.dest)} is not a directory\n` : `${t.cmd}: target ${quoteaf(t.dest)}: No such file or directory\n`);
    return 1;
  }
  return t.sources.map((src) => [src, destIsDir ? join(destPath, baseName(src)) : destPath]);
}

/** How GNU names a target in messages: the destination operand, plus "/name" when it went into a directory. */
function shown(path: string, dest: string, operandDest: string): string {
  return path === dest ? operandDest : `${operandDest.replace(/\/+$/, '')}/${path.slice(path.lastIndexOf('/') + 1)}`;
}

export const cp: Builtin = (args, io, shell) => {
  const opts = parseOptions('cp', args, 'rRafv', { recursive: 'r', archive: 'a', force: 'f', verbose: 'v' }, io);
  if (typeof opts === 'number') return opts;
  const recursive = opts.flags.has('r') || opts.flags.has('R') || opts.flags.has('a');
  if (opts.operands.length === 0) return missingOperand('cp', io, 'file operand');
  if (opts.operands.length === 1) {
    io.stderr.write(`cp: missing destination file operand after ${quoteaf(opts.operands[0]!)}\nTry 'cp --help' for more information.\n`);
    return 1;
  }
  const dest = opts.operands[opts.operands.length - 1]!;
  const pairs = transfers({ cmd: 'cp', sources: opts.operands.slice(0, -1), dest }, io, shell);
  if (typeof pairs === 'number') return pairs;
  const destPath = shell.resolve(dest);
  let status = 0;
  for (const [src, to] of pairs) {
    const from = shell.resolve(src);
    const target = shown(to, destPath, dest);
    const st = tryStat(shell.fs, from);
    if (!st) {
      io.stderr.write(`cp: cannot stat ${quoteaf(src)}: No such file or directory\n`);
      status = 1;
      continue;
    }
    const existing = tryStat(shell.fs, to);
    try {
      if (st.type === 'directory') {
        if (!recursive) {
          io.stderr.write(`cp: -r not specified; omitting directory ${quoteaf(src)}\n`);
          status = 1;
          continue;
        }
        if (to === from || to.startsWith(`${from}/`)) {
          io.stderr.write(`cp: cannot copy a directory, ${quoteaf(src)}, into itself, ${quoteaf(target)}\n`);
          status = 1;
          continue;
        }
        if (existing && existing.type !== 'directory') {
          io.stderr.write(`cp: cannot overwrite non-directory ${quoteaf(target)} with directory ${quoteaf(src)}\n`);
          status = 1;
          continue;
        }
      } else if (to === from) {
        io.stderr.write(`cp: ${quoteaf(src)} and ${quoteaf(target)} are the same file\n`);
        status = 1;
        continue;
      }
      copyTree(shell.fs, from, to);
      if (opts.flags.has('v')) io.stdout.write(`${quoteaf(src)} -> ${quoteaf(target)}\n`);
    } catch (e) {
      io.stderr.write(`cp: cannot create regular file ${quoteaf(target)}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};

export const mv: Builtin = (args, io, shell) => {
  const opts = parseOptions('mv', args, 'fv', { force: 'f', verbose: 'v' }, io);
  if (typeof opts === 'number') return opts;
  if (opts.operands.length === 0) return missingOperand('mv', io, 'file operand');
  if (opts.operands.length === 1) {
    io.stderr.write(`mv: missing destination file operand after ${quoteaf(opts.operands[0]!)}\nTry 'mv --help' for more information.\n`);
    return 1;
  }
  const dest = opts.operands[opts.operands.length - 1]!;
  const pairs = transfers({ cmd: 'mv', sources: opts.operands.slice(0, -1), dest }, io, shell);
  if (typeof pairs === 'number') return pairs;
  const destPath = shell.resolve(dest);
  let status = 0;
  for (const [src, to] of pairs) {
    const from = shell.resolve(src);
    const target = shown(to, destPath, dest);
    const st = tryStat(shell.fs, from, false);
    if (!st) {
      io.stderr.write(`mv: cannot stat ${quoteaf(src)}: No such file or directory\n`);
      status = 1;
      continue;
    }
    if (to === from) {
      io.stderr.write(`mv: ${quoteaf(src)} and ${quoteaf(target)} are the same file\n`);
      status = 1;
      continue;
    }
    if (st.type === 'directory' && to.startsWith(`${from}/`)) {
      io.stderr.write(`mv: cannot move ${quoteaf(src)} to a subdirectory of itself, ${quoteaf(target)}\n`);
      status = 1;
      continue;
    }
    const existing = tryStat(shell.fs, to, false);
    if (existing && st.type === 'directory' && existing.type !== 'directory') {
      io.stderr.write(`mv: cannot overwrite non-directory ${quoteaf(target)} with directory ${quoteaf(src)}\n`);
      status = 1;
      continue;
    }
    if (existing && st.type !== 'directory' && existing.type === 'directory') {
      io.stderr.write(`mv: cannot overwrite directory ${quoteaf(target)} with non-directory\n`);
      status = 1;
      continue;
    }
    try {
      try {
        shell.fs.rename(from, to);
      } catch (e) {
        if (!isFsError(e, 'EXDEV')) throw e;
        if (existing?.type === 'directory') removeTree(shell.fs, to);
        copyTree(shell.fs, from, to);
        removeTree(shell.fs, from);
      }
      if (opts.flags.has('v')) io.stdout.write(`renamed ${quoteaf(src)} -> ${quoteaf(target)}\n`);
    } catch (e) {
      io.stderr.write(`mv: cannot move ${quoteaf(src)} to ${quoteaf(target)}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
};
