import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../../../testing/test-engine.node';
import type { Engine } from '../../../index';
import type { CommandHandler } from '../../context';
import { history } from './history';
import { docker } from './test-support';

const engine = useTestEngines();
const extra = new Map<string, CommandHandler>([['image history', history]]);

async function pulled(): Promise<{ e: Engine; id: string; size: number }> {
  const e = engine();
  await docker(e, 'docker pull -q hello-world');
  const image = e.daemon.images.lookup('hello-world');
  return { e, id: image.id, size: image.size };
}

describe('docker history', () => {
  it('shows the newest step first, with the image ID on it and <missing> below', async () => {
    const { e, id } = await pulled();
    const r = await docker(e, 'docker history hello-world', extra);
    expect(r).toEqual({
      stdout: [
        'IMAGE          CREATED        CREATED BY                SIZE      COMMENT',
        `${id.slice(7, 19)}   4 months ago   CMD ["/hello"]            0B        buildkit.dockerfile.v0`,
        '<missing>      4 months ago   COPY hello / # buildkit   1.25kB    buildkit.dockerfile.v0',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
    expect((await docker(e, 'docker image history hello-world:latest', extra)).stdout).toBe(r.stdout);
  });

  it('-q lists IDs; --no-trunc shows them whole', async () => {
    const { e, id } = await pulled();
    expect((await docker(e, 'docker history -q hello-world', extra)).stdout).toBe(`${id.slice(7, 19)}\n<missing>\n`);
    expect((await docker(e, 'docker history -q --no-trunc hello-world', extra)).stdout).toBe(`${id}\n<missing>\n`);
    const full = await docker(e, 'docker history --no-trunc hello-world', extra);
    expect(full.stdout.split('\n')[1]).toBe(`${id}   4 months ago   CMD ["/hello"]            0B        buildkit.dockerfile.v0`);
  });

  it('-H=false prints RFC 3339 times and sizes in bytes', async () => {
    const { e, id, size } = await pulled();
    const r = await docker(e, 'docker history -H=false hello-world', extra);
    expect(r.stdout).toBe(
      [
        'IMAGE          CREATED AT             CREATED BY                SIZE      COMMENT',
        `${id.slice(7, 19)}   2025-08-08T19:05:17Z   CMD ["/hello"]            0         buildkit.dockerfile.v0`,
        `<missing>      2025-08-08T19:05:17Z   COPY hello / # buildkit   ${String(size).padEnd(10)}buildkit.dockerfile.v0`,
        '',
      ].join('\n'),
    );
  });

  it('--format json prints one object per step, keys sorted', async () => {
    const { e, id } = await pulled();
    const r = await docker(e, 'docker history --format json hello-world', extra);
    expect(r.stdout.split('\n')[0]).toBe(
      `{"Comment":"buildkit.dockerfile.v0","CreatedAt":"2025-08-08T19:05:17Z","CreatedBy":"CMD [\\"/hello\\"]","CreatedSince":"4 months ago","ID":"${id.slice(7, 19)}","Size":"0B"}`,
    );
  });

  it('truncates long CREATED BY cells to 45 columns', async () => {
    const { e } = await pulled();
    e.daemon.images.lookup('hello-world').config.history![0]!.created_by = `RUN ${'x'.repeat(60)}`;
    const r = await docker(e, 'docker history hello-world', extra);
    expect(r.stdout.split('\n')[2]).toBe(`<missing>      4 months ago   RUN ${'x'.repeat(40)}…   1.25kB    buildkit.dockerfile.v0`);
  });

  it('fails for an unknown image', async () => {
    const e = engine();
    expect(await docker(e, 'docker history nosuch', extra)).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nosuch:latest\n',
      exitCode: 1,
    });
  });
});

describe('docker history --format', () => {
  it('runs templates per row, and "table TEMPLATE" with headers', async () => {
    const { e, id } = await pulled();
    expect((await docker(e, "docker history --format '{{.ID}}: {{.CreatedBy}}' hello-world", extra)).stdout).toBe(
      `${id.slice(7, 19)}: CMD ["/hello"]\n<missing>: COPY hello / # buildkit\n`,
    );
    expect((await docker(e, "docker history --format 'table {{.ID}}\\t{{.Size}}' hello-world", extra)).stdout).toBe(
      ['IMAGE          SIZE', `${id.slice(7, 19)}   0B`, '<missing>      1.25kB', ''].join('\n'),
    );
    // -q only replaces the default table
    expect((await docker(e, "docker history -q --format '{{.Size}}' hello-world", extra)).stdout).toBe('0B\n1.25kB\n');
  });
});
