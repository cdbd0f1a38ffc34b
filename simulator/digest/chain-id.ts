/**
 * OCI layer chain IDs: the identity of a stack of layers.
 * ChainID(L0) = DiffID(L0); ChainID(L0…Ln) = sha256(ChainID(L0…Ln-1) + " " + DiffID(Ln)).
 */
import { digestOf, type Digest } from './digest';

/** ChainID of a layer given the ChainID of the layers below it (empty for the bottom layer). */
export function chainId(parent: string, diffId: string): Digest {
  return (parent === '' ? diffId : digestOf(`${parent} ${diffId}`)) as Digest;
}

/** The ChainID of every prefix of the stack: result[i] identifies layers 0…i. */
export function chainIds(diffIds: readonly string[]): Digest[] {
  const out: Digest[] = [];
  let parent = '';
  for (const diffId of diffIds) {
    parent = chainId(parent, diffId);
    out.push(parent as Digest);
  }
  return out;
}
