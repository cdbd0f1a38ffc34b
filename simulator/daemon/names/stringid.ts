/**
 * Container and exec IDs: 64 lowercase hex digits. The short form (the first 12) doubles
 * as the container's hostname, so it must not be all digits: a purely numeric hostname
 * breaks tools that take it for an address.
 */
import type { Random } from '../../util/random';

const SHORT_LENGTH = 12;

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A new random 64-hex ID whose short form is not all digits. */
export function generateId(random: Random): string {
  for (;;) {
    const id = toHex(random.bytes(32));
    if (!/^\d+$/.test(id.slice(0, SHORT_LENGTH))) return id;
  }
}

/** The short form of an ID: any "algorithm:" prefix dropped, then the first 12 characters. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const hex = colon >= 0 ? id.slice(colon + 1) : id;
  return hex.length > SHORT_LENGTH ? hex.slice(0, SHORT_LENGTH) : hex;
}
