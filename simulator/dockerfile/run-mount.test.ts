import { describe, expect, it } from 'vitest';
import { parseMount } from './run-mount';

describe('parseMount', () => {
  it('defaults to a read-only bind', () => {
    expect(parseMount('target=/src')).toMatchObject({ type: 'bind', target: '/src', readOnly: true });
    expect(parseMount('type=bind,target=/src,rw')).toMatchObject({ readOnly: false });
  });
  it('cache, tmpfs, secret, ssh', () => {
    expect(parseMount('type=cache,target=/root/.cache,id=go,sharing=locked,mode=0755,uid=1000')).toMatchObject({
      type: 'cache',
      readOnly: false,
      cacheId: 'go',
      cacheSharing: 'locked',
      mode: 0o755,
      uid: 1000,
    });
    expect(parseMount('type=tmpfs,target=/t,size=64m').sizeLimit).toBe(64 * 1024 * 1024);
    expect(parseMount('type=secret,id=npmrc,required').required).toBe(true);
    expect(parseMount('type=ssh')).toMatchObject({ type: 'ssh', readOnly: true });
    expect(parseMount('"source=a,b",target=/x')).toMatchObject({ source: 'a,b', target: '/x' });
  });
  it('expands values', () => {
    expect(parseMount('target=$D', (w) => w.replace('$D', '/data')).target).toBe('/data');
  });
  it('BuildKit errors', () => {
    expect(() => parseMount('type=nfs')).toThrow('unsupported mount type "nfs"');
    expect(() => parseMount('type=cahce')).toThrow('unsupported mount type "cahce" (did you mean cache?)');
    expect(() => parseMount('type=bind,mode=0700')).toThrow('mode not allowed for "bind" type mounts');
    expect(() => parseMount('type=bind,size=1m')).toThrow("unexpected key 'size' for mount type 'bind'");
    expect(() => parseMount('type=secret')).toThrow('invalid secret mount. one of source, target required');
    expect(() => parseMount('type=bind,sharing=shared')).toThrow('invalid cache sharing set for bind mount');
    expect(() => parseMount('targte=/x')).toThrow("unexpected key 'targte' in 'targte=/x' (did you mean target?)");
    expect(() => parseMount('bogus')).toThrow("invalid field 'bogus' must be a key=value pair");
    expect(() => parseMount('type=cache,uid=x')).toThrow('invalid value x for uid');
  });
});
