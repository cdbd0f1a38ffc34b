import { validateRestartPolicy } from '../../../daemon/container-restart';
import type { RestartPolicy, RestartPolicyMode } from '../../../runtime/containers/container';
import { ClientError } from '../../context';

/**
 * `--restart` as docker/cli reads it (opts.ParseRestartPolicy): "name" or "name:count".
 * An empty value sends no policy.
 */
export function parseRestartPolicy(text: string): RestartPolicy {
  if (text === '') return { Name: '', MaximumRetryCount: 0 };
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  const count = colon < 0 ? '' : text.slice(colon + 1);
  if (colon >= 0 && name === '') throw new ClientError('invalid restart policy format: no policy provided before colon');
  let max = 0;
  if (count !== '') {
    if (!/^[+-]?\d+$/.test(count)) throw new ClientError('invalid restart policy format: maximum retry count must be an integer');
    max = Number(count);
  }
  return { Name: name as RestartPolicyMode, MaximumRetryCount: max };
}

/**
 * The policy of `docker create/run`: parsed, refused with --rm ("conflicting options"),
 * then checked as the daemon checks it (an "Error response from daemon" when wrong).
 */
export function restartPolicyOption(text: string, autoRemove: boolean): RestartPolicy {
  const policy = parseRestartPolicy(text);
  if (autoRemove && policy.Name !== '' && policy.Name !== 'no') throw new ClientError('conflicting options: cannot specify both --restart and --rm');
  validateRestartPolicy(policy);
  return policy;
}
