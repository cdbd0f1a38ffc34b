import { describe, expect, it } from 'vitest';
import { readTar } from '../../../archive';
import type { Engine } from '../../../index';
import { runLine } from '../../../node/transcript';
import { useTestEngines } from '../../../testing/test-engine.node';

const engine = useTestEngines();

async function session(lines: string[]): Promise<Engine> {
  const e = engine();
  for (const line of lines) await runLine(e, line);
  return e;
}

describe('container filesystem commands', () => {
  it('cp copies a folder and a file in; diff lists them; the image is unchanged', async () => {
    const e = await session(['docker create --name web hello-world', 'mkdir site', 'echo "<h1>hi</h1>" > site/index.html']);
    expect((await runLine(e, 'docker diff web')).output).toBe('');
    expect(await runLine(e, 'docker cp site web:/site')).toMatchObject({ exitCode: 0, output: 'Successfully copied 2.56kB to web:/site\n' });
    expect((await runLine(e, 'docker cp site/index.html web:/hello.txt')).exitCode).toBe(0);
    expect((await runLine(e, 'docker diff web')).output).toBe('A /hello.txt\nA /site\nA /site/index.html\n');
    await runLine(e, 'docker create --name other hello-world');
    expect((await runLine(e, 'docker diff other')).output).toBe('');
  });

  it('cp copies a folder out to a new name, and reports missing paths as Docker does', async () => {
    const e = await session(['docker create --name web hello-world', 'mkdir site', 'echo hi > site/a.txt', 'docker cp site web:/srv']);
    expect((await runLine(e, 'docker cp web:/srv out')).exitCode).toBe(0);
    expect((await runLine(e, 'cat out/a.txt')).output).toBe('hi\n');
    expect(await runLine(e, 'docker cp web:/nope x')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: Could not find the file /nope in container web\n' });
    expect(await runLine(e, 'docker cp nope web:/')).toMatchObject({ exitCode: 1, output: 'lstat /home/student/nope: no such file or directory\n' });
    expect(await runLine(e, 'docker cp a b')).toMatchObject({ exitCode: 1, output: 'must specify at least one container source\n' });
  });

  it('cp streams a tar to standard output and reads one from standard input', async () => {
    const e = await session(['docker create --name web hello-world', 'docker create --name web2 hello-world', 'mkdir s', 'echo hi > s/a', 'docker cp s web:/s']);
    expect((await runLine(e, 'docker cp web:/s - > s.tar')).exitCode).toBe(0);
    expect(readTar(e.shell.fs.readFile('/home/student/s.tar')).map((t) => t.name)).toEqual(['s/', 's/a']);
    expect((await runLine(e, 'docker cp - web2:/ < s.tar')).exitCode).toBe(0);
    expect((await runLine(e, 'docker diff web2')).output).toBe('A /s\nA /s/a\n');
  });

  it('commit adds exactly one layer and a history entry, and the new image runs', async () => {
    const e = await session(['docker create --name web hello-world', 'echo hi > note.txt', 'docker cp note.txt web:/note.txt']);
    const out = await runLine(e, 'docker commit web mine:1.0');
    expect(out.output).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const id = out.output.trim();
    const image = e.daemon.images.get(id);
    const base = e.daemon.images.lookup('hello-world');
    expect(image.config.rootfs.diff_ids).toHaveLength(base.config.rootfs.diff_ids.length + 1);
    expect(image.config.history).toHaveLength((base.config.history ?? []).length + 1);
    expect(image.config.history?.at(-1)?.created_by).toBe('/hello');
    expect((await runLine(e, 'docker run --rm mine:1.0')).output).toContain('Hello from Docker!');
    // a container of the new image sees the committed file, in a layer of its image
    await runLine(e, 'docker create --name again mine:1.0');
    expect((await runLine(e, 'docker diff again')).output).toBe('');
  });

  it('export writes the whole filesystem as a tar into the workspace', async () => {
    const e = await session(['docker create --name web hello-world']);
    expect(await runLine(e, 'docker export web')).toMatchObject({ exitCode: 1, output: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n' });
    expect((await runLine(e, 'docker export -o web.tar web')).exitCode).toBe(0);
    const names = readTar(e.shell.fs.readFile('/home/student/web.tar')).map((t) => t.name);
    expect(names).toContain('hello');
  });
});
