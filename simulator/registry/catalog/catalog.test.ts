import { describe, expect, it } from 'vitest';
import { gunzip, readTar, type TarEntry } from '../../archive';
import { digestOf } from '../../digest';
import type { ImageConfig, ImageIndex, ImageManifest } from '../../images/oci';
import { readFileBytes } from '../../node/read-file-bytes';
import { buildImage, type BuiltImage } from '../build-image';
import { ProgramLoader } from '../programs';
import { catalog } from './index';
import type { ImageDefinition } from './types';
import { userlandPrograms } from './userland';

const programs = new ProgramLoader(readFileBytes);
const decoder = new TextDecoder();
const parse = <T>(b: Uint8Array) => JSON.parse(decoder.decode(b)) as T;

const built = new Map<ImageDefinition, Promise<BuiltImage>>();
const build = (def: ImageDefinition) => {
  let p = built.get(def);
  if (!p) built.set(def, (p = buildImage(def, programs)));
  return p;
};
const find = (repository: string, tag: string) => {
  const def = catalog.find((d) => d.repository === repository && d.tags.includes(tag));
  if (!def) throw new Error(`no ${repository}:${tag}`);
  return def;
};

interface Parts {
  manifest: ImageManifest;
  config: ImageConfig;
  layers: TarEntry[][];
}

const partsCache = new Map<ImageDefinition, Promise<Parts>>();
function parts(def: ImageDefinition): Promise<Parts> {
  let p = partsCache.get(def);
  if (!p) partsCache.set(def, (p = readParts(def)));
  return p;
}

async function readParts(def: ImageDefinition): Promise<Parts> {
  const image = await build(def);
  const manifest = parse<ImageManifest>(image.blobs.get(image.manifestDigest)!);
  const config = parse<ImageConfig>(image.blobs.get(manifest.config.digest)!);
  const layers = manifest.layers.map((l) => readTar(gunzip(image.blobs.get(l.digest)!)));
  return { manifest, config, layers };
}

/** Reads a file through the union of the layers, following symlinks. */
function readPath(layers: TarEntry[][], path: string, depth = 0): string {
  if (depth > 8) throw new Error(`symlink loop at ${path}`);
  const name = path.replace(/^\//, '');
  for (let i = layers.length - 1; i >= 0; i--) {
    const entry = layers[i]!.find((e) => e.name === name);
    if (!entry) continue;
    if (entry.type === 'symlink') {
      const target = entry.linkname!.startsWith('/') ? entry.linkname! : `${name.split('/').slice(0, -1).join('/')}/${entry.linkname}`;
      const parts: string[] = [];
      for (const p of target.split('/')) if (p === '..') parts.pop(); else if (p && p !== '.') parts.push(p);
      return readPath(layers, parts.join('/'), depth + 1);
    }
    return decoder.decode(entry.data);
  }
  throw new Error(`no ${path}`);
}

describe('catalog', () => {
  it.each(catalog.map((d) => [`${d.repository}:${d.tags[0]}`, d] as const))('%s builds into consistent blobs', async (_, def) => {
    const image = await build(def);
    for (const [digest, blob] of image.blobs) expect(digestOf(blob)).toBe(digest);
    const { manifest, config } = await parts(def);
    expect(manifest.layers.length).toBeGreaterThan(0);
    expect(config.rootfs.diff_ids).toHaveLength(manifest.layers.length);
    const history = config.history ?? [];
    expect(history.length).toBeGreaterThan(0);
    expect(history.filter((h) => !h.empty_layer)).toHaveLength(manifest.layers.length);
    for (const [i, l] of manifest.layers.entries()) {
      const blob = image.blobs.get(l.digest)!;
      expect(blob.length).toBe(l.size);
      expect(digestOf(gunzip(blob))).toBe(config.rootfs.diff_ids[i]);
    }
    expect(config.config.Env?.some((e) => e.startsWith('PATH='))).toBe(true);
    for (const tag of def.tags) {
      const top = image.blobs.get(image.tags.get(tag)!)!;
      const doc = parse<ImageIndex | ImageManifest>(top);
      expect(doc.schemaVersion).toBe(2);
      if (def.schema === 'docker') expect(doc.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
      else expect((doc as ImageIndex).manifests[0]!.digest).toBe(image.manifestDigest);
    }
  }, 60_000);

  it('gives every repository:tag to one image only', () => {
    const seen = new Set<string>();
    for (const d of catalog) for (const t of d.tags) {
      const ref = `${d.repository}:${t}`;
      expect(seen.has(ref), ref).toBe(false);
      seen.add(ref);
    }
  });

  it('has the tags the lessons use', () => {
    for (const [r, t] of [['library/alpine', 'latest'], ['library/alpine', '3.20'], ['library/alpine', '3.21'], ['library/busybox', 'latest'], ['library/ubuntu', 'latest'], ['library/ubuntu', '24.04'], ['library/ubuntu', '22.04'], ['library/debian', 'bookworm-slim'], ['library/debian', 'bookworm'], ['library/debian', 'latest'], ['library/httpd', '2.4'], ['library/httpd', 'latest'], ['library/nginx', 'latest'], ['library/nginx', '1.27'], ['docker/getting-started', 'latest'], ['docker/whalesay', 'latest']] as const) {
      expect(() => find(r, t)).not.toThrow();
    }
    expect(find('library/alpine', 'latest')).toBe(find('library/alpine', '3.21'));
    expect(find('library/ubuntu', 'latest')).toBe(find('library/ubuntu', '24.04'));
    expect(find('library/debian', 'latest')).toBe(find('library/debian', 'bookworm'));
  });

  it('builds httpd and nginx on the very layer of debian:bookworm-slim', async () => {
    const base = (await build(find('library/debian', 'bookworm-slim'))).chainIds[0];
    const httpd = await build(find('library/httpd', '2.4'));
    const nginx = await build(find('library/nginx', 'latest'));
    expect(httpd.chainIds[0]).toBe(base);
    expect(nginx.chainIds[0]).toBe(base);
    const digestOfBase = async (def: ImageDefinition) => (await parts(def)).manifest.layers[0]!.digest;
    const slimDigest = await digestOfBase(find('library/debian', 'bookworm-slim'));
    expect(await digestOfBase(find('library/httpd', '2.4'))).toBe(slimDigest);
    expect(await digestOfBase(find('library/nginx', 'latest'))).toBe(slimDigest);
    // One layer object, with the programs installed once for all three images.
    expect(find('library/httpd', '2.4').steps[0]).toBe(find('library/debian', 'bookworm-slim').steps[0]);
    expect(find('library/nginx', 'latest').steps[0]).toBe(find('library/debian', 'bookworm-slim').steps[0]);
    // debian:bookworm is a different rootfs.
    expect((await build(find('library/debian', 'bookworm'))).chainIds[0]).not.toBe(base);
  }, 60_000);

  it.each([
    ['library/alpine', '3.21', 'ID=alpine', 'VERSION_ID=3.21.3', 'PRETTY_NAME="Alpine Linux v3.21"'],
    ['library/alpine', '3.20', 'ID=alpine', 'VERSION_ID=3.20.6', 'PRETTY_NAME="Alpine Linux v3.20"'],
    ['library/debian', 'bookworm-slim', 'ID=debian', 'VERSION_ID="12"', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"'],
    ['library/debian', 'bookworm', 'ID=debian', 'VERSION_CODENAME=bookworm', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"'],
    ['library/ubuntu', '24.04', 'ID=ubuntu', 'VERSION_ID="24.04"', 'VERSION_CODENAME=noble'],
    ['library/ubuntu', '22.04', 'ID=ubuntu', 'VERSION_ID="22.04"', 'VERSION_CODENAME=jammy'],
    ['library/httpd', '2.4', 'ID=debian', 'VERSION_ID="12"', 'VERSION_CODENAME=bookworm'],
    ['library/nginx', '1.27', 'ID=debian', 'VERSION_ID="12"', 'VERSION_CODENAME=bookworm'],
    ['docker/whalesay', 'latest', 'ID=ubuntu', 'VERSION_ID="14.04"', 'PRETTY_NAME="Ubuntu 14.04.2 LTS"'],
  ])('%s:%s has the right /etc/os-release', async (repo, tag, ...lines) => {
    const { layers } = await parts(find(repo, tag));
    const osRelease = readPath(layers, '/etc/os-release').split('\n');
    for (const line of lines) expect(osRelease).toContain(line);
  }, 60_000);

  it('serves the web servers\' pages and configs', async () => {
    const h = await parts(find('library/httpd', '2.4'));
    expect(readPath(h.layers, '/usr/local/apache2/htdocs/index.html')).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect(readPath(h.layers, '/usr/local/apache2/conf/httpd.conf')).toContain('DocumentRoot "/usr/local/apache2/htdocs"');
    expect(h.config.config.StopSignal).toBe('SIGWINCH');
    expect(h.config.config.Cmd).toEqual(['httpd-foreground']);
    const n = await parts(find('library/nginx', 'latest'));
    expect(readPath(n.layers, '/usr/share/nginx/html/index.html')).toContain('<h1>Welcome to nginx!</h1>');
    expect(readPath(n.layers, '/etc/nginx/nginx.conf')).toContain('include /etc/nginx/conf.d/*.conf;');
    expect(readPath(n.layers, '/docker-entrypoint.sh')).toMatch(/^#!\/bin\/sh/);
    expect(n.config.config.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(readPath(n.layers, '/etc/passwd')).toContain('nginx:x:101:101:');
    const w = await parts(find('docker/whalesay', 'latest'));
    expect(readPath(w.layers, '/usr/share/cowsay/cows/default.cow')).toContain('Docker Cow');
  }, 60_000);

  it('lists userland programs for images that exist, in layers that exist', () => {
    for (const u of userlandPrograms) {
      for (const tag of u.tags) {
        const def = find(u.repository, tag);
        expect(def.steps.some((s) => s.createdBy.startsWith(u.layer)), `${u.repository}:${tag} ${u.layer}`).toBe(true);
      }
    }
  });
});
