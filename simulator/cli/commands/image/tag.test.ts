import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../../../testing/test-engine.node';
import type { CommandHandler } from '../../context';
import { tag } from './tag';
import { docker } from './test-support';

const engine = useTestEngines();
const extra = new Map<string, CommandHandler>([['image tag', tag]]);

describe('docker tag', () => {
  it('adds a tag the image list shows, silently', async () => {
    const e = engine();
    await docker(e, 'docker pull -q hello-world');
    expect(await docker(e, 'docker tag hello-world myhello', extra)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(await docker(e, 'docker image tag hello-world:latest me/app:v1', extra)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const list = await docker(e, 'docker images');
    const id = list.stdout.split('\n')[1]!.split(/\s+/)[2]!;
    expect(list.stdout).toBe(
      [
        'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE',
        `hello-world   latest    ${id}   4 months ago   1.25kB`,
        `myhello       latest    ${id}   4 months ago   1.25kB`,
        `me/app        v1        ${id}   4 months ago   1.25kB`,
        '',
      ].join('\n'),
    );
    // by ID prefix too
    expect((await docker(e, `docker tag ${id.slice(0, 4)} byid:x`, extra)).exitCode).toBe(0);
    expect((await docker(e, 'docker images byid')).stdout).toContain(`byid         x         ${id}`);
  });

  it('fails for an unknown source image', async () => {
    const e = engine();
    expect(await docker(e, 'docker tag nosuch other', extra)).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nosuch:latest\n',
      exitCode: 1,
    });
  });

  it('rejects bad references on the client', async () => {
    const e = engine();
    await docker(e, 'docker pull -q hello-world');
    expect(await docker(e, 'docker tag hello-world Foo', extra)).toEqual({
      stdout: '',
      stderr: 'Error parsing reference: "Foo" is not a valid repository/tag: invalid reference format: repository name (library/Foo) must be lowercase\n',
      exitCode: 1,
    });
    expect((await docker(e, 'docker tag hello-world a:b:c', extra)).stderr).toBe(
      'Error parsing reference: "a:b:c" is not a valid repository/tag: invalid reference format\n',
    );
    expect((await docker(e, `docker tag hello-world x@sha256:${'a'.repeat(64)}`, extra)).stderr).toBe('refusing to create a tag with a digest reference\n');
    expect((await docker(e, 'docker tag hello-world sha256:x', extra)).stderr).toBe(
      'Error response from daemon: refusing to create an ambiguous tag using digest algorithm as name\n',
    );
  });

  it('needs exactly two arguments', async () => {
    const e = engine();
    const r = await docker(e, 'docker tag x', extra);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n",
    );
  });
});
