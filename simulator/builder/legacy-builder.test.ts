import { describe, expect, it } from 'vitest';
import { runLine } from '../node/transcript';
import { useTestEngines } from '../testing/test-engine.node';

const engine = useTestEngines();

const NOTICE =
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
  '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n' +
  '            environment-variable.\n\n';

async function project(files: Record<string, string>) {
  const e = engine();
  for (const line of ['export DOCKER_BUILDKIT=0', 'mkdir app', 'cd app']) await runLine(e, line);
  for (const [name, content] of Object.entries(files)) e.shell.fs.writeFile(`/home/student/app/${name}`, content);
  await runLine(e, 'docker pull -q alpine');
  return e;
}

const ids = (text: string) => text.replace(/\b[0-9a-f]{12}\b/g, 'ID');

describe('docker build with DOCKER_BUILDKIT=0', () => {
  it('prints the classic builder steps and tags the image; a rebuild comes from the cache', async () => {
    const e = await project({ Dockerfile: 'FROM alpine\nRUN echo hi > /hello && echo built\nCMD ["cat", "/hello"]\n' });
    const first = await runLine(e, 'docker build -t myimg .');
    expect(first.exitCode).toBe(0);
    expect(ids(first.output)).toBe(
      NOTICE +
        [
          'Sending build context to Docker daemon  2.048kB',
          'Step 1/3 : FROM alpine',
          ' ---> ID',
          'Step 2/3 : RUN echo hi > /hello && echo built',
          ' ---> Running in ID',
          'built',
          ' ---> Removed intermediate container ID',
          ' ---> ID',
          'Step 3/3 : CMD ["cat", "/hello"]',
          ' ---> Running in ID',
          ' ---> Removed intermediate container ID',
          ' ---> ID',
          'Successfully built ID',
          'Successfully tagged myimg:latest',
          '',
        ].join('\n'),
    );
    const second = await runLine(e, 'docker build -t myimg .');
    expect(ids(second.output)).toContain('Step 2/3 : RUN echo hi > /hello && echo built\n ---> Using cache\n ---> ID\nStep 3/3 : CMD ["cat", "/hello"]\n ---> Using cache\n');
    expect(second.output.match(/Successfully built (\w+)/)![1]).toBe(first.output.match(/Successfully built (\w+)/)![1]);
    expect((await runLine(e, 'docker run --rm myimg')).output).toBe('hi\n');
    const history = (await runLine(e, 'docker history --format "{{.CreatedBy}}|{{.Size}}" myimg')).output.split('\n');
    expect(history.slice(0, 2)).toEqual(['/bin/sh -c #(nop)  CMD ["cat" "/hello"]|0B', '/bin/sh -c echo hi > /hello && echo built|3B']);
    // Intermediate images stay out of `docker images` (and show with -a).
    expect((await runLine(e, 'docker images -q')).output.trim().split('\n')).toHaveLength(2);
    expect((await runLine(e, 'docker images -a -q')).output.trim().split('\n')).toHaveLength(3);
  }, 30_000);

  it('takes COPY from the context, and a changed file misses the cache from that step on', async () => {
    const e = await project({ Dockerfile: 'FROM alpine\nWORKDIR /app\nCOPY a.txt .\nRUN cat a.txt\n', 'a.txt': 'one\n' });
    await runLine(e, 'docker build -t copy .');
    e.shell.fs.writeFile('/home/student/app/a.txt', 'two\n');
    const again = await runLine(e, 'docker build -t copy .');
    expect(ids(again.output)).toContain('Step 2/4 : WORKDIR /app\n ---> Using cache\n ---> ID\nStep 3/4 : COPY a.txt .\n ---> ID\nStep 4/4 : RUN cat a.txt\n ---> Running in ID\ntwo\n');
    expect((await runLine(e, 'docker run --rm copy pwd')).output).toBe('/app\n');
  }, 30_000);

  it('unpacks a local tar archive with ADD', async () => {
    const e = await project({ Dockerfile: 'FROM alpine\nADD site.tar /srv/\nRUN ls -R /srv\n' });
    const { writeTar } = await import('../archive');
    const enc = new TextEncoder();
    e.shell.fs.writeFile('/home/student/app/site.tar', writeTar([
      { name: 'www/', type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 0 },
      { name: 'www/index.html', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 6, mtime: 0, data: enc.encode('hello\n') },
    ]));
    const r = await runLine(e, 'docker build -t site .');
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain('/srv:\nwww\n\n/srv/www:\nindex.html\n');
  }, 30_000);

  it('stops at a failing RUN with the classic builder message', async () => {
    const e = await project({ Dockerfile: 'FROM alpine\nRUN exit 13\n' });
    const r = await runLine(e, 'docker build .');
    expect(r.exitCode).toBe(1);
    expect(r.output.endsWith("The command '/bin/sh -c exit 13' returned a non-zero code: 13\n")).toBe(true);
    expect((await runLine(e, 'docker ps -aq')).output).toBe('');
  }, 30_000);

  it('reports a missing context or Dockerfile as the client does', async () => {
    const e = await project({});
    expect((await runLine(e, 'docker build nosuch')).output).toBe(`${NOTICE}unable to prepare context: path "nosuch" not found\n`);
    expect((await runLine(e, 'docker build .')).output).toBe(`${NOTICE}unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /home/student/app/Dockerfile: no such file or directory\n`);
  }, 30_000);
});
