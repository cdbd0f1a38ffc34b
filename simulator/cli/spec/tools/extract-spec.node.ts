/**
 * Dev script: extracts the docker CLI's command tree from the real docker 28 client binary
 * and writes it to simulator/cli/spec/data/*.ts.
 *
 *   npx tsx simulator/cli/spec/tools/extract-spec.node.ts
 *
 * Needs `docker` (client only; no daemon) and `script` (util-linux) on PATH.
 */
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crawl, type CrawledCommand } from './crawl.node.js';
import { docker } from './docker-probe.node.js';
import { SpecEmitter } from './emit.node.js';
import { tagFeatures } from './feature-tags.node.js';
import { pluginCommands } from './overlay.node.js';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'data');

async function main(): Promise<void> {
  const version = docker(['--version']).stdout.trim();
  if (version !== 'Docker version 28.2.2, build e6534b4') throw new Error(`unexpected client: ${version}`);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const root: CrawledCommand = crawl([], undefined, homedir(), log);
  await tagFeatures(root, log);
  const subs = [...(root.subcommands ?? []), ...pluginCommands];
  root.subcommands = subs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) as CrawledCommand[];
  const files = new SpecEmitter(outDir, root).write(root);
  log(`wrote ${files.length} files to ${outDir}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
