import { describe, expect, it } from 'vitest';
import { runLine } from '../../node/transcript';
import { useTestEngines } from '../../testing/test-engine.node';
import { HOST_HOME } from '../../engine';
import { addStarterProjects } from './starter-projects';

const engine = useTestEngines();

describe('starter projects', () => {
  it('build and run: the alpine greeting, its dev variant, and the httpd site with its pages', async () => {
    const e = engine();
    addStarterProjects(e.shell.fs, HOST_HOME);
    expect((await runLine(e, 'ls')).output).toBe('hello  site\n');
    await runLine(e, 'export DOCKER_BUILDKIT=0');
    expect((await runLine(e, 'docker build -q -t hello hello')).exitCode).toBe(0);
    expect((await runLine(e, 'docker run --rm hello')).output).toBe('안녕하세요, 고래에서 만든 이미지예요!\n');
    await runLine(e, 'cd hello');
    expect((await runLine(e, 'docker build -q -f Dockerfile.dev -t hello:dev .')).exitCode).toBe(0);
    expect((await runLine(e, 'docker run --rm hello:dev cat /hello.txt')).output).toBe('개발용 이미지예요.\n');
    await runLine(e, 'cd ../site');
    expect((await runLine(e, 'docker build -q -t site .')).exitCode).toBe(0);
    expect((await runLine(e, 'docker run --rm site ls /usr/local/apache2/htdocs')).output).toBe('index.html\nstyle.css\n');
  }, 60_000);

  it('leaves files that are already there alone', () => {
    const e = engine();
    e.shell.fs.mkdir(`${HOST_HOME}/hello`, 0o755);
    e.shell.fs.writeFile(`${HOST_HOME}/hello/Dockerfile`, 'FROM busybox\n');
    addStarterProjects(e.shell.fs, HOST_HOME);
    expect(new TextDecoder().decode(e.shell.fs.readFile(`${HOST_HOME}/hello/Dockerfile`))).toBe('FROM busybox\n');
  });
});
