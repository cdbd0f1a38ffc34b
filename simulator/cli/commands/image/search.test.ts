import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../../../testing/test-engine.node';
import type { CommandHandler } from '../../context';
import { search } from './search';
import { docker } from './test-support';

const engine = useTestEngines();
const extra = new Map<string, CommandHandler>([['search', search]]);
const HEADER = 'NAME          DESCRIPTION                                     STARS     OFFICIAL';

describe('docker search', () => {
  it('lists matching repositories, descriptions cut at 45 columns', async () => {
    const e = engine();
    const r = await docker(e, 'docker search hello-world', extra);
    expect(r).toEqual({
      stdout: `${HEADER}\nhello-world   Hello World! (an example of minimal Dockeriz…   2456      [OK]\n`,
      stderr: '',
      exitCode: 0,
    });
    expect((await docker(e, 'docker search --no-trunc hello', extra)).stdout.split('\n')[1]).toBe(
      'hello-world   Hello World! (an example of minimal Dockerization)   2456      [OK]',
    );
  });

  it('prints only the header when nothing matches', async () => {
    const e = engine();
    expect((await docker(e, 'docker search zzzz-nothing', extra)).stdout).toBe('NAME      DESCRIPTION   STARS     OFFICIAL\n');
  });

  it('applies filters', async () => {
    const e = engine();
    expect((await docker(e, 'docker search --filter stars=3000 hello-world', extra)).stdout).toBe('NAME      DESCRIPTION   STARS     OFFICIAL\n');
    expect((await docker(e, 'docker search -f is-official=true hello-world', extra)).stdout).toContain('hello-world   ');
    expect(await docker(e, 'docker search -f bogus=1 hello', extra)).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'bogus'\n",
      exitCode: 1,
    });
    expect((await docker(e, 'docker search -f is-official=maybe hello', extra)).stderr).toBe("Error response from daemon: invalid filter 'is-official=maybe'\n");
  });

  it('checks the limit', async () => {
    const e = engine();
    expect(await docker(e, 'docker search --limit 101 hello', extra)).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: limit 101 is outside the range of [1, 100]\n',
      exitCode: 1,
    });
    expect((await docker(e, 'docker search --limit 1 hello', extra)).exitCode).toBe(0);
  });

  it('--format json prints one object per result', async () => {
    const e = engine();
    expect((await docker(e, 'docker search --format json hello-world', extra)).stdout).toBe(
      '{"Description":"Hello World! (an example of minimal Dockeriz…","IsAutomated":"","IsOfficial":"[OK]","Name":"hello-world","StarCount":"2456"}\n',
    );
  });
});

describe('docker search --format', () => {
  it('takes templates', async () => {
    const e = engine();
    expect((await docker(e, "docker search --format '{{.Name}} {{.StarCount}}' hello", extra)).stdout).toBe('hello-world 2456\n');
    expect((await docker(e, "docker search --format 'table {{.Name}}\\t{{.IsOfficial}}' hello", extra)).stdout).toBe('NAME          OFFICIAL\nhello-world   [OK]\n');
  });
});
