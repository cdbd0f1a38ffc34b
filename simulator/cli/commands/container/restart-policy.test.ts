import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../index';
import { runLine } from '../../../node/transcript';
import type { RestartPolicy } from '../../../runtime/containers/container';
import { useTestEngines } from '../../../testing/test-engine.node';
import { errorText } from '../../context';
import { withTestPrograms } from './lifecycle-test-support.node';
import { restartPolicyOption } from './restart-policy';

const engine = useTestEngines();

function policyError(text: string, rm = false): string {
  try {
    restartPolicyOption(text, rm);
    return '';
  } catch (err) {
    return errorText(err);
  }
}

async function until(check: () => boolean, ms = 1500): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function runWithPolicy(e: Engine, name: string, policy: RestartPolicy, entrypoint: string[]): Promise<string> {
  const { Id } = e.daemon.containerCreate({ Image: 'progs', Entrypoint: entrypoint }, { AutoRemove: false, RestartPolicy: policy }, name);
  await e.daemon.containerStart(Id);
  return Id;
}

describe('--restart', () => {
  it('parses and checks policies as docker/cli and the daemon do', () => {
    expect(restartPolicyOption('no', false)).toEqual({ Name: 'no', MaximumRetryCount: 0 });
    expect(restartPolicyOption('on-failure:3', false)).toEqual({ Name: 'on-failure', MaximumRetryCount: 3 });
    expect(restartPolicyOption('no', true)).toEqual({ Name: 'no', MaximumRetryCount: 0 });
    expect(policyError('always', true)).toBe('conflicting options: cannot specify both --restart and --rm');
    expect(policyError(':3')).toBe('invalid restart policy format: no policy provided before colon');
    expect(policyError('on-failure:x')).toBe('invalid restart policy format: maximum retry count must be an integer');
    expect(policyError('always:2')).toBe("Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'");
    expect(policyError('always:-2')).toBe("Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure' and cannot be negative");
    expect(policyError('on-failure:-1')).toBe('Error response from daemon: invalid restart policy: maximum retry count cannot be negative');
    expect(policyError('sometimes')).toBe("Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'");
  });

  it('on-failure:N restarts a failing container N times, with back-off, then leaves it exited', async () => {
    const e = engine();
    await withTestPrograms(e);
    const id = await runWithPolicy(e, 'flaky', { Name: 'on-failure', MaximumRetryCount: 2 }, ['/args', '3']);
    const c = e.daemon.containers.get(id);
    await until(() => c.state.Restarting);
    expect((await runLine(e, 'docker ps --format "{{.Status}}"')).output).toBe('Restarting (3) Less than a second ago\n');
    await until(() => c.restartCount === 2 && c.state.Status === 'exited');
    expect(c.state.ExitCode).toBe(3);
    expect((await runLine(e, 'docker inspect -f "{{.RestartCount}} {{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}" flaky')).output).toBe('2 on-failure:2\n');
    expect((await runLine(e, 'docker logs flaky')).output.match(/argc=2/g)).toHaveLength(3);
  });

  it('on-failure does not restart a clean exit; always does', async () => {
    const e = engine();
    await withTestPrograms(e);
    const clean = e.daemon.containers.get(await runWithPolicy(e, 'clean', { Name: 'on-failure', MaximumRetryCount: 0 }, ['/args']));
    const always = e.daemon.containers.get(await runWithPolicy(e, 'again', { Name: 'always', MaximumRetryCount: 0 }, ['/args']));
    await until(() => always.restartCount >= 2);
    expect(clean.state.Status).toBe('exited');
    expect(clean.restartCount).toBe(0);
    // docker stop ends the restarting for good
    expect((await runLine(e, 'docker stop -t 0 again')).output).toBe('again\n');
    const count = always.restartCount;
    await new Promise((r) => setTimeout(r, 300));
    expect(always.state.Status).toBe('exited');
    expect(always.restartCount).toBe(count);
  });

  it('unless-stopped restarts after a crash but not after docker stop or kill', async () => {
    const e = engine();
    await withTestPrograms(e);
    const c = e.daemon.containers.get(await runWithPolicy(e, 'svc', { Name: 'unless-stopped', MaximumRetryCount: 0 }, ['/spin']));
    const pid = c.state.Pid;
    // SIGKILL from inside the machine (not docker kill) is a crash: the policy applies
    e.daemon.taskOf(c.id)!.process.kill(9);
    await until(() => c.state.Running && !c.state.Restarting && c.state.Pid !== pid);
    expect(c.restartCount).toBe(1);
    expect((await runLine(e, 'docker kill svc')).output).toBe('svc\n');
    await new Promise((r) => setTimeout(r, 200));
    expect(c.state).toMatchObject({ Status: 'exited', ExitCode: 137 });
    // a manual start starts the count over
    expect((await runLine(e, 'docker start svc')).output).toBe('svc\n');
    e.daemon.taskOf(c.id)!.process.kill(9);
    await until(() => c.state.Running && !c.state.Restarting && c.restartCount === 1);
    await runLine(e, 'docker rm -f svc');
  });

  it('docker stop of a restarting container drops the pending restart', async () => {
    const e = engine();
    await withTestPrograms(e);
    const c = e.daemon.containers.get(await runWithPolicy(e, 'loop', { Name: 'always', MaximumRetryCount: 0 }, ['/args', '4']));
    await until(() => c.restartCount >= 2 && c.state.Restarting);
    expect((await runLine(e, 'docker inspect -f "{{.State.Status}} {{.State.Running}} {{.State.Restarting}} {{.State.Pid}}" loop')).output).toBe('restarting true true 0\n');
    const count = c.restartCount;
    expect(await runLine(e, 'docker stop loop')).toMatchObject({ exitCode: 0, output: 'loop\n' });
    expect(c.state).toMatchObject({ Status: 'exited', Running: false, Restarting: false, ExitCode: 4 });
    await new Promise((r) => setTimeout(r, 500));
    expect(c.restartCount).toBe(count);
    expect(c.state.Status).toBe('exited');
  });

  it('a restarting container can be removed only with -f', async () => {
    const e = engine();
    await withTestPrograms(e);
    const c = e.daemon.containers.get(await runWithPolicy(e, 'loop', { Name: 'always', MaximumRetryCount: 0 }, ['/trap']));
    await until(() => c.restartCount >= 3 && c.state.Restarting);
    expect(await runLine(e, 'docker rm loop')).toMatchObject({
      exitCode: 1,
      output: 'Error response from daemon: cannot remove container "loop": container is restarting: stop the container before removing or force remove\n',
    });
    expect(await runLine(e, 'docker rm -f loop')).toMatchObject({ exitCode: 0, output: 'loop\n' });
    await new Promise((r) => setTimeout(r, 300));
    expect(e.daemon.containers.find('loop')).toBeUndefined();
  });
});
