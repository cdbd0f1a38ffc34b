import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../../../testing/test-engine.node';
import type { CommandHandler } from '../../context';
import { prune } from './prune';
import { tag } from './tag';
import { docker } from './test-support';

const engine = useTestEngines();
const extra = new Map<string, CommandHandler>([
  ['image prune', prune],
  ['image tag', tag],
]);
const ALL = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ';
const DANGLING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ';

async function pulled() {
  const e = engine();
  await docker(e, 'docker pull -q hello-world');
  const image = e.daemon.images.lookup('hello-world');
  // what `docker rmi` reports for the image's digest reference
  const digestRef = e.daemon.images.referencesOf(image.id).find((r) => r.digest)!.familiarString();
  return { e, image, digestRef };
}

describe('docker image prune', () => {
  it('asks first; no answer means nothing is removed', async () => {
    const { e } = await pulled();
    expect(await docker(e, 'docker image prune', extra)).toEqual({ stdout: `${DANGLING}Total reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
    expect(await docker(e, 'docker image prune -a', extra, 'n\n')).toEqual({ stdout: `${ALL}Total reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
    expect(e.daemon.images.all()).toHaveLength(1);
  });

  it('keeps tagged images without -a', async () => {
    const { e } = await pulled();
    expect(await docker(e, 'docker image prune -f', extra)).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', exitCode: 0 });
    expect(e.daemon.images.all()).toHaveLength(1);
  });

  it('-a removes images no container uses, after a yes', async () => {
    const { e, image, digestRef } = await pulled();
    const r = await docker(e, 'docker image prune -a', extra, 'y\n');
    expect(r).toEqual({
      stdout: [
        `${ALL}Deleted Images:`,
        'untagged: hello-world:latest',
        `untagged: ${digestRef}`,
        `deleted: ${image.id}`,
        `deleted: ${image.topChainId}`,
        '',
        'Total reclaimed space: 1.247kB',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
    expect(e.daemon.images.all()).toHaveLength(0);
  });

  it('-a keeps images that containers use', async () => {
    const e = engine();
    await docker(e, 'docker run hello-world');
    expect(await docker(e, 'docker image prune -af', extra)).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', exitCode: 0 });
    expect(e.daemon.images.all()).toHaveLength(1);
  });

  it('removes dangling images (tag moved away, digest left)', async () => {
    const { e, image, digestRef } = await pulled();
    // Take the tag away: the image keeps only its digest reference, so it is dangling.
    e.daemon.images.deleteReference(e.daemon.images.referencesOf(image.id).find((r) => !r.digest)!);
    const r = await docker(e, 'docker image prune --force', extra);
    expect(r.stdout).toBe(
      ['Deleted Images:', `untagged: ${digestRef}`, `deleted: ${image.id}`, `deleted: ${image.topChainId}`, '', 'Total reclaimed space: 1.247kB', ''].join('\n'),
    );
  });

  it('removes an image with no references at all by its ID', async () => {
    const { e, image } = await pulled();
    for (const ref of e.daemon.images.referencesOf(image.id)) e.daemon.images.deleteReference(ref);
    const r = await docker(e, 'docker image prune -f', extra);
    expect(r.stdout).toBe(['Deleted Images:', `deleted: ${image.id}`, `deleted: ${image.topChainId}`, '', 'Total reclaimed space: 1.247kB', ''].join('\n'));
  });
});
