/**
 * `docker commit --change`: Dockerfile instructions applied to the new image's config.
 * Only the instructions that change config (not files) are allowed, as in Docker.
 */
import { InvalidArgumentError } from '../errors';
import type { ContainerConfig } from '../images/oci';

const ALLOWED = new Set(['cmd', 'entrypoint', 'env', 'expose', 'label', 'onbuild', 'stopsignal', 'user', 'volume', 'workdir']);

/** Words of a shell-form argument, with quotes removed (enough for ENV, LABEL, EXPOSE). */
function words(text: string): string[] {
  const out: string[] = [];
  let word = '';
  let quote = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) out.push(word);
  return out;
}

/** The JSON (exec) form, when the argument is a JSON array of strings. */
function jsonForm(text: string): string[] | undefined {
  if (!text.trim().startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
  } catch {
    return undefined;
  }
}

const commandForm = (text: string): string[] => jsonForm(text) ?? ['/bin/sh', '-c', text];

function pairs(instruction: string, text: string): Array<[string, string]> {
  const list = words(text);
  if (list.length > 0 && !list[0]!.includes('=')) {
    // legacy form: KEY value with spaces
    const [key, ...rest] = text.trim().split(/\s+/);
    if (rest.length === 0) throw new InvalidArgumentError(`${instruction.toUpperCase()} must have two arguments`);
    return [[key!, text.trim().slice(key!.length).trim()]];
  }
  return list.map((w) => {
    const eq = w.indexOf('=');
    if (eq <= 0) throw new InvalidArgumentError(`${instruction.toUpperCase()} names can not be blank`);
    return [w.slice(0, eq), w.slice(eq + 1)];
  });
}

export function applyChanges(config: ContainerConfig, changes: readonly string[]): ContainerConfig {
  const out: ContainerConfig = { ...config };
  for (const line of changes) {
    const trimmed = line.trim();
    const match = /^(\S+)\s*([^]*)$/.exec(trimmed);
    if (!match) continue;
    const instruction = match[1]!.toLowerCase();
    const rest = match[2]!;
    if (!ALLOWED.has(instruction)) throw new InvalidArgumentError(`${instruction} is not a valid change command`);
    switch (instruction) {
      case 'cmd':
        out.Cmd = commandForm(rest);
        break;
      case 'entrypoint':
        out.Entrypoint = commandForm(rest);
        break;
      case 'env': {
        const env = [...(out.Env ?? [])];
        for (const [key, value] of pairs(instruction, rest)) {
          const at = env.findIndex((e) => e.slice(0, e.indexOf('=')) === key);
          if (at >= 0) env[at] = `${key}=${value}`;
          else env.push(`${key}=${value}`);
        }
        out.Env = env;
        break;
      }
      case 'label':
        out.Labels = { ...(out.Labels ?? {}), ...Object.fromEntries(pairs(instruction, rest)) };
        break;
      case 'expose': {
        const ports = { ...(out.ExposedPorts ?? {}) };
        for (const port of words(rest)) ports[port.includes('/') ? port : `${port}/tcp`] = {};
        out.ExposedPorts = ports;
        break;
      }
      case 'volume': {
        const volumes = { ...(out.Volumes ?? {}) };
        for (const path of jsonForm(rest) ?? words(rest)) volumes[path] = {};
        out.Volumes = volumes;
        break;
      }
      case 'user':
        out.User = rest.trim();
        break;
      case 'workdir': {
        const dir = rest.trim();
        out.WorkingDir = dir.startsWith('/') ? dir : `${(out.WorkingDir || '/').replace(/\/$/, '')}/${dir}`;
        break;
      }
      case 'stopsignal':
        out.StopSignal = rest.trim();
        break;
      case 'onbuild':
        out.OnBuild = [...(out.OnBuild ?? []), rest.trim()];
        break;
    }
  }
  return out;
}
