/** GNU ls: -l -a -A -1 -R -h -d, columns fitted to the terminal when stdout is a TTY. */
import { isFsError, major, minor, type Stats } from '../../fs';
import type { CommandIO } from '../../util/io';
import type { Builtin } from '../builtins';
import { stringWidth } from '../readline/width';
import type { HostFs } from '../workspace/host-fs';
import { errText, parseOptions, quoteaf } from './common';

interface Entry {
  /** what is printed */
  name: string;
  path: string;
  stats: Stats;
}

interface Format {
  long: boolean;
  columns: boolean;
  human: boolean;
  tty: boolean;
  width: number;
  now: number;
}

const USERS: Record<number, string> = { 0: 'root', 1000: 'student' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS_MS = (365.2425 / 2) * 24 * 3600 * 1000;

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const join = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);

/** GNU's shell-escape quoting, used for names shown on a terminal: only when needed. */
export function quoteName(name: string): string {
  if (name !== '' && !/[^\p{L}\p{N}_./+,:=@%^\-\u0080-\uffff]/u.test(name) && !name.startsWith('~')) return name;
  return quoteaf(name);
}

export function modeString(st: Stats): string {
  const type = { file: '-', directory: 'd', symlink: 'l', chardev: 'c', blockdev: 'b', fifo: 'p', socket: 's' }[st.type];
  const m = st.mode;
  const bit = (mask: number, c: string): string => (m & mask ? c : '-');
  const special = (x: number, sp: number, lower: string, upper: string): string => (m & sp ? (m & x ? lower : upper) : m & x ? 'x' : '-');
  return (
    type +
    bit(0o400, 'r') + bit(0o200, 'w') + special(0o100, 0o4000, 's', 'S') +
    bit(0o40, 'r') + bit(0o20, 'w') + special(0o10, 0o2000, 's', 'S') +
    bit(0o4, 'r') + bit(0o2, 'w') + special(0o1, 0o1000, 't', 'T')
  );
}

/** GNU `-h` sizes: powers of 1024, rounded up, one decimal below 10 (4.0K, 13K, 1.5M). */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = 'KMGTPE';
  let amount = bytes;
  let unit = -1;
  while (amount >= 1024 && unit < units.length - 1) {
    amount /= 1024;
    unit++;
  }
  if (amount < 10) {
    const tenths = Math.ceil(amount * 10 - 1e-9) / 10;
    if (tenths < 10) return `${tenths.toFixed(1)}${units[unit]}`;
    amount = 10;
  }
  let whole = Math.ceil(amount - 1e-9);
  if (whole >= 1024 && unit < units.length - 1) {
    unit++;
    whole = 1;
    return `1.0${units[unit]}`;
  }
  return `${whole}${units[unit]}`;
}

function date(ms: number, now: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = ms <= now + 60_000 && now - ms < SIX_MONTHS_MS;
  const tail = recent ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

/** The names of a listing, quoted for a terminal (GNU indents unquoted names by one space then). */
function shownNames(entries: Entry[], fmt: Format): string[] {
  if (!fmt.tty) return entries.map((e) => e.name);
  const quoted = entries.map((e) => quoteName(e.name));
  const any = quoted.some((q, i) => q !== entries[i]!.name);
  return quoted.map((q, i) => (any && q === entries[i]!.name ? ` ${q}` : q));
}

/** GNU ls's column layout (-C): the most columns whose total width stays under the line. */
export function formatColumns(names: string[], lineLength: number): string[] {
  const n = names.length;
  if (n === 0) return [];
  const widths = names.map(stringWidth);
  const maxCols = Math.max(1, Math.min(n, Math.floor(lineLength / 3) + (lineLength % 3 !== 0 ? 1 : 0)));
  let chosen = { rows: n, colWidths: [Math.max(...widths)] };
  for (let cols = maxCols; cols >= 1; cols--) {
    const rows = Math.ceil(n / cols);
    const colWidths: number[] = [];
    for (let i = 0; i < n; i++) {
      const col = Math.floor(i / rows);
      const w = widths[i]! + (col === cols - 1 ? 0 : 2);
      colWidths[col] = Math.max(colWidths[col] ?? 0, w);
    }
    if (cols === 1 || colWidths.reduce((a, b) => a + b, 0) < lineLength) {
      chosen = { rows, colWidths };
      break;
    }
  }
  const lines: string[] = [];
  for (let r = 0; r < chosen.rows; r++) {
    let line = '';
    for (let c = 0; ; c++) {
      const i = c * chosen.rows + r;
      if (i >= n) break;
      const name = names[i]!;
      line += name;
      if (i + chosen.rows < n) line += ' '.repeat(Math.max(0, chosen.colWidths[c]! - widths[i]!));
    }
    lines.push(line);
  }
  return lines;
}

function longLines(entries: Entry[], fmt: Format, fs: HostFs): string[] {
  const names = shownNames(entries, fmt);
  const rows = entries.map((e, i) => {
    let name = names[i]!;
    if (e.stats.type === 'symlink') {
      try {
        name += ` -> ${fs.readlink(e.path)}`;
      } catch (err) {
        if (!isFsError(err)) throw err;
      }
    }
    return {
      mode: modeString(e.stats),
      nlink: String(e.stats.nlink),
      user: USERS[e.stats.uid] ?? String(e.stats.uid),
      group: USERS[e.stats.gid] ?? String(e.stats.gid),
      size:
        e.stats.type === 'chardev' || e.stats.type === 'blockdev'
          ? `${major(e.stats.rdev)}, ${minor(e.stats.rdev)}`
          : fmt.human
            ? humanSize(e.stats.size)
            : String(e.stats.size),
      date: date(e.stats.mtimeMs, fmt.now),
      name,
    };
  });
  const w = (key: 'nlink' | 'user' | 'group' | 'size'): number => Math.max(0, ...rows.map((r) => r[key].length));
  const [nl, us, gr, sz] = [w('nlink'), w('user'), w('group'), w('size')];
  return rows.map((r) => `${r.mode} ${r.nlink.padStart(nl)} ${r.user.padEnd(us)} ${r.group.padEnd(gr)} ${r.size.padStart(sz)} ${r.date} ${r.name}`);
}

function print(entries: Entry[], fmt: Format, fs: HostFs, io: CommandIO): void {
  let lines: string[];
  if (fmt.long) lines = longLines(entries, fmt, fs);
  else if (fmt.columns) lines = formatColumns(shownNames(entries, fmt), fmt.width);
  else lines = shownNames(entries, fmt);
  for (const line of lines) io.stdout.write(`${line}\n`);
}

export const ls: Builtin = (args, io, shell) => {
  const opts = parseOptions(
    'ls',
    args,
    'laA1RhdC',
    { all: 'a', 'almost-all': 'A', recursive: 'R', 'human-readable': 'h', directory: 'd' },
    io,
    2,
  );
  if (typeof opts === 'number') return opts;
  const f = opts.flags;
  const columnsEnv = Number(io.env.COLUMNS);
  const fmt: Format = {
    long: f.has('l'),
    columns: !f.has('1') && (f.has('C') || io.terminal.isTTY),
    human: f.has('h'),
    tty: io.terminal.isTTY,
    width: columnsEnv > 0 ? columnsEnv : io.terminal.columns || 80,
    now: shell.now(),
  };
  const fs = shell.fs;
  let status = 0;
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  const operands = opts.operands.length > 0 ? opts.operands : ['.'];
  for (const name of operands) {
    const path = shell.resolve(name);
    let stats: Stats;
    try {
      stats = fs.stat(path);
    } catch (e) {
      try {
        stats = fs.lstat(path);
      } catch {
        io.stderr.write(`ls: cannot access ${quoteaf(name)}: ${errText(e)}\n`);
        status = 2;
        continue;
      }
    }
    (stats.type === 'directory' && !f.has('d') ? dirs : files).push({ name, path, stats });
  }
  files.sort(byName);
  dirs.sort(byName);
  let printed = false;
  if (files.length > 0) {
    print(files, fmt, fs, io);
    printed = true;
  }
  const header = operands.length > 1 || f.has('R');
  const listDir = (dir: Entry, top: boolean): void => {
    let names: string[];
    try {
      names = fs.readdir(dir.path);
    } catch (e) {
      io.stderr.write(`ls: cannot open directory ${quoteaf(dir.name)}: ${errText(e)}\n`);
      status = top ? 2 : Math.max(status, 1);
      return;
    }
    if (printed) io.stdout.write('\n');
    printed = true;
    if (header) io.stdout.write(`${fmt.tty ? quoteName(dir.name) : dir.name}:\n`);
    const entries: Entry[] = [];
    if (f.has('a')) names = ['.', '..', ...names];
    for (const name of names) {
      if (name.startsWith('.') && !f.has('a') && !f.has('A')) continue;
      const path = name === '.' ? dir.path : name === '..' ? dir.path.replace(/\/[^/]*$/, '') || '/' : join(dir.path, name);
      try {
        entries.push({ name, path, stats: fs.lstat(path) });
      } catch (e) {
        if (!isFsError(e)) throw e;
      }
    }
    entries.sort(byName);
    if (fmt.long) {
      const blocks = entries.reduce((sum, e) => sum + Math.ceil(e.stats.blocks / 2), 0);
      io.stdout.write(`total ${fmt.human ? humanSize(blocks * 1024) : blocks}\n`);
    }
    print(entries, fmt, fs, io);
    if (f.has('R')) {
      for (const e of entries) {
        if (e.stats.type !== 'directory' || e.name === '.' || e.name === '..') continue;
        listDir({ ...e, name: dir.name.endsWith('/') ? `${dir.name}${e.name}` : `${dir.name}/${e.name}` }, false);
      }
    }
  };
  for (const dir of dirs) listDir(dir, true);
  return status;
};
