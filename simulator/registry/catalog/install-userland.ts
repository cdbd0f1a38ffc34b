/**
 * Puts our programs into the catalog's images: for each image of `userlandPrograms`, the
 * layer that holds a program in the real image gets the binary and its links (BusyBox's
 * applet symlinks, coreutils' hard links). A layer shared by several images (debian's
 * base under httpd and nginx) is changed once and stays one shared object, so it is
 * still built once and pulled as "Already exists".
 */
import { programUrls } from '../programs';
import { layer } from './fs';
import { isEmptyStep, type FileDefinition, type ImageDefinition, type LayerDefinition } from './types';
import { userlandPrograms, type UserlandProgram } from './userland';

const rel = (p: string): string => p.replace(/^\/+/, '');

/** The binary and its links as layer files; of hard-linked names the first in tar order holds the bytes. */
function programFiles(program: UserlandProgram): FileDefinition[] {
  const hard = [...new Set([program.path, ...program.links.filter((l) => l.kind === 'hardlink').map((l) => l.path)].map(rel))].sort();
  const [first, ...others] = hard as [string, ...string[]];
  return [
    { path: first, type: 'file', mode: 0o755, program: program.program },
    ...others.map((path): FileDefinition => ({ path, type: 'hardlink', target: first })),
    ...program.links
      .filter((l) => l.kind === 'symlink')
      .map((l): FileDefinition => ({ path: rel(l.path), type: 'symlink', target: l.target ?? program.path })),
  ];
}

export function installUserland(images: readonly ImageDefinition[]): ImageDefinition[] {
  const replaced = new Map<LayerDefinition, LayerDefinition>();
  for (const image of images) {
    for (const entry of userlandPrograms) {
      if (`library/${image.repository}` !== entry.repository && image.repository !== entry.repository) continue;
      if (!image.tags.some((t) => entry.tags.includes(t))) continue;
      const step = image.steps.find((s): s is LayerDefinition => !isEmptyStep(s) && s.createdBy.startsWith(entry.layer));
      if (!step) throw new Error(`${image.repository}: no layer made by "${entry.layer}" for its programs`);
      const base = replaced.get(step) ?? step;
      const programs = entry.programs.filter((p) => p.program in programUrls);
      const files = programs.flatMap(programFiles);
      const paths = new Set(files.map((f) => f.path));
      replaced.set(step, { ...base, files: layer([...base.files.filter((f) => !paths.has(f.path)), ...files]) });
    }
  }
  return images.map((image) => ({ ...image, steps: image.steps.map((s) => (isEmptyStep(s) ? s : (replaced.get(s) ?? s))) }));
}
