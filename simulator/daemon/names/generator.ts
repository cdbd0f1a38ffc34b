/**
 * Random container names, "<adjective>_<surname>" such as "exciting_chebyshev". Steve
 * Wozniak is not boring, so "boring_wozniak" is drawn again. On a retry a random digit is
 * appended ("exciting_chebyshev7") to get out of a collision.
 */
import type { Random } from '../../util/random';
import { LEFT, RIGHT } from './names-data';

/** A random name; `retry > 0` appends one random decimal digit. */
export function getRandomName(random: Random, retry = 0): string {
  let name: string;
  do {
    name = `${LEFT[random.int(LEFT.length)]}_${RIGHT[random.int(RIGHT.length)]}`;
  } while (name === 'boring_wozniak');
  if (retry > 0) name += String(random.int(10));
  return name;
}
