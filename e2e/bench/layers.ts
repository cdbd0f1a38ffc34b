/**
 * Layer and union-filesystem figures: heap added by 1,000 created containers of one image,
 * path lookup through a 100-layer image, and `docker commit` of 1,000 changed files.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { writeTar, type TarEntry } from '../../simulator/archive';
import { containerCommit } from '../../simulator/daemon/container-commit';
import { Layer, Overlay } from '../../simulator/fs';
import { createEngine } from '../../simulator/index';
import { createNodeProcessHost } from '../../simulator/node/node-host';
import { readFileBytes } from '../../simulator/node/read-file-bytes';
import { runLine } from '../../simulator/node/transcript';
import { readTar } from '../../simulator/archive';
import { summarize, type Summary } from './stats';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export interface LayerFigures {
  image: string;
  heapPer1000ContainersMB: number;
  lookup100Layers: Summary;
  commit1000Files: Summary;
}

export async function benchLayers(): Promise<LayerFigures> {
  const engine = createEngine({ seed: 1, processHost: createNodeProcessHost(), fetchBytes: readFileBytes });
  try {
    const image = (await runLine(engine, 'docker pull alpine')).exitCode === 0 ? 'alpine' : 'hello-world';
    if (image === 'hello-world') await runLine(engine, 'docker pull hello-world');

    const before = heapUsed();
    const ids: string[] = [];
    for (let i = 0; i < 1000; i++) ids.push(engine.daemon.containerCreate({ Image: image }, { AutoRemove: false }).Id);
    const heapPer1000ContainersMB = (heapUsed() - before) / 1024 / 1024;

    // 100 layers of 20 files each; look up a file of the bottom layer through all of them.
    const layers: Layer[] = [];
    for (let k = 0; k < 100; k++) {
      const entries: TarEntry[] = [{ name: `l${k}/`, type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, mtime: 0 }];
      for (let f = 0; f < 20; f++) {
        const data = new TextEncoder().encode(`${k}/${f}\n`);
        entries.push({ name: `l${k}/f${f}`, type: 'file', mode: 0o644, uid: 0, gid: 0, size: data.length, mtime: 0, data });
      }
      layers.push(Layer.fromTar(readTar(writeTar(entries))));
    }
    const overlay = new Overlay(layers);
    const lookups: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      overlay.stat(`/l0/f${i % 20}`);
      lookups.push((performance.now() - t) * 1000);
    }

    const commits: number[] = [];
    for (let round = 0; round < 5; round++) {
      const id = ids[round]!;
      const fs = engine.daemon.snapshots.get(engine.daemon.containers.get(id).snapshotKey).fs;
      fs.mkdirp('/data');
      for (let f = 0; f < 1000; f++) fs.writeFile(`/data/file${f}.txt`, new TextEncoder().encode(`round ${round} file ${f}\n`));
      const t = performance.now();
      containerCommit(engine.daemon, id);
      commits.push(performance.now() - t);
    }
    return { image, heapPer1000ContainersMB, lookup100Layers: summarize(lookups), commit1000Files: summarize(commits) };
  } finally {
    await engine.dispose();
  }
}
