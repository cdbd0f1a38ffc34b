import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FetchBytes } from '../registry/programs';

/** Reads program files in Node: file: URLs from the file system, others with fetch. */
export const readFileBytes: FetchBytes = async (url) => {
  if (url.protocol === 'file:') return new Uint8Array(await readFile(fileURLToPath(url)));
  const response = await fetch(url);
  return new Uint8Array(await response.arrayBuffer());
};
