import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../../../testing/test-engine.node';
import type { CommandHandler } from '../../context';
import { docker } from '../image/test-support';
import { df } from './df';

const engine = useTestEngines();
const extra = new Map<string, CommandHandler>([['system df', df]]);

describe('docker system df', () => {
  it('shows zeros on a fresh daemon', async () => {
    const e = engine();
    expect(await docker(e, 'docker system df', extra)).toEqual({
      stdout: [
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
        'Images          0         0         0B        0B',
        'Containers      0         0         0B        0B',
        'Local Volumes   0         0         0B        0B',
        'Build Cache     0         0         0B        0B',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('counts images as reclaimable until a container uses them', async () => {
    const e = engine();
    await docker(e, 'docker pull -q hello-world');
    expect((await docker(e, 'docker system df', extra)).stdout).toBe(
      [
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
        'Images          1         0         1.247kB   1.247kB (100%)',
        'Containers      0         0         0B        0B',
        'Local Volumes   0         0         0B        0B',
        'Build Cache     0         0         0B        0B',
        '',
      ].join('\n'),
    );
    await docker(e, 'docker run hello-world');
    expect((await docker(e, 'docker system df', extra)).stdout).toBe(
      [
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
        'Images          1         1         1.247kB   0B (0%)',
        'Containers      1         0         0B        0B',
        'Local Volumes   0         0         0B        0B',
        'Build Cache     0         0         0B        0B',
        '',
      ].join('\n'),
    );
  });

  it('-v lists images, containers, volumes and build cache', async () => {
    const e = engine();
    await docker(e, 'docker run hello-world');
    const image = e.daemon.images.lookup('hello-world');
    const container = e.daemon.containers.all()[0]!;
    const r = await docker(e, 'docker system df -v', extra);
    expect(r.stdout).toBe(
      [
        'Images space usage:',
        '',
        'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS',
        `hello-world   latest    ${image.id.slice(7, 19)}   4 months ago   1.25kB    0B            1.247kB       1`,
        '',
        'Containers space usage:',
        '',
        'CONTAINER ID   IMAGE         COMMAND    LOCAL VOLUMES   SIZE      CREATED                  STATUS                              NAMES',
        `${container.id.slice(0, 12)}   hello-world   "/hello"   0               0B        Less than a second ago   Exited (0) Less than a second ago   ${container.name.slice(1)}`,
        '',
        'Local Volumes space usage:',
        '',
        'VOLUME NAME   LINKS     SIZE',
        '',
        'Build cache usage: 0B',
        '',
        'CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED',
        '',
      ].join('\n'),
    );
  });
});

describe('docker system df --format', () => {
  it('takes table templates, plain templates and json', async () => {
    const e = engine();
    expect((await docker(e, "docker system df --format 'table {{.Type}}\\t{{.Active}}'", extra)).stdout).toBe(
      ['TYPE            ACTIVE', 'Images          0', 'Containers      0', 'Local Volumes   0', 'Build Cache     0', ''].join('\n'),
    );
    expect((await docker(e, "docker system df --format '{{.Type}}={{.Size}}'", extra)).stdout).toBe('Images=0B\nContainers=0B\nLocal Volumes=0B\nBuild Cache=0B\n');
    expect((await docker(e, 'docker system df --format json', extra)).stdout.split('\n')[0]).toBe(
      '{"Active":"0","Reclaimable":"0B","Size":"0B","TotalCount":"0","Type":"Images"}',
    );
  });
});
