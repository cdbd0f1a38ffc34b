import { NotFoundError } from '../errors';
import { digestOf } from '../digest';

/** Blobs addressed by their sha256 digest, as containerd's content store keeps them. */
export class ContentStore {
  private readonly blobs = new Map<string, Uint8Array>();

  /** Stores bytes and returns their digest; storing the same bytes twice keeps one copy. */
  put(bytes: Uint8Array): string {
    const digest = digestOf(bytes);
    if (!this.blobs.has(digest)) this.blobs.set(digest, bytes);
    return digest;
  }

  /** Stores bytes under a digest computed elsewhere (e.g. while receiving a pull). */
  putVerified(digest: string, bytes: Uint8Array): void {
    if (!this.blobs.has(digest)) this.blobs.set(digest, bytes);
  }

  has(digest: string): boolean {
    return this.blobs.has(digest);
  }

  get(digest: string): Uint8Array {
    const blob = this.blobs.get(digest);
    if (!blob) throw new NotFoundError(`content digest ${digest}: not found`, { digest });
    return blob;
  }

  getJson<T>(digest: string): T {
    return JSON.parse(new TextDecoder().decode(this.get(digest))) as T;
  }

  delete(digest: string): void {
    this.blobs.delete(digest);
  }

  digests(): string[] {
    return [...this.blobs.keys()];
  }
}
