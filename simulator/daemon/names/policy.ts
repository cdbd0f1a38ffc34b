/**
 * How the daemon names a container created without `--name`: up to six random names
 * (the first plain, the next five with a digit appended), and if all of them are taken,
 * the container's short ID.
 */
import type { Random } from '../../util/random';
import { getRandomName } from './generator';
import { truncateId } from './stringid';

const ATTEMPTS = 6;

/**
 * A free name for the container `id`, without the leading '/'.
 * `isTaken` is asked about each candidate in that same bare form.
 */
export function generateContainerName(random: Random, isTaken: (name: string) => boolean, id: string): string {
  for (let retry = 0; retry < ATTEMPTS; retry++) {
    const name = getRandomName(random, retry);
    if (!isTaken(name)) return name;
  }
  return truncateId(id);
}
