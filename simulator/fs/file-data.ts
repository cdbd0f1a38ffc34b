/**
 * Copy-on-write bytes of a regular file. A file's buffer may be shared with other inodes
 * (copy-up, layers) or with readers of `contents`; it is copied only when first written.
 * An owned buffer grows by doubling so that appends stay cheap.
 */
import type { FileInode } from './inode';

/** The content, shared with the inode: callers must not modify it. */
export function contents(file: FileInode): Uint8Array {
  file.shared = true;
  return file.data.subarray(0, file.size);
}

/** Makes the buffer owned and at least `capacity` long, keeping the content. */
function own(file: FileInode, capacity: number): void {
  if (!file.shared && file.data.length >= capacity) return;
  const size = Math.max(capacity, file.shared ? file.size : Math.min(file.data.length * 2, capacity * 2));
  const next = new Uint8Array(size);
  next.set(file.data.subarray(0, file.size));
  file.data = next;
  file.shared = false;
}

export function readAt(file: FileInode, into: Uint8Array, position: number): number {
  if (position >= file.size) return 0;
  const n = Math.min(into.length, file.size - position);
  into.set(file.data.subarray(position, position + n));
  return n;
}

export function writeAt(file: FileInode, data: Uint8Array, position: number): number {
  const end = position + data.length;
  if (data.length === 0) {
    if (position > file.size) resize(file, position);
    return 0;
  }
  own(file, Math.max(end, file.size));
  if (position > file.size) file.data.fill(0, file.size, position);
  file.data.set(data, position);
  if (end > file.size) file.size = end;
  return data.length;
}

export function resize(file: FileInode, length: number): void {
  if (length === file.size) return;
  if (length < file.size) {
    if (!file.shared) file.data.fill(0, length, file.size);
    file.size = length;
    return;
  }
  own(file, length);
  file.data.fill(0, file.size, length);
  file.size = length;
}

/** Replaces the content by `data`, kept by reference. */
export function replace(file: FileInode, data: Uint8Array): void {
  file.data = data;
  file.size = data.length;
  file.shared = true;
}
