import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../index';
import { runLine } from '../../../node/transcript';
import { useTestEngines } from '../../../testing/test-engine.node';

const engine = useTestEngines();

async function session(lines: string[]): Promise<Engine> {
  const e = engine();
  for (const line of lines) await runLine(e, line);
  return e;
}

describe('docker rename', () => {
  it('renames; the old name is free again', async () => {
    const e = await session(['docker create --name web hello-world']);
    const id = e.daemon.containers.get('web').id;
    expect(await runLine(e, 'docker rename web site')).toMatchObject({ exitCode: 0, output: '' });
    expect(e.daemon.containers.get('site').id).toBe(id);
    expect((await runLine(e, 'docker ps -a --format "{{.Names}}"')).output).toBe('site\n');
    expect((await runLine(e, 'docker inspect -f "{{.Name}}" site')).output).toBe('/site\n');
    expect((await runLine(e, 'docker create --name web hello-world')).exitCode).toBe(0);
  });

  it('reports the errors as Docker does', async () => {
    const e = await session(['docker create --name web hello-world', 'docker create --name db hello-world']);
    const db = e.daemon.containers.get('db').id;
    expect(await runLine(e, 'docker rename nope x')).toMatchObject({
      exitCode: 1,
      output: 'Error response from daemon: No such container: nope\nError: failed to rename container named nope\n',
    });
    expect(await runLine(e, 'docker rename web db')).toMatchObject({
      exitCode: 1,
      output: `Error response from daemon: Error when allocating new name: Conflict. The container name "/db" is already in use by container "${db}". You have to remove (or rename) that container to be able to reuse that name.\nError: failed to rename container named web\n`,
    });
    expect(await runLine(e, 'docker rename web web')).toMatchObject({
      exitCode: 1,
      output: 'Error response from daemon: Renaming a container with the same name as its current name\nError: failed to rename container named web\n',
    });
    expect(await runLine(e, "docker rename web 'a b'")).toMatchObject({
      exitCode: 1,
      output: 'Error response from daemon: Error when allocating new name: Invalid container name (/a b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\nError: failed to rename container named web\n',
    });
    expect(await runLine(e, "docker rename web ' '")).toMatchObject({ exitCode: 1, output: 'Error: Neither old nor new names may be empty\n' });
  });
});
