import type { ImageConfig } from './oci';

/** An image in the local store. Its ID is the digest of its config (graphdriver store). */
export interface Image {
  id: string;
  config: ImageConfig;
  configBytes: Uint8Array;
  /** ms since the epoch, from the config's `created`. */
  created: number;
  /** chain ID of the top layer ('' when the image has no layers). */
  topChainId: string;
  /** Sum of the layer sizes: what `docker images` shows as SIZE. */
  size: number;
  /** The image this one was committed on (the classic builder's and `docker commit`'s Parent). */
  parent?: string;
}
