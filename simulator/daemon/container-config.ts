import { InvalidArgumentError } from '../errors';
import type { Image } from '../images/image';
import type { ContainerCreateConfig } from '../runtime/containers/container';
import { DEFAULT_PATH } from '../runtime/tasks/resolve-executable';

/** What a client sends to create a container (the parts of Docker's Config it may set). */
export interface CreateRequest {
  Image: string;
  Cmd?: string[];
  Entrypoint?: string[] | null;
  Env?: string[];
  WorkingDir?: string;
  User?: string;
  Hostname?: string;
  Tty?: boolean;
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  Labels?: Record<string, string>;
  StopSignal?: string;
  StopTimeout?: number;
}

/** Merges env lists by key, later entries winning, keeping first-seen order. */
export function mergeEnv(base: readonly string[], overrides: readonly string[]): string[] {
  const out = [...base];
  for (const entry of overrides) {
    const key = entry.split('=', 1)[0];
    const index = out.findIndex((e) => e.split('=', 1)[0] === key);
    if (index >= 0) out[index] = entry;
    else out.push(entry);
  }
  return out;
}

/**
 * The container config as the daemon stores it: the request merged over the image's config,
 * as moby's merge does (an entrypoint given by the client drops the image's CMD).
 */
export function mergeConfig(request: CreateRequest, image: Image, id: string): ContainerCreateConfig {
  const fromImage = image.config.config;
  const entrypointGiven = request.Entrypoint !== undefined;
  const entrypoint = entrypointGiven ? (request.Entrypoint?.length ? request.Entrypoint : null) : (fromImage.Entrypoint ?? null);
  const cmd = request.Cmd?.length ? request.Cmd : entrypointGiven ? null : (fromImage.Cmd ?? null);
  if (!entrypoint?.length && !cmd?.length) throw new InvalidArgumentError('no command specified');
  let env = mergeEnv(fromImage.Env ?? [], request.Env ?? []);
  if (!env.some((e) => e.startsWith('PATH='))) env = [`PATH=${DEFAULT_PATH}`, ...env];
  return {
    Hostname: request.Hostname || id.slice(0, 12),
    Domainname: '',
    User: request.User ?? fromImage.User ?? '',
    AttachStdin: request.AttachStdin ?? false,
    AttachStdout: request.AttachStdout ?? true,
    AttachStderr: request.AttachStderr ?? true,
    Tty: request.Tty ?? false,
    OpenStdin: request.OpenStdin ?? false,
    StdinOnce: request.StdinOnce ?? false,
    Env: env,
    Cmd: cmd,
    Image: request.Image,
    WorkingDir: request.WorkingDir || fromImage.WorkingDir || '',
    Entrypoint: entrypoint,
    Labels: { ...(fromImage.Labels ?? {}), ...(request.Labels ?? {}) },
    ...(request.StopSignal ? { StopSignal: request.StopSignal } : {}),
    ...(request.StopTimeout !== undefined && Number.isFinite(request.StopTimeout) ? { StopTimeout: request.StopTimeout } : {}),
  };
}
