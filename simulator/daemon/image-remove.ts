import { truncateId } from '../digest';
import { ConflictError } from '../errors';
import { familiarString, parseNormalizedNamed, tagNameOnly, type Reference } from '../reference';
import type { Daemon } from './daemon';

export interface DeleteResponseItem {
  Untagged?: string;
  Deleted?: string;
}

class ImageDeleteConflict extends ConflictError {
  constructor(imageId: string, hard: boolean, message: string, readonly used: boolean) {
    super(`conflict: unable to delete ${truncateId(imageId)} (${hard ? 'cannot be forced' : 'must be forced'}) - ${message}`);
  }
}

const isIdPrefix = (imageId: string, input: string): boolean =>
  /^(sha256:)?[a-f0-9]+$/.test(input) && imageId.slice(7).startsWith(input.replace(/^sha256:/, ''));

/** True when every reference is in one repository and at most one of them is a tag. */
function isSingleReference(refs: readonly Reference[]): boolean {
  const names = new Set(refs.map((r) => r.name));
  return names.size <= 1 && refs.filter((r) => !r.digest).length <= 1;
}

/**
 * DELETE /images/{name}, as the graphdriver image service does it: untag the given reference
 * (and digests of that repository left without a tag), then delete the image and release
 * its layers if nothing holds it any more.
 */
export function imageRemove(daemon: Daemon, input: string, options: { force?: boolean } = {}): DeleteResponseItem[] {
  const force = options.force ?? false;
  const image = daemon.images.lookup(input);
  const id = image.id;
  const records: DeleteResponseItem[] = [];
  const users = daemon.containers.all().filter((c) => c.image === id);
  const untag = (ref: Reference): void => {
    daemon.images.deleteReference(ref);
    records.push({ Untagged: familiarString(ref) });
    daemon.events.emit('/images/untag', { imageId: id, ref: familiarString(ref) });
  };

  if (!isIdPrefix(id, input)) {
    const ref = tagNameOnly(parseNormalizedNamed(input));
    const refs = daemon.images.referencesOf(id);
    if (users[0] && !force && isSingleReference(refs)) {
      throw new ConflictError(
        `conflict: unable to remove repository reference "${input}" (must force) - container ${truncateId(users[0].id)} is using its referenced image ${truncateId(id)}`,
      );
    }
    untag(ref);
    let remaining = daemon.images.referencesOf(id);
    if (!ref.digest && !remaining.some((r) => !r.digest && r.name === ref.name)) {
      for (const other of remaining.filter((r) => r.digest && r.name === ref.name)) untag(other);
      remaining = daemon.images.referencesOf(id);
    }
    if (remaining.length > 0) return records;
    const conflict = findConflict(daemon, id, force, false);
    if (conflict) {
      // The image stays, now untagged, while containers use it.
      return records;
    }
  } else {
    const refs = daemon.images.referencesOf(id);
    if (!force && !isSingleReference(refs)) {
      throw new ImageDeleteConflict(id, false, 'image is referenced in multiple repositories', false);
    }
    const conflict = findConflict(daemon, id, force, false);
    if (conflict) throw conflict;
    for (const ref of refs) untag(ref);
  }
  records.push({ Deleted: id });
  daemon.images.remove(id);
  daemon.events.emit('/images/delete', { imageId: id });
  for (const chainId of daemon.layers.release(image.topChainId)) records.push({ Deleted: chainId });
  return records;
}

function findConflict(daemon: Daemon, id: string, force: boolean, checkReferences: boolean): ImageDeleteConflict | undefined {
  const users = daemon.containers.all().filter((c) => c.image === id);
  const running = users.find((c) => c.state.Running);
  if (running) return new ImageDeleteConflict(id, true, `image is being used by running container ${truncateId(running.id)}`, true);
  if (force) return undefined;
  if (checkReferences && daemon.images.referencesOf(id).length > 0) {
    return new ImageDeleteConflict(id, false, 'image is referenced in one or more repositories', false);
  }
  const stopped = users.find((c) => !c.state.Running);
  if (stopped) return new ImageDeleteConflict(id, false, `image is being used by stopped container ${truncateId(stopped.id)}`, true);
  return undefined;
}
