import { familiarString, parseNormalizedNamed, tagNameOnly, type Reference } from '../reference';
import { InvalidArgumentError } from '../errors';
import type { Daemon } from './daemon';

/**
 * When each image was last tagged (`Metadata.LastTagTime` in `docker image inspect`), per
 * daemon. The graphdriver store sets it on `docker tag`, not on pulls.
 */
const lastTagTimes = new WeakMap<Daemon, Map<string, number>>();

/** ms since the epoch the image was last tagged, or undefined when it never was. */
export function lastTagTime(daemon: Daemon, imageId: string): number | undefined {
  return lastTagTimes.get(daemon)?.get(imageId);
}

/**
 * POST /images/{name}/tag?repo=…&tag=…: points the (normalized, default-tagged) target at the
 * source image, replacing whatever it pointed at.
 */
export function imageTag(daemon: Daemon, source: string, target: Reference): void {
  const ref = tagNameOnly(target);
  if (ref.familiarName() === 'sha256') {
    throw new InvalidArgumentError('refusing to create an ambiguous tag using digest algorithm as name');
  }
  const image = daemon.images.lookup(source);
  daemon.images.setReference(ref, image.id);
  let times = lastTagTimes.get(daemon);
  if (!times) lastTagTimes.set(daemon, (times = new Map()));
  times.set(image.id, daemon.deps.clock.now());
  daemon.events.emit('/images/tag', { imageId: image.id, ref: familiarString(ref) });
}

export { parseNormalizedNamed };
