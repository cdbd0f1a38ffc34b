/**
 * The uid and gid a container's processes run as, from Config.User the way runc reads it:
 * names are looked up in the container's /etc/passwd and /etc/group; numbers need no entry.
 */
import type { FileSystem } from '../../fs';

export type ResolvedUser = { ok: true; uid: number; gid: number } | { ok: false; reason: string };

function readTable(fs: FileSystem, path: string): string[][] {
  try {
    return new TextDecoder()
      .decode(fs.readFile(path))
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(':'));
  } catch {
    return [];
  }
}

const isNumber = (text: string): boolean => /^\d+$/.test(text);

export function resolveUser(fs: FileSystem, user: string): ResolvedUser {
  if (user === '') return { ok: true, uid: 0, gid: 0 };
  const [name, group] = user.split(':', 2) as [string, string | undefined];
  const passwd = readTable(fs, '/etc/passwd');
  let uid: number;
  let gid = 0;
  if (isNumber(name)) {
    uid = Number(name);
    const entry = passwd.find((f) => f[2] === name);
    if (entry) gid = Number(entry[3]);
  } else {
    const entry = passwd.find((f) => f[0] === name);
    if (!entry) return { ok: false, reason: `unable to find user ${name}: no matching entries in passwd file` };
    uid = Number(entry[2]);
    gid = Number(entry[3]);
  }
  if (group !== undefined && group !== '') {
    if (isNumber(group)) gid = Number(group);
    else {
      const entry = readTable(fs, '/etc/group').find((f) => f[0] === group);
      if (!entry) return { ok: false, reason: `unable to find group ${group}: no matching entries in group file` };
      gid = Number(entry[2]);
    }
  }
  return { ok: true, uid, gid };
}
