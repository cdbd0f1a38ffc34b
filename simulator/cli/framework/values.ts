/**
 * What each flag's pflag.Value.Set says about a value: the error text docker prints after
 * `invalid argument "…" for "…" flag: `, or undefined when the value is accepted.
 */
import type { FlagSpec } from '../spec/types';
import { goParseFloat } from '../format/go-parse-float';
import { ramInBytes } from '../format/size-parse';
import { parseBool, parseDuration, parseInt, parseUint } from './go-strconv';

type Check = (value: string) => string | undefined;

function thrown(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function isIP(text: string): boolean {
  if (IPV4.test(text)) return true;
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const parts = text.split('::');
  if (parts.length > 2) return false;
  const groups = parts.flatMap((p) => (p === '' ? [] : p.split(':')));
  const last = groups[groups.length - 1] ?? '';
  const v4 = IPV4.test(last);
  const hexGroups = v4 ? groups.slice(0, -1) : groups;
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = hexGroups.length + (v4 ? 2 : 0);
  return parts.length === 2 ? count < 8 : count === 8;
}

/** big.Rat SetString, then "× 1e9 must be an integer" (opts.NanoCPUs). */
const decimal: Check = (v) => {
  const fail = `failed to parse ${v} as a rational number`;
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(v);
  if (frac) {
    const den = BigInt(frac[2] ?? '1');
    if (den === 0n) return fail;
    return (BigInt(frac[1] ?? '0') * 1000000000n) % den === 0n ? undefined : 'value is too precise';
  }
  const m = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(v);
  if (!m || ((m[1] ?? '') === '' && (m[2] ?? '') === '')) return fail;
  const digits = (m[2] ?? '').replace(/0+$/, '');
  const scale = digits.length - Number(m[3] ?? '0');
  return scale > 9 ? 'value is too precise' : undefined;
};

const ULIMITS = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);
const ulimit: Check = (v) => {
  const parts = v.split('=');
  if (parts.length !== 2) return `invalid ulimit argument: ${v}`;
  const [name = '', limits = ''] = parts;
  if (!ULIMITS.has(name)) return `invalid ulimit type: ${name}`;
  const [soft = '', hard, extra] = limits.split(':');
  if (extra !== undefined) return `too many limit value arguments - ${limits}, can only have up to two, \`soft[:hard]\``;
  const s = parseInt(soft, 64);
  if (!s.ok) return s.error;
  if (hard !== undefined) {
    const h = parseInt(hard, 64);
    if (!h.ok) return h.error;
    if (s.value > h.value) return `ulimit soft limit must be less than or equal to hard limit: ${s.value} > ${h.value}`;
  }
  return undefined;
};

const csvKeyValues = (v: string): string | undefined => {
  if (v === '') return 'EOF';
  for (const field of v.split(',')) if (!field.includes('=')) return `invalid field '${field}' must be a key=value pair`;
  return undefined;
};

const gpus: Check = (v) => {
  if (v === '') return 'EOF';
  for (const field of v.split(',')) {
    const [key = '', val] = field.split('=', 2);
    const count = val === undefined ? key : key === 'count' ? val : undefined;
    if (count !== undefined && count !== 'all' && !parseInt(count, 64).ok) {
      return `invalid count (${count}): value must be either "all" or an integer: invalid syntax`;
    }
  }
  return undefined;
};

/** The error of a strconv-style parser, if any. */
const via =
  (parse: (v: string) => { ok: true } | { ok: false; error: string }): Check =>
  (v) => {
    const r = parse(v);
    return r.ok ? undefined : r.error;
  };

const BY_TYPE: Record<string, Check> = {
  bool: via(parseBool),
  int: via((v) => parseInt(v, 64)),
  uint: via((v) => parseUint(v, 64)),
  uint16: via((v) => parseUint(v, 16)),
  uint32: via((v) => parseUint(v, 32)),
  uint64: via((v) => parseUint(v, 64)),
  float: (v) => thrown(() => goParseFloat(v)),
  duration: via(parseDuration),
  bytes: (v) => thrown(() => ramInBytes(v)),
  decimal,
  filter: (v) => (v !== '' && !v.includes('=') ? 'bad format of filter (expected name=value)' : undefined),
  ulimit,
  mount: csvKeyValues,
  'external-ca': csvKeyValues,
  'gpu-request': gpus,
  secret: (v) => (v === '' ? 'EOF' : undefined),
  config: (v) => (v === '' ? 'EOF' : undefined),
  'credential-spec': (v) =>
    v !== '' && !/^(config|file|registry):\/\//.test(v) ? 'invalid credential spec: value must be prefixed with "config://", "file://", or "registry://"' : undefined,
  stringToString: (v) => (v.includes('=') ? undefined : `${v} must be formatted as key=value`),
  ipNetSlice: (v) => (v === '' || v.split(',').every((c) => /^[0-9a-fA-F:.]+\/\d+$/.test(c)) ? undefined : `invalid string being converted to CIDR: ${v}`),
  pref: (v) => (/^[^=]+=.+$/.test(v) ? undefined : 'placement preference must be of the format "<strategy>=<arg>"'),
  'pem-file': (v) => `open ${v}: no such file or directory`,
  port: (v) => (v === '' ? 'no port specified: <empty>' : /^\d/.test(v) || v.includes('=') ? undefined : `invalid containerPort: ${v}`),
};

const env: Check = (v) => (v === '' ? 'invalid environment variable: ' : undefined);
const label: Check = (v) => ((v.split('=')[0] ?? '').trim() === '' ? `invalid label '${v}': empty name` : undefined);
const dns: Check = (v) => (isIP(v.trim()) ? undefined : `IP address is not correctly formatted: ${v}`);
const DOMAIN = /^(:?(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))(:?\.(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])))*)\.?\s*$/;
const dnsSearch: Check = (v) => (v === '.' || (DOMAIN.test(v) && v.length <= 255) ? undefined : `${v} is not a valid domain`);
const extraHost: Check = (v) => {
  const m = /^([^:=]*)[:=](.*)$/.exec(v);
  if (!m || m[1] === '' || m[2] === '') return `bad format for add-host: "${v}"`;
  return undefined;
};
const deviceRate: Check = (v) => (v.split(':').length === 2 ? undefined : `bad format: ${v}`);
const cgroupRule: Check = (v) => (/^([acb]) ([0-9]+|\*):([0-9]+|\*) ([rwm]{1,3})$/.test(v) ? undefined : `invalid device cgroup format '${v}'`);
const SYSCTL_NAMES = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);
const sysctl: Check = (v) => {
  const k = v.split('=')[0] ?? '';
  if (!v.includes('=') || !(SYSCTL_NAMES.has(k) || k.startsWith('fs.mqueue.') || k.startsWith('net.'))) return `sysctl '${v}' is not allowed`;
  return undefined;
};

/** Validators docker attaches to particular list/map flags, by flag name. */
const BY_NAME: Record<string, Check> = {
  env,
  'env-add': env,
  label,
  'container-label': label,
  'container-label-add': label,
  dns,
  'dns-add': dns,
  'dns-search': dnsSearch,
  'dns-search-add': dnsSearch,
  'add-host': extraHost,
  'host-add': extraHost,
  'blkio-weight-device': deviceRate,
  'device-read-bps': deviceRate,
  'device-read-iops': deviceRate,
  'device-write-bps': deviceRate,
  'device-write-iops': deviceRate,
  link: (v) => (v === '' ? 'empty string specified for links' : undefined),
  'device-cgroup-rule': cgroupRule,
  'generic-resource': (v) => (v.includes('=') ? undefined : `invalid generic-resource format \`${v}\` expected \`name=value\``),
  'generic-resource-add': (v) => (v.includes('=') ? undefined : `invalid generic-resource format \`${v}\` expected \`name=value\``),
  attach: (v) => (['stdin', 'stdout', 'stderr'].includes(v.toLowerCase()) ? undefined : 'valid streams are STDIN, STDOUT and STDERR'),
  'build-arg': env,
};

/** Validators that only some commands attach to a flag name: "canonical path:flag". */
const BY_COMMAND: Record<string, Check> = {
  'service create:log-opt': env,
  'service update:log-opt': env,
  'service create:host': extraHost,
  'service update:label-add': label,
  'container run:sysctl': sysctl,
  'container create:sysctl': sysctl,
  'image build:tag': (v) => (v === '' ? 'invalid reference format' : undefined),
};

/** The error pflag's Value.Set returns for this value, if any. */
export function valueError(flag: FlagSpec, value: string, canonicalPath: string): string | undefined {
  const scoped = BY_COMMAND[`${canonicalPath}:${flag.name}`];
  if (scoped) return scoped(value);
  if (flag.type === 'list' || flag.type === 'map') return BY_NAME[flag.name]?.(value);
  return BY_TYPE[flag.type]?.(value);
}

/** pflag StringSlice: a CSV record (quotes allowed); '' is the empty list. */
export function splitCSV(value: string): string[] {
  if (value === '') return [];
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (quoted) {
      if (c === '"' && value[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
