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

  it('build with BuildKit into images whose history is what Docker shows for these Dockerfiles', async () => {
    const e = engine();
    addStarterProjects(e.shell.fs, HOST_HOME);
    expect((await runLine(e, 'docker build -q -t hello hello')).exitCode).toBe(0);
    const hello = (await runLine(e, 'docker history hello')).output.split('\n');
    expect(hello[0]).toBe('IMAGE          CREATED                  CREATED BY                                      SIZE      COMMENT');
    expect(hello[1]).toMatch(/^[0-9a-f]{12}   Less than a second ago   CMD \["cat" "\/hello\.txt"\] {24}0B        buildkit\.dockerfile\.v0$/);
    // the greeting's bytes (UTF-8, with its newline) are the RUN layer
    const greeting = new TextEncoder().encode('안녕하세요, 고래에서 만든 이미지예요!\n').length;
    expect(hello[2]).toMatch(new RegExp(`^<missing>      Less than a second ago   RUN /bin/sh -c echo "안녕하세요, 고래에서 만…   ${greeting}B +buildkit\\.dockerfile\\.v0$`));
    expect(hello[3]).toMatch(/^<missing> +\d+ months ago +CMD \["\/bin\/sh"\]/);
    expect((await runLine(e, 'docker run --rm hello')).output).toBe('안녕하세요, 고래에서 만든 이미지예요!\n');

    expect((await runLine(e, 'docker build -q -t site site')).exitCode).toBe(0);
    const site = (await runLine(e, 'docker history site')).output.split('\n');
    // .dockerignore keeps the Dockerfile out: the layer is index.html and style.css
    // (under 1kB, so docker history shows it in bytes)
    const bytes = ['index.html', 'style.css'].reduce((n, f) => n + e.shell.fs.readFile(`${HOST_HOME}/site/${f}`).length, 0);
    expect(site[1]).toMatch(new RegExp(`^[0-9a-f]{12}   Less than a second ago   COPY ./ /usr/local/apache2/htdocs/ # buildkit   ${bytes}B +buildkit\\.dockerfile\\.v0$`));
    expect(site[2]).toMatch(/^<missing> +.* CMD \["httpd-foreground"\]/);
    // a rebuild after editing one page reuses nothing after FROM but is otherwise the same
    e.shell.fs.writeFile(`${HOST_HOME}/site/index.html`, '<h1>바뀐 페이지예요</h1>\n');
    const rebuilt = await runLine(e, 'docker build --progress=plain -t site site');
    expect(rebuilt.output).toMatch(/\[2\/2\] COPY \.\/ \/usr\/local\/apache2\/htdocs\/\n#\d+ DONE/);
  }, 60_000);

  it('leaves files that are already there alone', () => {
    const e = engine();
    e.shell.fs.mkdir(`${HOST_HOME}/hello`, 0o755);
    e.shell.fs.writeFile(`${HOST_HOME}/hello/Dockerfile`, 'FROM busybox\n');
    addStarterProjects(e.shell.fs, HOST_HOME);
    expect(new TextDecoder().decode(e.shell.fs.readFile(`${HOST_HOME}/hello/Dockerfile`))).toBe('FROM busybox\n');
  });
});
