/**
 * `RUN --mount=...` values: a port of BuildKit's instructions/commands_runmount.go
 * (parseMount + validateMount). Errors carry BuildKit's text.
 */
import { withSuggestion } from './suggest';

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
export type ShareMode = 'shared' | 'private' | 'locked';

export interface Mount {
  type: MountType;
  from: string;
  source: string;
  target: string;
  readOnly: boolean;
  cacheId: string;
  cacheSharing: ShareMode | '';
  required: boolean;
  /** tmpfs size in bytes (0 = unlimited). */
  sizeLimit: number;
  mode?: number;
  uid?: number;
  gid?: number;
}

const mountTypes: readonly MountType[] = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const shareModes: readonly ShareMode[] = ['shared', 'private', 'locked'];
const allKeys = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'mode', 'uid', 'gid', 'src', 'dst', 'ro', 'rw', 'readwrite'];

/** encoding/csv: one record; fields may be double-quoted with "" for a quote. */
function readCsvRecord(s: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('failed to parse csv mounts: parse error on line 1, column ' + (i + 1) + ': extraneous or missing " in quoted-field');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += s[i];
        i++;
      }
      if (i < s.length && s[i] !== ',') throw new Error(`failed to parse csv mounts: parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`);
    } else {
      const j = s.indexOf(',', i);
      field = j < 0 ? s.slice(i) : s.slice(i, j);
      i = j < 0 ? s.length : j;
    }
    fields.push(field);
    if (i >= s.length) return fields;
    i++; // comma
  }
}

function parseBool(key: string, v: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  throw new Error(`invalid value for ${key}: ${v}`);
}

/** go-units RAMInBytes: binary multipliers (k = 1024). */
function ramInBytes(v: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(v);
  if (!m) throw new Error(`invalid size: '${v}'`);
  const n = Number(m[1]);
  const exp = m[2] ? 'kmgtp'.indexOf(m[2].toLowerCase()) + 1 : 0;
  return Math.trunc(n * 1024 ** exp);
}

function parseUint(v: string, radix: 8 | 10): number | undefined {
  const re = radix === 8 ? /^[0-7]+$/ : /^\d+$/;
  if (!re.test(v)) return undefined;
  const n = parseInt(v, radix);
  return n <= 0xffffffff ? n : undefined;
}

/**
 * Parses one `--mount` value. `expand` expands variables in values (BuildKit does this at
 * dispatch time with the stage's ARG/ENV); without it values are taken literally.
 */
export function parseMount(val: string, expand: (word: string) => string = (w) => w): Mount {
  const m: Mount = {
    type: 'bind',
    from: '',
    source: '',
    target: '',
    readOnly: false,
    cacheId: '',
    cacheSharing: '',
    required: false,
    sizeLimit: 0,
  };
  let roAuto = true;
  for (const field of readCsvRecord(val)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      switch (key) {
        case 'readonly':
        case 'ro':
          m.readOnly = true;
          roAuto = false;
          continue;
        case 'readwrite':
        case 'rw':
          m.readOnly = false;
          roAuto = false;
          continue;
        case 'required':
          if (m.type === 'secret' || m.type === 'ssh') {
            m.required = true;
            continue;
          }
          throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        default:
          throw new Error(`invalid field '${field}' must be a key=value pair`);
      }
    }
    const value = expand(field.slice(eq + 1));
    switch (key) {
      case 'type': {
        const v = value.toLowerCase() as MountType;
        if (!mountTypes.includes(v)) throw new Error(withSuggestion(`unsupported mount type ${JSON.stringify(value)}`, value, mountTypes, true));
        m.type = v;
        break;
      }
      case 'from':
        m.from = value;
        break;
      case 'source':
      case 'src':
        m.source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = value;
        break;
      case 'readonly':
      case 'ro':
        m.readOnly = parseBool(key, value);
        roAuto = false;
        break;
      case 'readwrite':
      case 'rw':
        m.readOnly = !parseBool(key, value);
        roAuto = false;
        break;
      case 'required':
        if (m.type !== 'secret' && m.type !== 'ssh') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = parseBool(key, value);
        break;
      case 'size':
        if (m.type !== 'tmpfs') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
        try {
          m.sizeLimit = ramInBytes(value);
        } catch {
          throw new Error(`invalid value for ${key}: ${value}`);
        }
        break;
      case 'id':
        m.cacheId = value;
        break;
      case 'sharing': {
        const v = value.toLowerCase() as ShareMode;
        if (!shareModes.includes(v)) throw new Error(withSuggestion(`unsupported sharing value ${JSON.stringify(value)}`, value, shareModes, true));
        m.cacheSharing = v;
        break;
      }
      case 'mode':
      case 'uid':
      case 'gid': {
        const n = parseUint(value, key === 'mode' ? 8 : 10);
        if (n === undefined) throw new Error(`invalid value ${value} for ${key}`);
        m[key] = n;
        break;
      }
      default:
        throw new Error(withSuggestion(`unexpected key '${key}' in '${field}'`, key, allKeys, true));
    }
  }
  validateMount(m, roAuto);
  return m;
}

function validateMount(m: Mount, roAuto: boolean): void {
  const fileInfoAllowed = m.type === 'secret' || m.type === 'ssh' || m.type === 'cache';
  if (!fileInfoAllowed) {
    for (const k of ['mode', 'uid', 'gid'] as const) {
      if (m[k] !== undefined) throw new Error(`${k} not allowed for ${JSON.stringify(m.type)} type mounts`);
    }
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.type === 'secret') {
    if (m.from !== '') throw new Error('secret mount should not have a from');
    if (m.cacheSharing !== '') throw new Error('secret mount should not define sharing');
    if (m.source === '' && m.target === '' && m.cacheId === '') throw new Error('invalid secret mount. one of source, target required');
    if (m.source !== '' && m.cacheId !== '') throw new Error("both source and id can't be set");
  }
  if (m.cacheSharing !== '' && m.type !== 'cache') throw new Error(`invalid cache sharing set for ${m.type} mount`);
}
