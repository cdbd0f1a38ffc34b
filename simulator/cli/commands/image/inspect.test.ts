import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../../../testing/test-engine.node';
import { overlayCacheId } from '../../../daemon/image-inspect';
import type { CommandHandler } from '../../context';
import { inspectObjects as inspect } from '../container/inspect-objects';
import { imageInspectCommand } from './inspect';
import { tag } from './tag';
import { docker } from './test-support';

const engine = useTestEngines();
const extra = new Map<string, CommandHandler>([
  ['image inspect', imageInspectCommand],
  ['inspect', inspect],
  ['image tag', tag],
]);

async function pulled() {
  const e = engine();
  await docker(e, 'docker pull -q hello-world');
  const image = e.daemon.images.lookup('hello-world');
  const digest = e.daemon.images.referencesOf(image.id).find((r) => r.digest)!.digest!;
  const layer = image.config.rootfs.diff_ids[0]!;
  const cache = overlayCacheId(image.topChainId);
  const expected = (lastTagTime = '0001-01-01T00:00:00Z', tags = ['hello-world:latest']) =>
    [
      '[',
      '    {',
      `        "Id": "${image.id}",`,
      '        "RepoTags": [',
      tags.map((t) => `            "${t}"`).join(',\n'),
      '        ],',
      '        "RepoDigests": [',
      `            "hello-world@${digest}"`,
      '        ],',
      '        "Parent": "",',
      '        "Comment": "buildkit.dockerfile.v0",',
      '        "Created": "2025-08-08T19:05:17Z",',
      '        "DockerVersion": "",',
      '        "Author": "",',
      // API 1.50 merges the legacy fields in and sends Config as a map: keys sorted.
      '        "Config": {',
      '            "Cmd": [',
      '                "/hello"',
      '            ],',
      '            "Entrypoint": null,',
      '            "Env": [',
      '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"',
      '            ],',
      '            "Labels": null,',
      '            "OnBuild": null,',
      '            "User": "",',
      '            "Volumes": null,',
      '            "WorkingDir": "/"',
      '        },',
      '        "Architecture": "amd64",',
      '        "Os": "linux",',
      `        "Size": ${image.size},`,
      '        "GraphDriver": {',
      '            "Data": {',
      `                "MergedDir": "/var/lib/docker/overlay2/${cache}/merged",`,
      `                "UpperDir": "/var/lib/docker/overlay2/${cache}/diff",`,
      `                "WorkDir": "/var/lib/docker/overlay2/${cache}/work"`,
      '            },',
      '            "Name": "overlay2"',
      '        },',
      '        "RootFS": {',
      '            "Type": "layers",',
      '            "Layers": [',
      `                "${layer}"`,
      '            ]',
      '        },',
      '        "Metadata": {',
      `            "LastTagTime": "${lastTagTime}"`,
      '        }',
      '    }',
      ']',
      '',
    ].join('\n');
  return { e, image, expected };
}

describe('docker image inspect', () => {
  it('prints the image as the daemon describes it, indented in an array', async () => {
    const { e, expected } = await pulled();
    expect(await docker(e, 'docker image inspect hello-world', extra)).toEqual({ stdout: expected(), stderr: '', exitCode: 0 });
  });

  it('docker inspect finds images too', async () => {
    const { e, image, expected } = await pulled();
    expect(await docker(e, 'docker inspect hello-world', extra)).toEqual({ stdout: expected(), stderr: '', exitCode: 0 });
    expect((await docker(e, `docker inspect ${image.id.slice(7, 13)}`, extra)).stdout).toBe(expected());
    expect((await docker(e, 'docker inspect --type image hello-world:latest', extra)).stdout).toBe(expected());
  });

  it('shows tags sorted and the last tag time after docker tag', async () => {
    const { e, expected } = await pulled();
    await docker(e, 'docker tag hello-world abc:1', extra);
    expect((await docker(e, 'docker image inspect hello-world', extra)).stdout).toBe(expected('2026-01-05T09:00:00Z', ['abc:1', 'hello-world:latest']));
  });

  it('prints several images, and [] plus errors for missing ones', async () => {
    const { e, expected } = await pulled();
    const body = expected().slice(2, -3); // the object without the array brackets
    const both = await docker(e, 'docker image inspect hello-world hello-world:latest', extra);
    expect(both.stdout).toBe(`[\n${body},\n${body}\n]\n`);
    expect(await docker(e, 'docker image inspect nosuch', extra)).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: nosuch:latest\n',
      exitCode: 1,
    });
    const mixed = await docker(e, 'docker image inspect nosuch hello-world other:1', extra);
    expect(mixed).toEqual({
      stdout: expected(),
      stderr: 'Error response from daemon: No such image: nosuch:latest\nError response from daemon: No such image: other:1\n',
      exitCode: 1,
    });
  });

  it('docker inspect says "No such object" for unknown names', async () => {
    const e = engine();
    expect(await docker(e, 'docker inspect foo', extra)).toEqual({ stdout: '[]\n', stderr: 'Error: No such object: foo\n', exitCode: 1 });
    expect(await docker(e, 'docker inspect --type image foo', extra)).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: foo:latest\n',
      exitCode: 1,
    });
    expect(await docker(e, 'docker inspect --type bogus foo', extra)).toEqual({ stdout: '', stderr: '"bogus" is not a valid value for --type\n', exitCode: 1 });
  });

  it('--format json prints each object compact on one line', async () => {
    const { e, expected } = await pulled();
    const r = await docker(e, 'docker image inspect --format json hello-world', extra);
    // The CLI re-encodes its typed InspectResponse: Config in DockerOCIImageConfig order, empties left out.
    const typed = JSON.parse(expected())[0];
    typed.Config = { Env: typed.Config.Env, Cmd: typed.Config.Cmd, WorkingDir: '/' };
    expect(r.stdout).toBe(`${JSON.stringify(typed)}\n`);
    expect(r.stdout).toContain('"Config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/hello"],"WorkingDir":"/"},"Architecture"');
  });

  it('--format runs Go templates on each image', async () => {
    const { e, image } = await pulled();
    const run = async (format: string) => docker(e, `docker image inspect --format '${format}' hello-world`, extra);
    expect(await run('{{.Id}}')).toEqual({ stdout: `${image.id}\n`, stderr: '', exitCode: 0 });
    expect((await run('{{.Config.Cmd}}')).stdout).toBe('[/hello]\n');
    expect((await run('{{.Config.Entrypoint}}')).stdout).toBe('[]\n');
    expect((await run('{{.Config.Labels}}')).stdout).toBe('map[]\n');
    expect((await run('{{json .Config}}')).stdout).toBe(
      '{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["/hello"],"WorkingDir":"/"}\n',
    );
    expect((await run('{{.Os}}/{{.Architecture}} {{.Size}}')).stdout).toBe(`linux/amd64 ${image.size}\n`);
    expect((await run('{{range .RepoTags}}tag={{.}} {{end}}')).stdout).toBe('tag=hello-world:latest \n');
    expect((await run('{{join .RepoTags ","}} {{len .RootFS.Layers}}')).stdout).toBe('hello-world:latest 1\n');
    expect((await run('{{if .Config.Entrypoint}}yes{{else}}no{{end}}')).stdout).toBe('no\n');
    expect((await run('{{.Metadata.LastTagTime}}')).stdout).toBe('0001-01-01 00:00:00 +0000 UTC\n');
    expect((await run('{{.Nope}}')).stdout).toBe('<no value>\n');
    expect((await run('{{index .Config.Env 0}}')).stdout).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n');
    expect((await docker(e, "docker inspect -f '{{.Config.WorkingDir}}' hello-world", extra)).stdout).toBe('/\n');
  });

  it('reports template errors with status 64', async () => {
    const { e } = await pulled();
    expect(await docker(e, "docker image inspect --format '{{nosuchfunc .Id}}' hello-world", extra)).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: function "nosuchfunc" not defined\n',
      exitCode: 64,
    });
  });
});
