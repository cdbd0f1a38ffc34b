import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

const TOP_KEYS = [
  'Id', 'Created', 'Path', 'Args', 'State', 'Image', 'ResolvConfPath', 'HostnamePath', 'HostsPath', 'LogPath', 'Name', 'RestartCount', 'Driver', 'Platform',
  'MountLabel', 'ProcessLabel', 'AppArmorProfile', 'ExecIDs', 'HostConfig', 'GraphDriver', 'Mounts', 'Config', 'NetworkSettings',
];

describe('docker container inspect', () => {
  it('prints the JSON Docker 28 prints, 4-space indented, in struct order', async () => {
    const e = await session(['docker run --name done --entrypoint /args progs 3 "a b"']);
    const c = e.daemon.containers.get('done');
    const out = await runLine(e, 'docker container inspect done', 200);
    expect(out.exitCode).toBe(0);
    expect(out.output.startsWith('[\n    {\n        "Id": ')).toBe(true);
    const [json] = JSON.parse(out.output) as Array<Record<string, unknown>>;
    expect(Object.keys(json!)).toEqual(TOP_KEYS);
    expect(json).toMatchObject({
      Id: c.id,
      Created: '2026-01-05T09:00:00Z',
      Path: '/args',
      Args: ['3', 'a b'],
      State: {
        Status: 'exited',
        Running: false,
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: 0,
        ExitCode: 3,
        Error: '',
        StartedAt: '2026-01-05T09:00:00Z',
        FinishedAt: '2026-01-05T09:00:00Z',
      },
      Image: c.image,
      ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
      LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
      Name: '/done',
      RestartCount: 0,
      Driver: 'overlay2',
      Platform: 'linux',
      AppArmorProfile: 'docker-default',
      ExecIDs: null,
      Mounts: [],
    });
    expect(Object.keys(json!.State as object)).toEqual(['Status', 'Running', 'Paused', 'Restarting', 'OOMKilled', 'Dead', 'Pid', 'ExitCode', 'Error', 'StartedAt', 'FinishedAt']);
    expect(json!.HostConfig).toMatchObject({ NetworkMode: 'bridge', RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, AutoRemove: false, LogConfig: { Type: 'json-file', Config: {} } });
    expect(json!.Config).toMatchObject({ Image: 'progs', Entrypoint: ['/args'], Cmd: ['3', 'a b'], Hostname: c.id.slice(0, 12), Labels: {} });
    expect((json!.GraphDriver as { Name: string }).Name).toBe('overlay2');
    expect(json!.NetworkSettings).toMatchObject({ IPAddress: '', Gateway: '', Networks: { bridge: { IPAddress: '', Gateway: '' } } });
  });

  it('never-started containers have zero times; running ones a bridge address', async () => {
    const e = await session(['docker create --name idle progs', 'docker run -d --name web --entrypoint /spin progs', 'docker run -d --name web2 --entrypoint /spin progs']);
    const f = async (format: string, name: string): Promise<string> => (await runLine(e, `docker inspect -f '${format}' ${name}`)).output;
    expect(await f('{{.State.StartedAt}} {{.State.FinishedAt}} [{{.LogPath}}]', 'idle')).toBe('0001-01-01T00:00:00Z 0001-01-01T00:00:00Z []\n');
    expect(e.daemon.containers.get('web').ipAddress).toMatch(/^172\.17\.0\.\d+$/);
    expect(await f('{{.State.Status}} {{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}} {{.NetworkSettings.IPPrefixLen}}', 'web')).toBe(`running ${e.daemon.containers.get('web').ipAddress} 172.17.0.1 16\n`);
    expect(await f('{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}}{{end}}', 'web2')).toBe(`bridge=${e.daemon.containers.get('web2').ipAddress}\n`);
    expect(await f('{{.State.Pid}}', 'web')).toBe(`${e.daemon.containers.get('web').state.Pid}\n`);
    expect(await f('{{json .Config.Entrypoint}} {{.HostConfig.LogConfig.Config}} {{.Config.StopSignal}}|', 'web')).toBe('["/spin"] map[] |\n');
    await runLine(e, 'docker kill web web2');
  });

  it('--size adds SizeRw and SizeRootFs; errors are collected after the output', async () => {
    const e = await session(['docker create --name idle progs']);
    const out = await runLine(e, 'docker container inspect -s -f "{{.SizeRw}} {{.SizeRootFs}}" idle');
    expect(out.output).toBe(`0 ${e.daemon.images.lookup('progs').size}\n`);
    const plain = await runLine(e, 'docker container inspect -f "{{.SizeRw}}" idle nope');
    expect(plain).toMatchObject({ exitCode: 1, output: '<nil>\nError response from daemon: No such container: nope\n' });
    expect(await runLine(e, 'docker container inspect nope')).toMatchObject({ exitCode: 1, output: '[]\nError response from daemon: No such container: nope\n' });
  });
});

describe('ports and stop signal from the image', () => {
  it('a running container lists the ports its image exposes; docker stop sends STOPSIGNAL', async () => {
    const e = await session(['docker create --name base progs']);
    expect((await runLine(e, 'docker commit -c "EXPOSE 80 53/udp" -c "STOPSIGNAL SIGQUIT" base served')).exitCode).toBe(0);
    await runLine(e, 'docker run -d --name web --entrypoint /spin served');
    expect((await runLine(e, 'docker ps --format "{{.Ports}}"')).output).toBe('53/udp, 80/tcp\n');
    const f = async (format: string): Promise<string> => (await runLine(e, `docker inspect -f '${format}' web`)).output;
    expect(await f('{{json .NetworkSettings.Ports}} {{json .Config.ExposedPorts}} {{.Config.StopSignal}}')).toBe('{"53/udp":null,"80/tcp":null} {"53/udp":{},"80/tcp":{}} SIGQUIT\n');
    const sent: number[] = [];
    const task = e.daemon.taskOf(e.daemon.containers.get('web').id)!;
    const kill = task.process.kill.bind(task.process);
    Object.defineProperty(task.process, 'kill', { value: (s: number) => (sent.push(s), kill(s)) });
    expect((await runLine(e, 'docker stop -t 0 web')).output).toBe('web\n');
    expect(sent).toEqual([3, 9]);
    expect(await f('{{json .NetworkSettings.Ports}}')).toBe('{}\n');
    expect((await runLine(e, 'docker ps -a --format "[{{.Ports}}]" -f name=web')).output).toBe('[]\n');
  });
});

describe('docker inspect', () => {
  it('finds containers first, then images', async () => {
    const e = await session(['docker create --name idle progs']);
    expect((await runLine(e, 'docker inspect -f "{{.Name}}" idle')).output).toBe('/idle\n');
    expect((await runLine(e, 'docker inspect -f "{{.Os}}" progs')).output).toBe('linux\n');
    expect((await runLine(e, 'docker inspect --type image -f "{{.Os}}" progs')).output).toBe('linux\n');
    expect(await runLine(e, 'docker inspect --type container progs')).toMatchObject({ exitCode: 1, output: '[]\nError response from daemon: No such container: progs\n' });
    expect(await runLine(e, 'docker inspect nope')).toMatchObject({ exitCode: 1, output: '[]\nError: No such object: nope\n' });
    const both = JSON.parse((await runLine(e, 'docker inspect idle progs', 200)).output) as Array<{ Id: string }>;
    expect(both.map((o) => o.Id)).toEqual([e.daemon.containers.get('idle').id, e.daemon.images.lookup('progs').id]);
  });
});
