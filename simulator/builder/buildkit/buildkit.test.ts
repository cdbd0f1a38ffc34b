import { describe, expect, it } from 'vitest';
import type { AnyEngineEvent } from '../../events/types';
import { stringWidth } from '../../cli/format/width';
import { runLine } from '../../node/transcript';
import { useTestEngines } from '../../testing/test-engine.node';

const engine = useTestEngines();

async function project(files: Record<string, string>) {
  const e = engine();
  for (const line of ['mkdir app', 'cd app']) await runLine(e, line);
  write(e, files);
  return e;
}

function write(e: ReturnType<typeof engine>, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = `/home/student/app/${name}`;
    const parts = path.split('/').slice(1, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = `/${parts.slice(0, i).join('/')}`;
      try {
        e.shell.fs.mkdir(dir, 0o755);
      } catch {
        // already there
      }
    }
    e.shell.fs.writeFile(path, content);
  }
}

/** The build's step events, as "<line>:<status>[:<reason>]". */
function recordSteps(e: ReturnType<typeof engine>): () => string[] {
  const steps: string[] = [];
  e.subscribe((event: AnyEngineEvent) => {
    if (event.topic === '/build/start') steps.length = 0;
    if (event.topic === '/build/step') steps.push(`${event.payload.startLine}:${event.payload.status}${event.payload.reason ? `:${event.payload.reason}` : ''}`);
  });
  return () => [...steps];
}

const HELLO = 'FROM alpine\nRUN echo hi > /hi.txt && echo made it\nCMD ["cat", "/hi.txt"]\n';
const digests = (text: string) => text.replace(/sha256:[0-9a-f]{64}/g, 'sha256:D');

describe('docker build (BuildKit)', () => {
  it('prints the plain progress of a first build, pulling the base image for the builder only', async () => {
    const e = await project({ Dockerfile: HELLO });
    const first = await runLine(e, 'docker build --progress=plain -t hello .');
    expect(first.exitCode).toBe(0);
    const text = digests(first.output);
    expect(text).toMatch(
      new RegExp(
        [
          '^#0 building with "default" instance using docker driver\n\n',
          '#1 \\[internal\\] load build definition from Dockerfile\n#1 transferring dockerfile: 73B done\n#1 DONE 0\\.0s\n\n',
          '#2 \\[internal\\] load metadata for docker\\.io/library/alpine:latest\n#2 DONE 0\\.0s\n\n',
          '#3 \\[internal\\] load \\.dockerignore\n#3 transferring context: 2B done\n#3 DONE 0\\.0s\n\n',
          '#4 \\[1/2\\] FROM docker\\.io/library/alpine:latest@sha256:D\n#4 resolve docker\\.io/library/alpine:latest@sha256:D done\n',
        ].join(''),
      ),
    );
    expect(text).toMatch(/#4 sha256:D \d\.\d\dMB \/ \d\.\d\dMB done\n#4 extracting sha256:D done\n#4 DONE 0\.0s\n\n/);
    expect(text.slice(text.indexOf('#5 '))).toBe(
      [
        '#5 [2/2] RUN echo hi > /hi.txt && echo made it',
        '#5 0.000 made it',
        '#5 DONE 0.0s',
        '',
        '#6 exporting to image',
        '#6 exporting layers done',
        '#6 writing image sha256:D done',
        '#6 naming to docker.io/library/hello done',
        '#6 DONE 0.0s',
        '',
      ].join('\n'),
    );
    // alpine came for the build only: not listed, and `docker run alpine` pulls it (its layer is already here)
    expect((await runLine(e, 'docker images -a')).output).toMatch(/^REPOSITORY +TAG +IMAGE ID +CREATED +SIZE\nhello +latest +[0-9a-f]{12} .*\n$/);
    expect((await runLine(e, 'docker run --rm hello')).output).toBe('hi\n');
    const pull = await runLine(e, 'docker run --rm alpine echo ok');
    expect(pull.output).toMatch(/^Unable to find image 'alpine:latest' locally\nlatest: Pulling from library\/alpine\n[0-9a-f]{12}: Already exists \nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for alpine:latest\nok\n$/);
  });

  it('rebuilds from the cache to the same image, and says CACHED', async () => {
    const e = await project({ Dockerfile: HELLO });
    const first = await runLine(e, 'docker build -q -t hello .');
    const second = await runLine(e, 'docker build --progress=plain -t hello .');
    expect(second.output).toContain('#4 [1/2] FROM docker.io/library/alpine:latest@sha256:');
    expect(second.output).toContain('\n#4 DONE 0.0s\n\n#5 [2/2] RUN echo hi > /hi.txt && echo made it\n#5 CACHED\n\n#6 exporting to image\n');
    expect(second.output).toContain(`#6 writing image ${first.output.trim()} done`);
  });

  it('draws the TTY display at a terminal, ending FINISHED', async () => {
    const e = await project({ Dockerfile: HELLO });
    await runLine(e, 'docker build -q .');
    const out = await runLine(e, 'docker build -t hello .');
    const lines = out.output.split('\n').map((l) => l.trimEnd());
    expect(lines[0]).toBe('[+] Building 0.0s (6/6) FINISHED                                 docker:default');
    expect(lines.slice(1)).toEqual([
      ' => [internal] load build definition from Dockerfile                       0.0s',
      ' => => transferring dockerfile: 73B                                        0.0s',
      ' => [internal] load metadata for docker.io/library/alpine:latest           0.0s',
      ' => [internal] load .dockerignore                                          0.0s',
      ' => => transferring context: 2B                                            0.0s',
      expect.stringMatching(/^ => \[1\/2\] FROM docker\.io\/library\/alpine:latest@sha256:[0-9a-f]{19}  0\.0s$/),
      ' => CACHED [2/2] RUN echo hi > /hi.txt && echo made it                     0.0s',
      ' => exporting to image                                                     0.0s',
      ' => => exporting layers                                                    0.0s',
      expect.stringMatching(/^ => => writing image sha256:[0-9a-f]+  0\.0s$/),
      ' => => naming to docker.io/library/hello                                   0.0s',
      '',
    ]);
  });

  it('keeps each TTY line within the terminal when a step has Korean text, so the redraw stays in place', async () => {
    const e = await project({ Dockerfile: 'FROM alpine\nRUN echo "안녕하세요, 고래에서 만든 이미지예요! 반가워요, 여러분" > /hello.txt\n' });
    await runLine(e, 'docker pull -q alpine');
    const out = await runLine(e, 'docker build -t hello .');
    const lines = out.output.split('\n');
    expect(lines.filter((l) => l.startsWith('[+] Building'))).toHaveLength(1);
    for (const line of lines) expect(stringWidth(line)).toBeLessThan(80);
    expect(lines).toContainEqual(expect.stringMatching(/^ => \[2\/2\] RUN echo "안녕하세요, [^"]+ +0\.0s$/));
  });

  it('writes BuildKit history: one entry per instruction, layers only for RUN, COPY, ADD and WORKDIR', async () => {
    const e = await project({
      Dockerfile: [
        'FROM alpine',
        'LABEL course=gorae',
        'ENV GREETING=hello',
        'WORKDIR /app',
        'COPY greet.sh .',
        'RUN chmod +x greet.sh',
        'EXPOSE 8080',
        'HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ./greet.sh',
        'ONBUILD RUN echo child',
        'USER nobody',
        'ENTRYPOINT ["./greet.sh"]',
        '',
      ].join('\n'),
      'greet.sh': '#!/bin/sh\necho "$GREETING"\n',
    });
    expect((await runLine(e, 'docker build -q -t greet .')).exitCode).toBe(0);
    const history = await runLine(e, 'docker history --no-trunc --format "{{.CreatedBy}}|{{.Size}}" greet');
    expect(history.output.split('\n').slice(0, 11)).toEqual([
      'ENTRYPOINT ["./greet.sh"]|0B',
      'USER nobody|0B',
      'ONBUILD RUN echo child|0B',
      'HEALTHCHECK &{["CMD-SHELL" "./greet.sh"] "30s" "3s" "0s" "0s" \'\\x03\'}|0B',
      'EXPOSE map[8080/tcp:{}]|0B',
      'RUN /bin/sh -c chmod +x greet.sh # buildkit|27B',
      'COPY greet.sh . # buildkit|27B',
      'WORKDIR /app|0B',
      'ENV GREETING=hello|0B',
      'LABEL course=gorae|0B',
      'CMD ["/bin/sh"]|0B',
    ]);
    const config = JSON.parse((await runLine(e, 'docker inspect --format "{{json .Config}}" greet')).output);
    expect(config).toMatchObject({
      User: 'nobody',
      WorkingDir: '/app',
      Entrypoint: ['./greet.sh'],
      Labels: { course: 'gorae' },
      ExposedPorts: { '8080/tcp': {} },
      OnBuild: ['RUN echo child'],
      Healthcheck: { Test: ['CMD-SHELL', './greet.sh'], Interval: 30e9, Timeout: 3e9, Retries: 3 },
    });
    // the ENTRYPOINT reset the CMD alpine came with
    expect(config.Cmd ?? null).toBeNull();
    expect((await runLine(e, 'docker run --rm greet')).output).toBe('hello\n');
    // a child image runs the ONBUILD trigger right after its FROM
    write(e, { 'child/Dockerfile': 'FROM greet\nCMD ["true"]\n' });
    const child = await runLine(e, 'docker build --progress=plain -t child child');
    expect(child.exitCode).toBe(0);
    expect(child.output).toContain('RUN echo child');
    expect(child.output).toContain(' child\n');
  });

  it('reuses exactly the steps before an edited file, and tells why the first miss happened', async () => {
    const e = await project({
      Dockerfile: 'FROM alpine\nRUN echo one > /one\nCOPY a.txt /a.txt\nRUN echo two > /two\nCOPY b.txt /b.txt\nCMD ["cat", "/b.txt"]\n',
      'a.txt': 'a\n',
      'b.txt': 'b\n',
    });
    const steps = recordSteps(e);
    await runLine(e, 'docker build -q -t app .');
    expect(steps()).toEqual(['1:built:new', '2:built:new', '3:built:after', '4:built:after', '5:built:after', '6:built:after']);
    write(e, { 'b.txt': 'changed\n' });
    const rebuilt = await runLine(e, 'docker build --progress=plain -t app .');
    expect(rebuilt.output).toMatch(/\[2\/5\] RUN echo one > \/one\n#\d+ CACHED/);
    expect(rebuilt.output).toMatch(/\[3\/5\] COPY a\.txt \/a\.txt\n#\d+ CACHED/);
    expect(rebuilt.output).toMatch(/\[4\/5\] RUN echo two > \/two\n#\d+ CACHED/);
    expect(rebuilt.output).toMatch(/\[5\/5\] COPY b\.txt \/b\.txt\n#\d+ DONE/);
    expect(steps()).toEqual(['1:cached', '2:cached', '3:cached', '4:cached', '5:built:files', '6:built:after']);
    expect((await runLine(e, 'docker run --rm app')).output).toBe('changed\n');
    // an edited line misses from there on
    write(e, { Dockerfile: 'FROM alpine\nRUN echo one > /one\nCOPY a.txt /a.txt\nRUN echo TWO > /two\nCOPY b.txt /b.txt\nCMD ["cat", "/b.txt"]\n' });
    await runLine(e, 'docker build -q -t app .');
    expect(steps()).toEqual(['1:cached', '2:cached', '3:cached', '4:built:changed', '5:built:after', '6:built:after']);
    await runLine(e, 'docker build -q --no-cache -t app .');
    expect(steps()).toEqual(['1:cached', '2:built:no-cache', '3:built:no-cache', '4:built:no-cache', '5:built:no-cache', '6:built:after']);
  });

  it('fails a RUN as BuildKit reports it: the output, the Dockerfile lines, the error', async () => {
    const e = await project({ Dockerfile: 'FROM alpine\nRUN echo boom && exit 13\nCMD ["sh"]\n' });
    await runLine(e, 'docker build -q .');
    const out = await runLine(e, 'docker build --progress=plain .');
    expect(out.exitCode).toBe(1);
    expect(out.output.slice(out.output.indexOf('#5 '))).toBe(
      [
        '#5 [2/2] RUN echo boom && exit 13',
        '#5 0.000 boom',
        '#5 ERROR: process "/bin/sh -c echo boom && exit 13" did not complete successfully: exit code: 13',
        '------',
        ' > [2/2] RUN echo boom && exit 13:',
        '0.000 boom',
        '------',
        'Dockerfile:2',
        '--------------------',
        '   1 |     FROM alpine',
        '   2 | >>> RUN echo boom && exit 13',
        '   3 |     CMD ["sh"]',
        '   4 |     ',
        '--------------------',
        'ERROR: failed to build: failed to solve: process "/bin/sh -c echo boom && exit 13" did not complete successfully: exit code: 13',
        '',
      ].join('\n'),
    );
  });

  it('gives BuildKit errors for a broken Dockerfile, a missing file, an unknown image and a URL', async () => {
    const e = await project({ Dockerfile: 'FROM alpine\nRUNN echo\n', 'Dockerfile.copy': 'FROM alpine\nCOPY nope /x\n', 'Dockerfile.image': 'FROM nosuchimage\n', 'Dockerfile.url': 'FROM alpine\nADD https://example.com/app.tar.gz /app/\n' });
    const parse = await runLine(e, 'docker build .');
    expect(parse.exitCode).toBe(1);
    expect(parse.output).toContain('Dockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> RUNN echo\n   3 |     \n--------------------\n');
    expect(parse.output).toMatch(/ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: RUNN \(did you mean RUN\?\)\n$/);
    const copy = await runLine(e, 'docker build -f Dockerfile.copy --progress=plain .');
    expect(copy.output).toMatch(/Dockerfile\.copy:2\n/);
    expect(copy.output).toMatch(/ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref [0-9a-z]{25}::[0-9a-z]{25}: "\/nope": not found\n$/);
    const image = await runLine(e, 'docker build -f Dockerfile.image --progress=plain .');
    expect(image.output).toContain('#2 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n');
    expect(image.output).toMatch(/ERROR: failed to build: failed to solve: nosuchimage: failed to resolve source metadata for docker\.io\/library\/nosuchimage:latest: pull access denied/);
    const url = await runLine(e, 'docker build -f Dockerfile.url --progress=plain .');
    expect(url.exitCode).toBe(1);
    expect(url.output).toMatch(/failed to solve: failed to load cache key: Get "https:\/\/example\.com\/app\.tar\.gz": dial tcp: lookup example\.com: no such host/);
    expect((await runLine(e, 'docker build nothere')).output).toBe('ERROR: failed to build: unable to prepare context: path "nothere" not found\n');
    expect((await runLine(e, 'docker build -f Nope .')).output).toMatch(/ERROR: failed to build: failed to solve: failed to read dockerfile: open Nope: no such file or directory\n$/);
  });

  it('reads <Dockerfile>.dockerignore beside the Dockerfile before .dockerignore (the classic builder only the latter)', async () => {
    const e = await project({
      'a.txt': 'a\n',
      'b.txt': 'b\n',
      'Dockerfile.dev': 'FROM alpine\nCOPY . /app\n',
      'Dockerfile.dev.dockerignore': 'b.txt\nDockerfile*\n',
      '.dockerignore': 'a.txt\n',
    });
    await runLine(e, 'docker pull -q alpine');
    expect((await runLine(e, 'docker build -q -f Dockerfile.dev -t kit .')).exitCode).toBe(0);
    expect((await runLine(e, 'docker run --rm kit ls -A /app')).output).toBe('.dockerignore\na.txt\n');
    expect((await runLine(e, 'DOCKER_BUILDKIT=0 docker build -q -f Dockerfile.dev -t classic .')).exitCode).toBe(0);
    expect((await runLine(e, 'docker run --rm classic ls -A /app')).output).toBe('.dockerignore\nDockerfile.dev\nDockerfile.dev.dockerignore\nb.txt\n');
  });

  it('builds only the stages a target needs, copying between stages and from scratch', async () => {
    const e = await project({
      Dockerfile: [
        'FROM alpine AS build',
        'WORKDIR /src',
        'RUN echo compiled > app.txt',
        '',
        'FROM alpine AS unused',
        'RUN echo never',
        '',
        'FROM scratch',
        'COPY --from=build /src/app.txt /app.txt',
        '',
      ].join('\n'),
    });
    const out = await runLine(e, 'docker build --progress=plain -t ms .');
    expect(out.exitCode).toBe(0);
    expect(out.output).toContain('[build 2/3] WORKDIR /src');
    expect(out.output).toContain('[stage-2 2/2] COPY --from=build /src/app.txt /app.txt');
    expect(out.output).not.toContain('echo never');
    const history = await runLine(e, 'docker history --format "{{.CreatedBy}}" ms');
    expect(history.output).toBe('COPY --from=build /src/app.txt /app.txt # bu…\n');
    // the file came across: "compiled\n" is the layer
    expect((await runLine(e, 'docker history --format "{{.Size}}" ms')).output).toBe('9B\n');
    const target = await runLine(e, 'docker build --progress=plain --target build -t ms:build .');
    expect(target.output).not.toContain('COPY --from');
    expect((await runLine(e, 'docker run --rm ms:build cat /src/app.txt')).output).toBe('compiled\n');
    expect((await runLine(e, 'docker build --target nope .')).output).toContain('ERROR: failed to build: failed to solve: target stage "nope" could not be found\n');
  });

  it('reports BuildKit\'s build checks on the definition step and after the build', async () => {
    const e = await project({ Dockerfile: 'FROM alpine as Base\nCMD echo hi\n' });
    await runLine(e, 'docker pull -q alpine');
    const out = await runLine(e, 'docker build --progress=plain .');
    expect(out.exitCode).toBe(0);
    expect(out.output).toContain(
      [
        '#1 transferring dockerfile: 32B done',
        "#1 WARN: FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
        "#1 WARN: StageNameCasing: Stage name 'Base' should be lowercase (line 1)",
        '#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)',
        '#1 DONE 0.0s',
      ].join('\n'),
    );
    // a local base image is named without a digest
    expect(out.output).toContain('#4 [base 1/1] FROM docker.io/library/alpine:latest\n#4 DONE 0.0s\n');
    expect(out.output.endsWith(
      [
        '',
        ' 3 warnings found (use docker --debug to expand):',
        " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
        " - StageNameCasing: Stage name 'Base' should be lowercase (line 1)",
        ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)',
        '',
      ].join('\n'),
    )).toBe(true);
    const tty = await runLine(e, 'docker build .');
    expect(tty.output).toContain(" => WARN: FromAsCasing: 'as' and 'FROM' keywords' casing do not match (li  0.0s\n");
  });

  /** Starts `line`, presses Ctrl+C once a container runs, returns the exit code and output. */
  async function interrupt(e: ReturnType<typeof engine>, line: string): Promise<{ status: number; text: string }> {
    let text = '';
    const decoder = new TextDecoder();
    const write = (chunk: string | Uint8Array): void => void (text += typeof chunk === 'string' ? chunk : decoder.decode(chunk));
    const abort = new AbortController();
    const io = { stdin: { read: async () => null }, stdout: { write }, stderr: { write }, terminal: { isTTY: false, columns: 80, rows: 24 }, env: e.env, signal: abort.signal };
    const running = e.shell.execute(line, io);
    const deadline = Date.now() + 10_000;
    while (e.snapshot().containers.every((c) => c.state !== 'running')) {
      if (Date.now() > deadline) throw new Error(`no step started:\n${text}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    abort.abort();
    return { status: await running, text };
  }

  it('stops at Ctrl+C: the running step is canceled and its container goes away', async () => {
    const e = await project({ Dockerfile: 'FROM alpine\nRUN sleep 100\n' });
    await runLine(e, 'docker pull -q alpine');
    const { status, text } = await interrupt(e, 'docker build --progress=plain .');
    expect(status).toBe(1);
    expect(text).toContain('#5 [2/2] RUN sleep 100\n#5 CANCELED\n');
    expect(text.endsWith('ERROR: failed to build: failed to solve: Canceled: context canceled\n')).toBe(true);
    expect(text).not.toContain('>>>');
    expect((await runLine(e, 'docker ps -aq')).output).toBe('');
    // the classic builder's client just goes, as a SIGINT ends it
    const classic = await interrupt(e, 'DOCKER_BUILDKIT=0 docker build .');
    expect(classic.status).toBe(130);
    expect(classic.text).toMatch(/Step 2\/2 : RUN sleep 100\n ---> Running in [0-9a-f]{12}\n$/);
    expect((await runLine(e, 'docker ps -aq')).output).toBe('');
  });

  it('docker builder prune empties the cache; the next build runs every step again', async () => {
    const e = await project({ Dockerfile: HELLO });
    await runLine(e, 'docker build -q -t hello .');
    const pruned = await runLine(e, 'docker builder prune -f');
    // tab-aligned as buildx prints it (the screen turns the tabs into spaces)
    expect(pruned.output).toMatch(/^ID {46}RECLAIMABLE {5}SIZE {11}LAST ACCESSED\n[0-9a-z]{25} {23}true {12}\d+B +Less than a second ago\nTotal: {2}\d+B\n$/);
    expect((await runLine(e, 'docker builder prune -f')).output).toBe('Total:  0B\n');
    const again = await runLine(e, 'docker build --progress=plain -t hello .');
    expect(again.output).toContain('#5 [2/2] RUN echo hi > /hi.txt && echo made it\n#5 0.000 made it\n#5 DONE');
    expect((await runLine(e, 'docker run --rm hello')).output).toBe('hi\n');
  });
});
