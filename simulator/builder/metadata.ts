/**
 * What the instructions that only change the image config do (CMD, ENTRYPOINT, ENV, LABEL,
 * EXPOSE, USER, WORKDIR, VOLUME, STOPSIGNAL, SHELL, ARG, HEALTHCHECK, ONBUILD, MAINTAINER),
 * shared by both builders, with the history text each builder writes for them.
 */
import { ShellLex, type Instruction } from '../dockerfile';
import type { ContainerConfig, HealthcheckConfig } from '../images/oci';
import { inDir } from './copy-files';

export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

/** The config being built and what a stage carries between instructions. */
export interface StageState {
  config: ContainerConfig;
  shell: string[];
  /** ARG values in effect (declared in this stage). */
  args: Map<string, string>;
  /** A CMD was given in this stage (then a later ENTRYPOINT keeps it). */
  cmdSet: boolean;
}

export interface MetadataChange {
  config: ContainerConfig;
  shell: string[];
  /** The classic builder's text after "#(nop) " (e.g. `CMD ["sh"]`). */
  legacy: string;
  /** BuildKit's history text (e.g. `CMD ["sh"]`, `EXPOSE map[80/tcp:{}]`). */
  buildkit: string;
  /** WORKDIR: the folder to create. */
  mkdir?: string;
}

/** The variables an instruction's words are expanded with: ARGs, then ENV over them. */
export function envOf(state: StageState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of state.args) env[k] = v;
  for (const e of state.config.Env ?? []) {
    const eq = e.indexOf('=');
    env[e.slice(0, eq)] = e.slice(eq + 1);
  }
  return env;
}

export function expander(state: StageState, escape = '\\'): (word: string) => string {
  const lex = new ShellLex(escape);
  const env = envOf(state);
  return (word) => lex.processWord(word, env);
}

function setEnv(config: ContainerConfig, key: string, value: string): void {
  const env = (config.Env ?? []).filter((e) => e.split('=', 1)[0] !== key);
  env.push(`${key}=${value}`);
  config.Env = env;
}

/** Go's %q of a string list: `["a" "b"]`. */
export const goQuotedList = (list: readonly string[]): string => `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;

/** Go's %v of a string list: `[a b]`. */
const goList = (list: readonly string[]): string => `[${list.join(' ')}]`;

/** Go's time.Duration String() of nanoseconds. */
export function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let n = Math.abs(ns);
  let out: string;
  if (n < 1e3) out = `${n}ns`;
  else if (n < 1e6) out = `${trim(n / 1e3)}µs`;
  else if (n < 1e9) out = `${trim(n / 1e6)}ms`;
  else {
    const h = Math.floor(n / 3.6e12);
    n -= h * 3.6e12;
    const m = Math.floor(n / 6e10);
    n -= m * 6e10;
    const s = `${trim(n / 1e9)}s`;
    out = h > 0 ? `${h}h${m}m${s}` : m > 0 ? `${m}m${s}` : s;
  }
  return neg ? `-${out}` : out;
}

const trim = (x: number): string => String(Number(x.toFixed(9)));

/** Go's %q of an int (a rune): '\x03', 'A'. */
function goRune(n: number): string {
  if (n >= 0x20 && n < 0x7f) return n === 0x27 ? "'\\''" : n === 0x5c ? "'\\\\'" : `'${String.fromCharCode(n)}'`;
  return `'\\x${n.toString(16).padStart(2, '0')}'`;
}

/** How both builders print a health check: Go's %q of the HealthConfig struct. */
export function healthText(h: HealthcheckConfig): string {
  const d = (ns: number | undefined): string => JSON.stringify(goDuration(ns ?? 0));
  return `&{${goQuotedList(h.Test)} ${d(h.Interval)} ${d(h.Timeout)} ${d(h.StartPeriod)} ${d(h.StartInterval)} ${goRune(h.Retries ?? 0)}}`;
}

/**
 * The config change of a metadata instruction, or undefined for FROM, RUN, COPY and ADD.
 * `buildArgs` are the --build-arg values.
 */
export function metadataChange(state: StageState, ins: Instruction, buildArgs: Readonly<Record<string, string>>, escape = '\\'): MetadataChange | undefined {
  const expand = expander(state, escape);
  const next: ContainerConfig = structuredClone(state.config);
  const result = (legacy: string, buildkit = legacy, extra: Partial<MetadataChange> = {}): MetadataChange => ({ config: next, shell: state.shell, legacy, buildkit, ...extra });
  switch (ins.kind) {
    case 'cmd':
    case 'entrypoint': {
      const line = ins.prependShell ? [...state.shell, ins.cmdLine.join(' ')] : ins.cmdLine;
      if (ins.kind === 'cmd') {
        next.Cmd = line;
        state.cmdSet = true;
      } else {
        next.Entrypoint = line;
        // An ENTRYPOINT resets a CMD that came from the base image.
        if (!state.cmdSet) next.Cmd = null;
      }
      return result(`${ins.kind.toUpperCase()} ${goQuotedList(line)}`);
    }
    case 'env': {
      const values: Array<[string, string]> = [];
      for (const kv of ins.env) values.push([kv.key, expand(kv.value)]);
      for (const [k, v] of values) setEnv(next, k, v);
      return result(`ENV ${values.map(([k, v]) => `${k}=${v}`).join(' ')}`);
    }
    case 'label': {
      next.Labels = { ...(next.Labels ?? {}) };
      const pairs = ins.labels.map((kv) => [expand(kv.key), expand(kv.value)] as const);
      for (const [k, v] of pairs) next.Labels[k] = v;
      return result(`LABEL ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`);
    }
    case 'expose': {
      const ports = ins.ports.map(expand).map((p) => (p.includes('/') ? p : `${p}/tcp`));
      next.ExposedPorts = { ...(next.ExposedPorts ?? {}) };
      for (const p of ports) next.ExposedPorts[p] = {};
      const map = `map[${[...new Set(ports)].sort().map((p) => `${p}:{}`).join(' ')}]`;
      return result(`EXPOSE ${ports.join(' ')}`, `EXPOSE ${map}`);
    }
    case 'user':
      next.User = expand(ins.user);
      return result(`USER ${next.User}`);
    case 'workdir': {
      const dir = inDir(next.WorkingDir ?? '/', expand(ins.path));
      next.WorkingDir = dir;
      return result(`WORKDIR ${dir}`, `WORKDIR ${dir}`, { mkdir: dir });
    }
    case 'volume': {
      const volumes = ins.volumes.map(expand);
      next.Volumes = { ...(next.Volumes ?? {}) };
      for (const v of volumes) next.Volumes[v] = {};
      return result(`VOLUME ${goQuotedList(volumes)}`, `VOLUME ${goList(volumes)}`);
    }
    case 'stopsignal':
      next.StopSignal = expand(ins.signal);
      return result(`STOPSIGNAL ${next.StopSignal}`);
    case 'shell':
      next.Shell = ins.shell;
      return { ...result(`SHELL ${goQuotedList(ins.shell)}`, `SHELL ${goList(ins.shell)}`), shell: [...ins.shell] };
    case 'arg': {
      for (const a of ins.args) state.args.set(a.key, buildArgs[a.key] ?? (a.value !== undefined ? expand(a.value) : ''));
      const text = `ARG ${ins.args.map((a) => (a.value !== undefined || a.key in buildArgs ? `${a.key}=${state.args.get(a.key)}` : a.key)).join(' ')}`;
      return result(text);
    }
    case 'healthcheck': {
      const h = ins.health;
      const check: HealthcheckConfig = { Test: h.test };
      if (h.interval) check.Interval = h.interval;
      if (h.timeout) check.Timeout = h.timeout;
      if (h.startPeriod) check.StartPeriod = h.startPeriod;
      if (h.startInterval) check.StartInterval = h.startInterval;
      if (h.retries) check.Retries = h.retries;
      next.Healthcheck = check;
      return result(`HEALTHCHECK ${healthText(check)}`);
    }
    case 'onbuild': {
      const trigger = ins.expression.trim();
      next.OnBuild = [...(next.OnBuild ?? []), trigger];
      return result(`ONBUILD ${trigger}`);
    }
    case 'maintainer':
      return result(`MAINTAINER ${ins.maintainer}`);
    default:
      return undefined;
  }
}
