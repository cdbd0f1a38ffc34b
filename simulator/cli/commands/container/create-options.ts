import { InvalidArgumentError } from '../../../errors';
import { ramInBytes } from '../../format/size-parse';
import { restartPolicyOption } from './restart-policy';
import type { CreateRequest } from '../../../daemon/container-config';
import type { HostConfig } from '../../../runtime/containers/container';
import { ClientError, type FlagValues } from '../../context';

export type PullPolicy = 'missing' | 'always' | 'never';

export interface ContainerOptions {
  request: CreateRequest;
  hostConfig: HostConfig;
  name: string;
  pull: PullPolicy;
  quiet: boolean;
}

/** `-e KEY=value` and `-e KEY` (copied from the client's environment when set there). */
export function envFlags(values: string[], clientEnv: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (value.includes('=')) out.push(value);
    else if (value in clientEnv) out.push(`${value}=${clientEnv[value]}`);
  }
  return out;
}

/** `-l key=value` / `-l key` (an empty value), as docker/cli reads labels. */
function labelFlags(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq < 0) out[value] = '';
    else out[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return out;
}

/** Turns `docker create/run` flags and arguments into an Engine API create request. */
export function containerOptions(flags: FlagValues, args: string[], clientEnv: Readonly<Record<string, string>>, attach: boolean): ContainerOptions {
  const [image, ...cmd] = args;
  const pull = (flags.changed('pull') ? flags.string('pull') : 'missing') as PullPolicy;
  if (!['missing', 'always', 'never'].includes(pull)) {
    throw new ClientError(`invalid pull option: '${pull}': must be one of "always", "missing" or "never"`);
  }
  const interactive = flags.bool('interactive');
  const request: CreateRequest = {
    Image: image!,
    Tty: flags.bool('tty'),
    OpenStdin: interactive,
    StdinOnce: interactive && attach,
    AttachStdin: interactive && attach,
    AttachStdout: attach,
    AttachStderr: attach,
    Env: envFlags(flags.stringList('env'), clientEnv),
  };
  if (cmd.length) request.Cmd = cmd;
  if (flags.changed('entrypoint')) request.Entrypoint = flags.string('entrypoint') ? [flags.string('entrypoint')] : [];
  if (flags.changed('workdir')) request.WorkingDir = flags.string('workdir');
  if (flags.changed('user')) request.User = flags.string('user');
  if (flags.changed('hostname')) request.Hostname = flags.string('hostname');
  if (flags.changed('stop-signal')) request.StopSignal = flags.string('stop-signal');
  if (flags.changed('stop-timeout')) request.StopTimeout = Number(flags.string('stop-timeout'));
  const labels = labelFlags(flags.stringList('label'));
  if (Object.keys(labels).length > 0) request.Labels = labels;
  const autoRemove = flags.bool('rm');
  const memory = flags.changed('memory') ? ramInBytes(flags.string('memory')) : 0;
  // moby's daemon refuses tiny limits (linux.MinMemory).
  if (memory > 0 && memory < 6 * 1024 * 1024) throw new InvalidArgumentError('Minimum memory limit allowed is 6MB');
  const pidsLimit = flags.changed('pids-limit') ? Number(flags.string('pids-limit')) : 0;
  return {
    request,
    hostConfig: {
      AutoRemove: autoRemove,
      RestartPolicy: restartPolicyOption(flags.string('restart'), autoRemove),
      ...(memory > 0 ? { Memory: memory } : {}),
      ...(pidsLimit > 0 ? { PidsLimit: pidsLimit } : {}),
    },
    name: flags.string('name'),
    pull,
    quiet: flags.bool('quiet'),
  };
}
