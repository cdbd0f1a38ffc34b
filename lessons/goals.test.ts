import { describe, expect, it, vi } from 'vitest';
import { addStarterProjects } from '../simulator/host/workspace/starter-projects';
import { useTestEngines } from '../simulator/testing/test-engine.node';
import { firstContainer } from './01-first-container';
import { imagesAndContainers } from './02-images-and-containers';
import { layers } from './03-layers';
import { insideContainers } from './04-inside-containers';
import { firstDockerfile } from './05-first-dockerfile';
import { parseDocker } from './commands';
import { explainError } from './errors';
import { goalStatus } from './progress';
import { LessonRunner } from './runner';
import { solveStep, typeLines } from './solve';
import type { Lesson } from './types';

const newEngine = useTestEngines();

async function open(lesson: Lesson, starter = false): Promise<LessonRunner> {
  const engine = newEngine();
  if (starter) addStarterProjects(engine.shell.fs, engine.shell.home);
  const runner = new LessonRunner(engine);
  await runner.open(lesson);
  return runner;
}

const step = (lesson: Lesson, id: string) => {
  const index = lesson.steps.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`no step ${id}`);
  return { index, step: lesson.steps[index]! };
};

describe('reading command lines', () => {
  it('maps management commands and flags to the classic verbs', () => {
    expect(parseDocker('docker container run -it alpine sh')).toEqual({ verb: 'run', args: ['-it', 'alpine', 'sh'] });
    expect(parseDocker('docker image ls')?.verb).toBe('images');
    expect(parseDocker('docker container ls -a')?.verb).toBe('ps');
    expect(parseDocker('DOCKER_BUILDKIT=0 docker build -t hello .')).toEqual({ verb: 'build', args: ['-t', 'hello', '.'] });
    expect(parseDocker('docker image rm alpine')?.verb).toBe('rmi');
    expect(parseDocker('ls -l')).toBeUndefined();
  });
});

describe('unmet conditions', () => {
  it('name what is missing, one condition at a time', async () => {
    const runner = await open(firstContainer);
    const { index, step: run } = step(firstContainer, 'first-run');
    await typeLines(runner, ['docker version']);
    expect(runner.current).toBe(index);
    expect(goalStatus(run, runner.context()).unmet?.label.ko).toBe('hello-world 이미지를 내려받았어요.');
    await typeLines(runner, ['docker pull hello-world']);
    const status = goalStatus(run, runner.context());
    expect(status.conditions).toEqual([true, false]);
    expect(status.unmet?.label.en).toBe('A hello-world container ran to the end and printed its greeting.');
    await typeLines(runner, ['docker run hello-world']);
    expect(goalStatus(run, runner.context()).met).toBe(true);
  });

  it('tell that a container still holds the image', async () => {
    const runner = await open(imagesAndContainers);
    await typeLines(runner, ['docker pull alpine', 'docker create alpine echo hi']);
    const rm = step(imagesAndContainers, 'rm').step;
    expect(goalStatus(rm, runner.context()).unmet?.label.en).toBe('No container made from alpine is left.');
    await typeLines(runner, ['docker rm -f $(docker ps -aq)']);
    // the shell has no $(…): the container is still there and the goal says so
    expect(goalStatus(rm, runner.context()).met).toBe(false);
  });
});

describe('forgiving goals', () => {
  it('accept docker container run and docker container ls --all', async () => {
    const runner = await open(firstContainer);
    await typeLines(runner, ['docker version', 'docker container run hello-world', 'docker image ls', 'docker container run hello-world', 'docker container ls --all']);
    expect(runner.done).toEqual(firstContainer.steps.map(() => true));
  });

  it('accept a container name instead of a short ID, and docker image rm', async () => {
    const runner = await open(imagesAndContainers);
    await typeLines(runner, ['docker image pull alpine', 'docker image ls', 'docker container create --name greeter alpine echo hi', 'docker container ls -a']);
    expect(runner.current).toBe(step(imagesAndContainers, 'start').index);
    await typeLines(runner, ['docker container start -a greeter', 'docker image rm alpine', 'docker container rm greeter', 'docker image rm alpine']);
    expect(runner.done).toEqual(imagesAndContainers.steps.map(() => true));
  });

  it('accept a short ID typed by hand', async () => {
    const runner = await open(imagesAndContainers);
    await typeLines(runner, ['docker pull alpine', 'docker images', 'docker create alpine echo hi', 'docker ps -a']);
    const id = runner.engine.snapshot().containers[0]!.id;
    await typeLines(runner, [`docker start -a ${id.slice(0, 5)}`]);
    expect(runner.done[step(imagesAndContainers, 'start').index]).toBe(true);
  });

  it('accept a build run from the home with the folder as context', async () => {
    const runner = await open(firstDockerfile, true);
    await typeLines(runner, ['cat hello/Dockerfile', 'docker image build -t hello hello']);
    expect(runner.current).toBe(step(firstDockerfile, 'history').index);
  });
});

describe('undo and reset', () => {
  it('undo takes back the last command and keeps the IDs the student saw', async () => {
    const runner = await open(imagesAndContainers);
    await typeLines(runner, ['docker pull alpine', 'docker images', 'docker create alpine echo hi', 'docker ps -a']);
    const id = runner.engine.snapshot().containers[0]!.id;
    await typeLines(runner, [`docker rm ${id.slice(0, 4)}`]);
    expect(runner.engine.snapshot().containers).toHaveLength(0);

    const undone = await runner.undo();
    expect(undone).toBe(`docker rm ${id.slice(0, 4)}`);
    const containers = runner.engine.snapshot().containers;
    expect(containers.map((c) => c.id)).toEqual([id]);
    expect(containers[0]!.state).toBe('created');
    expect(runner.recorder.lines()).toEqual(['docker pull alpine', 'docker images', 'docker create alpine echo hi', 'docker ps -a']);
    expect(runner.current).toBe(step(imagesAndContainers, 'start').index);
    // the same short ID still works after the undo
    await typeLines(runner, [`docker start -a ${id.slice(0, 4)}`]);
    expect(runner.done[step(imagesAndContainers, 'start').index]).toBe(true);
  });

  it('undo while a shell still runs in the terminal ends that command and keeps the finished ones', async () => {
    const runner = await open(insideContainers);
    await typeLines(runner, ['docker images']);
    const forever = { read: () => new Promise<Uint8Array | null>(() => undefined) };
    const sink = { write: () => undefined };
    const session = runner.engine.shell.execute('docker run -it --name box alpine sh', {
      stdin: forever,
      stdout: sink,
      stderr: sink,
      terminal: { isTTY: true, columns: 80, rows: 24 },
      env: runner.engine.env,
      signal: new AbortController().signal,
      setRawMode: () => undefined,
    });
    await vi.waitFor(() => expect(runner.engine.snapshot().containers[0]?.state).toBe('running'));
    expect(runner.recorder.runningLine()).toBe('docker run -it --name box alpine sh');

    expect(await runner.undo()).toBe('docker run -it --name box alpine sh');
    await session;
    expect(runner.engine.snapshot().containers).toEqual([]);
    expect(runner.recorder.lines()).toEqual(['docker images']);
  });

  it('undo of a completing command un-marks its step', async () => {
    const runner = await open(firstContainer);
    await typeLines(runner, ['docker version', 'docker run hello-world']);
    expect(runner.current).toBe(2);
    await runner.undo();
    expect(runner.current).toBe(1);
    expect(runner.engine.snapshot().images.map((i) => i.repoTags[0])).toEqual([]);
  });

  it('reset goes back to the start state: no containers, the start image, the home as it was', async () => {
    const runner = await open(layers, true);
    expect(runner.engine.snapshot().images.map((i) => i.repoTags[0])).toEqual(['alpine:latest']);
    await typeLines(runner, ['docker history alpine', 'docker run --name note alpine sh -c "echo hello > /greeting.txt"', 'rm hello/Dockerfile', 'cd site']);
    expect(runner.current).toBe(2);
    await runner.restart();
    const snap = runner.engine.snapshot();
    expect(snap.containers).toEqual([]);
    expect(snap.images.map((i) => i.repoTags[0])).toEqual(['alpine:latest']);
    expect(runner.facts.hostFileExists('hello/Dockerfile')).toBe(true);
    expect(runner.engine.shell.cwd).toBe(runner.engine.shell.home);
    expect(runner.current).toBe(0);
    expect(runner.recorder.lines()).toEqual([]);
  });

  it('replays the keys typed into interactive containers, Ctrl+P Ctrl+Q included', async () => {
    const runner = await open(insideContainers);
    const attach = step(insideContainers, 'attach-detach').index;
    for (let i = 0; i <= attach; i++) expect((await solveStep(runner, i)).after.met).toBe(true);
    expect(runner.recorder.history().find((c) => c.line === 'docker attach box')?.input).toContain('\x10\x11');
    const box = runner.engine.snapshot().containers.find((c) => c.name === 'box')!;
    expect(box.state).toBe('running');

    await typeLines(runner, ['docker rm -f box']);
    await runner.undo();
    // the shell is running again in the same container: the attach was left with Ctrl+P Ctrl+Q again
    const again = runner.engine.snapshot().containers.find((c) => c.name === 'box');
    expect(again?.id).toBe(box.id);
    expect(again?.state).toBe('running');
    expect(runner.current).toBe(step(insideContainers, 'isolation').index);

    const saved = runner.state()!;
    const reloaded = new LessonRunner(newEngine());
    await reloaded.open(insideContainers, saved.history);
    expect(reloaded.done).toEqual(saved.done);
    expect(reloaded.engine.snapshot().containers.find((c) => c.name === 'box')?.state).toBe('running');
  }, 30_000);

  it('names the same containers after a reload of an unseeded page, given the saved seed', async () => {
    const unseeded = () => newEngine(1, { seed: undefined });
    const first = new LessonRunner(unseeded(), 7);
    await first.open(imagesAndContainers);
    await typeLines(first, ['docker pull alpine', 'docker create alpine echo hi']);
    const id = first.engine.snapshot().containers[0]!.id;
    await typeLines(first, [`docker start ${id.slice(0, 4)}`]);

    const again = new LessonRunner(unseeded(), 7);
    await again.open(imagesAndContainers, first.state()!.history);
    const containers = again.engine.snapshot().containers;
    expect(containers.map((c) => c.id)).toEqual([id]);
    expect(containers[0]!.state).toBe('exited');
  });

  it('restores saved progress by replaying the saved lines', async () => {
    const first = await open(imagesAndContainers);
    await typeLines(first, ['docker pull alpine', 'docker images', 'docker create --name greeter alpine echo hi']);
    const saved = first.state()!;
    const again = new LessonRunner(newEngine());
    await again.open(imagesAndContainers, saved.history);
    expect(again.done).toEqual(saved.done);
    expect(again.engine.snapshot().containers.map((c) => c.name)).toEqual(['greeter']);
  });
});

describe('the error guide', () => {
  const cases: Array<[string, string[], string]> = [
    ['unable-to-find-image', ['docker run hello-world'], 'unable-to-find-image'],
    ['pull-access-denied', ['docker run nosuchimage'], 'pull-access-denied'],
    ['no-such-container', ['docker rm nosuch'], 'no-such-container'],
    ['no-such-image', ['docker rmi nosuch'], 'no-such-image'],
    ['image-in-use', ['docker create alpine', 'docker rmi alpine'], 'image-in-use'],
    ['remove-running-container', ['docker run -d --name sleeper alpine sleep 100', 'docker rm sleeper'], 'remove-running-container'],
    ['name-in-use', ['docker run --name twice alpine true', 'docker run --name twice alpine true'], 'name-in-use'],
    ['invalid-name', ['docker run --name a alpine true'], 'invalid-name'],
    ['not-running', ['docker run --name done alpine true', 'docker exec done ls'], 'not-running'],
    ['executable-not-found', ['docker run alpine bash'], 'executable-not-found'],
    ['unknown-command', ['docker statr'], 'unknown-command'],
    ['unknown-flag', ['docker ps --bogus'], 'unknown-flag'],
    ['requires-arguments', ['docker run'], 'requires-arguments'],
    ['no-dockerfile', ['docker build -t x /tmp'], 'no-dockerfile'],
    ['no-dockerfile (classic builder)', ['DOCKER_BUILDKIT=0 docker build -t x /tmp'], 'no-dockerfile'],
    ['build-step-failed', ['mkdir bad', "echo 'FROM alpine' > bad/Dockerfile", "echo 'RUN exit 3' >> bad/Dockerfile", 'docker build bad'], 'build-step-failed'],
    ['build-step-failed (classic builder)', ['mkdir bad', "echo 'FROM alpine' > bad/Dockerfile", "echo 'RUN exit 3' >> bad/Dockerfile", 'DOCKER_BUILDKIT=0 docker build bad'], 'build-step-failed'],
    ['build-source-missing', ['mkdir bad', "echo 'FROM alpine' > bad/Dockerfile", "echo 'COPY nope.txt /' >> bad/Dockerfile", 'docker build bad'], 'build-source-missing'],
    ['file-not-in-container', ['docker run --rm alpine cat /greeting.txt'], 'file-not-in-container'],
  ];
  it.each(cases)('explains %s as the engine prints it', async (_name, lines, id) => {
    const runner = await open(firstContainer);
    await typeLines(runner, lines);
    const last = runner.recorder.commands.at(-1)!;
    expect(explainError(last.stderr)?.id, last.stderr).toBe(id);
  });
});
