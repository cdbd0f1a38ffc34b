import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { conformancePath, describeConformance, readConformanceJson } from '../testing/conformance.node';
import { chainIds, digestOf } from './index';

interface LayoutFile {
  sha256: string;
  size: number;
}
interface OciVectors {
  hello_world_amd64_oci_layout: Record<string, LayoutFile | string> & { 'ChainID(top layer)': string };
  'chainid_test_vectors (identity/chainid_test.go, computed)': { inputs: string[]; ChainIDs: string[] };
  well_known_digests: Record<string, string>;
}

describeConformance('OCI digest vectors (oci/oci_vectors.json)', () => {
  const vectors = readConformanceJson<OciVectors>('oci', 'oci_vectors.json');
  const layout = vectors.hello_world_amd64_oci_layout;
  const layoutFile = (name: string) => layout[name] as LayoutFile;
  const blob = (name: string) => new Uint8Array(readFileSync(conformancePath('oci', `hello-world-amd64-${name}`)));

  it('computes the chain IDs of image-spec identity/chainid_test.go', () => {
    const v = vectors['chainid_test_vectors (identity/chainid_test.go, computed)'];
    expect(chainIds(v.inputs)).toEqual(v.ChainIDs);
    expect(chainIds([])).toEqual([]);
  });

  it('knows the well-known digests: the empty 1024-zero tar layer and {}', () => {
    const known = Object.values(vectors.well_known_digests);
    expect(digestOf(new Uint8Array(1024))).toBe(known[0]);
    expect(digestOf('{}')).toBe(known[1]);
  });

  it.each(['index.json', 'image-manifest.json', 'image-config.json'])('hashes the hello-world OCI %s to its recorded digest and size', (name) => {
    const bytes = blob(name);
    expect(bytes.length).toBe(layoutFile(name).size);
    expect(digestOf(bytes)).toBe(layoutFile(name).sha256);
  });

  it('links index → manifest → config → layer by digest', () => {
    const index = JSON.parse(new TextDecoder().decode(blob('index.json'))) as { manifests: Array<{ digest: string; size: number }> };
    const manifest = JSON.parse(new TextDecoder().decode(blob('image-manifest.json'))) as {
      config: { digest: string; size: number };
      layers: Array<{ digest: string; size: number }>;
    };
    const config = JSON.parse(new TextDecoder().decode(blob('image-config.json'))) as { rootfs: { diff_ids: string[] } };
    expect(index.manifests[0]?.digest).toBe(digestOf(blob('image-manifest.json')));
    expect(manifest.config.digest).toBe(digestOf(blob('image-config.json')));
    const rootfs = layout['rootfs.tar'] as unknown as Record<string, unknown>;
    const layerDigest = Object.entries(rootfs).find(([k]) => k.startsWith('sha256'))?.[1];
    expect(manifest.layers[0]?.digest).toBe(layerDigest);
    expect(manifest.layers[0]?.size).toBe(rootfs.size);
    expect(config.rootfs.diff_ids).toEqual([layerDigest]);
    expect(chainIds(config.rootfs.diff_ids).at(-1)).toBe(layout['ChainID(top layer)']);
  });
});
