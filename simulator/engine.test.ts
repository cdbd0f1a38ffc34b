import { describe, expect, it } from 'vitest';
import { useTestEngines } from './testing/test-engine.node';
import { runLine } from './node/transcript';
import { hasConformance, readConformanceText } from './testing/conformance.node';

const engine = useTestEngines();

const greeting = hasConformance ? readConformanceText('hello-world', 'output_amd64.txt') : undefined;

describe('docker run hello-world', () => {
  it('pulls, then prints the greeting; the second run prints only the greeting', async () => {
    const e = engine();
    const first = await runLine(e, 'docker run hello-world');
    expect(first.exitCode).toBe(0);
    const lines = first.output.split('\n');
    expect(lines[0]).toBe("Unable to find image 'hello-world:latest' locally");
    expect(lines[1]).toBe('latest: Pulling from library/hello-world');
    expect(lines[2]).toMatch(/^[0-9a-f]{12}: Pull complete $/);
    expect(lines[3]).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(lines[4]).toBe('Status: Downloaded newer image for hello-world:latest');
    const rest = lines.slice(5).join('\n');
    if (greeting) expect(rest).toBe(greeting);
    else expect(rest).toContain('Hello from Docker!');

    const second = await runLine(e, 'docker run hello-world');
    expect(second.exitCode).toBe(0);
    if (greeting) expect(second.output).toBe(greeting);
    expect(second.output).not.toContain('Unable to find');
  });

  it('is deterministic under a seed', async () => {
    const script = ['docker run hello-world', 'docker ps -a', 'docker images'];
    const run = async (seed: number) => {
      const e = engine(seed);
      let text = '';
      for (const line of script) text += (await runLine(e, line)).output;
      return text;
    };
    const a = await run(7);
    expect(await run(7)).toBe(a);
    expect(await run(8)).not.toBe(a);
  });

  it('lists exited containers with generated names and removes them by ID prefix', async () => {
    const e = engine();
    await runLine(e, 'docker run hello-world');
    const ps = await runLine(e, 'docker ps -a');
    const [header, row] = ps.output.split('\n');
    expect(header).toMatch(/^CONTAINER ID   IMAGE         COMMAND    CREATED\s+STATUS\s+PORTS     NAMES$/);
    expect(row).toMatch(/^[0-9a-f]{12}   hello-world   "\/hello"   .* ago +Exited \(0\) .* ago +[a-z]+_[a-z]+$/);
    const id = row!.slice(0, 4);
    expect((await runLine(e, 'docker ps')).output.split('\n').filter(Boolean)).toHaveLength(1);
    const rm = await runLine(e, `docker rm ${id}`);
    expect(rm).toMatchObject({ exitCode: 0, output: `${id}\n` });
    expect((await runLine(e, 'docker ps -aq')).output).toBe('');
  });

  it('create, then start -a attaches; a detached start has ended by the next command', async () => {
    const e = engine();
    const id = (await runLine(e, 'docker create --name web hello-world')).output;
    expect(id).toMatch(/^Unable to find image[^]*\n[0-9a-f]{64}\n$/);
    const attached = await runLine(e, 'docker start -a web');
    expect(attached.exitCode).toBe(0);
    if (greeting) expect(attached.output).toBe(greeting);
    expect(await runLine(e, 'docker start web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect((await runLine(e, 'docker ps -a')).output).toMatch(/Exited \(0\) Less than a second ago +web\n$/);
    expect((await runLine(e, 'docker ps -q')).output).toBe('');
  });

  it('--rm removes the container once it exits', async () => {
    const e = engine();
    expect((await runLine(e, 'docker run --rm hello-world')).exitCode).toBe(0);
    expect((await runLine(e, 'docker ps -aq')).output).toBe('');
  });

  it('pull, then pull again says the image is up to date', async () => {
    const e = engine();
    const first = await runLine(e, 'docker pull hello-world');
    expect(first.output).toMatch(
      /^Using default tag: latest\nlatest: Pulling from library\/hello-world\n[0-9a-f]{12}: Pull complete \nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for hello-world:latest\ndocker\.io\/library\/hello-world:latest\n$/,
    );
    const again = await runLine(e, 'docker pull hello-world');
    expect(again.output).toMatch(/^Using default tag: latest\nlatest: Pulling from library\/hello-world\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for hello-world:latest\ndocker\.io\/library\/hello-world:latest\n$/);
  });
});

describe('errors and exit codes', () => {
  const cases: Array<[string, string, number]> = [
    ['docker foo', "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n", 1],
    ['docker run --foo hello-world', "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n", 125],
    ['docker run', "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n", 1],
    ['docker rm nosuch', 'Error response from daemon: No such container: nosuch\n', 1],
    ['docker start nosuch', 'Error response from daemon: No such container: nosuch\nfailed to start containers: nosuch\n', 1],
    ['docker rmi hello-world', 'Error response from daemon: No such image: hello-world:latest\n', 1],
    [
      'docker run nosuchimage',
      "Unable to find image 'nosuchimage:latest' locally\ndocker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    ['docker run Hello-World', "docker: invalid reference format: repository name (library/Hello-World) must be lowercase\n\nRun 'docker run --help' for more information\n", 125],
    ['docker pull nosuchimage', "Using default tag: latest\nError response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n", 1],
    ['docker --version', 'Docker version 28.2.2, build e6534b4\n', 0],
    ['nosuchcommand', 'bash: nosuchcommand: command not found\n', 127],
  ];
  it.each(cases)('%s', async (line, output, exitCode) => {
    const e = engine();
    expect(await runLine(e, line)).toEqual({ line, output, exitCode });
  });

  it('echo $? shows the last exit status', async () => {
    const e = engine();
    await runLine(e, 'docker foo');
    expect((await runLine(e, 'echo $?')).output).toBe('1\n');
    await runLine(e, 'docker run --foo x');
    expect((await runLine(e, 'echo $?')).output).toBe('125\n');
  });
});
