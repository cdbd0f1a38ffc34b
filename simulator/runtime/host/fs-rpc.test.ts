import { describe, expect, it } from 'vitest';
import { InodeFs } from '../../fs/inode-fs';
import { FS_CHUNK, FsRpcClient, FsRpcServer, createFsChannel } from './fs-rpc';

/** Client and server on one thread: waking the owner serves the request at once, so no wait blocks. */
/** Byte equality without vitest's slow deep compare of big arrays. */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function pair() {
  const fs = new InodeFs();
  const channel = createFsChannel();
  const server = new FsRpcServer(channel, fs);
  let calls = 0;
  const client = new FsRpcClient(channel, () => {
    calls++;
    server.serve();
  });
  return { fs, client, server, calls: () => calls };
}

describe('file system RPC', () => {
  it('carries paths, stats and errors', () => {
    const { fs, client } = pair();
    fs.mkdir('/d');
    client.mkdir('/d/e', 0o755);
    expect(fs.stat('/d/e').type).toBe('directory');
    expect(client.stat('/d', true).type).toBe('directory');
    expect(() => client.stat('/nope', true)).toThrow(expect.objectContaining({ errno: 'ENOENT' }));
    expect(() => client.rmdir('/d')).toThrow(expect.objectContaining({ errno: 'ENOTEMPTY' }));
    client.symlink('e', '/d/l');
    expect(client.readlink('/d/l')).toBe('e');
    expect(client.stat('/d/l', false).type).toBe('symlink');
    expect(() => client.stat('/' + 'x'.repeat(5000), true)).toThrow(expect.objectContaining({ errno: 'ENAMETOOLONG' }));
    expect(() => client.close(99)).toThrow(expect.objectContaining({ errno: 'EBADF' }));
  });

  it('moves data larger than a chunk in several calls', () => {
    const { fs, client, calls } = pair();
    const size = FS_CHUNK * 2 + 123;
    const data = new Uint8Array(size);
    for (let i = 0; i < size; i++) data[i] = (i * 13) & 0xff;
    const { handle } = client.open('/big', { write: true, read: true, create: true }, 0o644);
    const before = calls();
    expect(client.write(handle, data, null)).toBe(size);
    expect(calls() - before).toBe(3);
    expect(same(fs.readFile('/big'), data)).toBe(true);
    const back = new Uint8Array(size + 10);
    expect(client.read(handle, back, 0)).toBe(size);
    expect(same(back.subarray(0, size), data)).toBe(true);
    expect(client.seek(handle, 0, 'cur')).toBe(size);
    client.ftruncate(handle, 5);
    expect(client.fstat(handle).size).toBe(5);
    client.close(handle);
  });

  it('lists a big directory in pages', () => {
    const { fs, client, calls } = pair();
    fs.mkdir('/many');
    const names = Array.from({ length: 3000 }, (_, i) => `file-${String(i).padStart(5, '0')}-${'n'.repeat(40)}`);
    for (const name of names) fs.writeFile(`/many/${name}`, '');
    const { handle } = client.open('/many', { read: true, directory: true }, 0);
    const before = calls();
    const entries = client.readdir(handle);
    expect(calls() - before).toBeGreaterThan(1);
    expect(entries.map((e) => e.name)).toEqual(names);
    expect(entries.every((e) => e.type === 'file')).toBe(true);
  });

  it('forgets open handles when closed', () => {
    const { fs, client, server } = pair();
    fs.writeFile('/f', 'x');
    const { handle } = client.open('/f', { read: true }, 0);
    server.close();
    expect(() => client.fstat(handle)).toThrow(expect.objectContaining({ errno: 'EBADF' }));
  });
});
