import { expect, it } from 'vitest';
import type { TarEntry } from '../archive';
import { describeConformance, readConformanceJson } from '../testing/conformance.node';
import { diffEntries } from './diff';
import { Layer } from './layer';
import { Overlay } from './overlay';
import type { FileSystem } from './types';

interface WhiteoutCase {
  lower: string[];
  layer: string[];
  result: string[];
  note?: string;
}
type Vectors = { 'whiteout_cases (layer.md)': WhiteoutCase[]; rules: string[] };

const enc = new TextEncoder();

/** A tar of the listed names: "x/" a directory, anything else a file whose content says where it came from. */
function layerOf(names: string[], origin: string): Layer {
  return Layer.fromTar(
    names.map((name): TarEntry => {
      if (name.endsWith('/')) return { name, type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 0 };
      const data = enc.encode(name.split('/').pop()!.startsWith('.wh.') ? '' : `${origin}:${name}`);
      return { name, type: 'file', mode: 0o644, uid: 0, gid: 0, size: data.length, mtime: 0, data };
    }),
  );
}

/** Every path under the root: directories end in "/". */
function paths(fs: FileSystem, dir = ''): string[] {
  return fs.readdir(dir || '/').flatMap((name) => {
    const p = `${dir}${name}`;
    return fs.stat('/' + p).type === 'directory' ? [`${p}/`, ...paths(fs, `${p}/`)] : [p];
  });
}

/** The listed result paths plus the parent directories they imply. */
function closure(result: string[]): string[] {
  const out = new Set<string>();
  for (const entry of result) {
    const path = entry.replace(/ \(modified\)$/, '');
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('/') + '/');
    out.add(path);
  }
  return [...out].sort();
}

describeConformance('OCI whiteout cases (oci/oci_vectors.json)', () => {
  const vectors = readConformanceJson<Vectors>('oci', 'oci_vectors.json');
  const cases = vectors['whiteout_cases (layer.md)'];

  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i: applying the layer over the lower gives the result', (_, c) => {
    const fs = new Overlay([layerOf(c.lower, 'lower'), layerOf(c.layer, 'layer')]);
    expect(paths(fs).sort()).toEqual(closure(c.result));
    for (const entry of c.result) {
      const path = entry.replace(/ \(modified\)$/, '');
      if (path.endsWith('/')) continue;
      const fromLayer = c.layer.includes(path);
      expect(new TextDecoder().decode(fs.readFile('/' + path))).toBe(`${fromLayer ? 'layer' : 'lower'}:${path}`);
      if (entry.endsWith('(modified)')) expect(fromLayer).toBe(true);
    }
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i: the layer alone keeps its markers and no .wh. files', (_, c) => {
    const fs = new Overlay([layerOf(c.layer, 'layer')]);
    expect(paths(fs).some((p) => p.split('/').some((part) => part.startsWith('.wh.')))).toBe(false);
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i: making the same changes in a container writes an equivalent layer', (_, c) => {
    const lower = layerOf(c.lower, 'lower');
    const container = new Overlay([lower]);
    const target = new Overlay([lower, layerOf(c.layer, 'layer')]);
    // reproduce the target view by operations, then check the diff re-applies to the same view
    const want = new Set(paths(target));
    for (const p of paths(container).reverse()) {
      if (want.has(p)) continue;
      if (p.endsWith('/')) container.rmdir('/' + p);
      else container.unlink('/' + p);
    }
    for (const p of paths(target)) {
      if (p.endsWith('/')) {
        if (!container.exists('/' + p)) container.mkdir('/' + p);
      } else {
        container.writeFile('/' + p, target.readFile('/' + p));
      }
    }
    const committed = new Overlay([lower, Layer.fromTar(diffEntries(container.upper))]);
    expect(paths(committed).sort()).toEqual(paths(target).sort());
  });

  it('rejects a bare ".wh." entry (rules: SHOULD error)', () => {
    expect(vectors.rules.some((r) => r.includes("bare '.wh.'"))).toBe(true);
    expect(() => layerOf(['.wh.'], 'layer')).toThrow('Invalid argument');
  });
});
