/**
 * Where the diagram draws everything: a pure function from a snapshot to boxes, so the
 * picture can be tested without a browser. Coordinates are SVG user units, y grows down.
 *
 *   [client] ──▶ [daemon] ◀──▶ [registry]
 *   ┌ the daemon's local images ─────────────┐
 *   │  [container]  [container]              │
 *   │  ▭ writable   ▭ writable               │
 *   │  [image name] [image name]             │
 *   │  [ layer   ] [ layer   ]               │
 *   │  [ shared base layer, drawn once     ] │
 *   └────────────────────────────────────────┘
 *
 * Intermediate images (a classic build's untagged steps) are left out, as `docker images`
 * leaves them out; their layers are drawn as part of the images built on them.
 * Published ports, volumes and networks will hang off the containers' boxes (beside each
 * container, within its column) once the snapshot carries them.
 */
import type { ContainerStateSnapshot, EngineSnapshot, ImageSnapshot } from '../engine/engine';

export type BoxKind = 'client' | 'daemon' | 'registry' | 'storage' | 'layer' | 'image' | 'writable' | 'container';

export interface Box {
  /** Unique in a layout: "client", "layer:<chainId>", "image:<id>", "container:<id>", "writable:<id>". */
  id: string;
  kind: BoxKind;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The main text ("hello-world:latest", "COPY hello /", a container name). */
  label: string;
  /** A second line: a layer's size, a container's state. */
  detail?: string;
  /** For layers: how many images use it (2+ is drawn as shared). */
  sharedBy?: number;
  /** For containers and their writable layers. */
  state?: ContainerStateSnapshot;
  exitCode?: number;
  /** The image (id) a layer, image box or container belongs to; several for a shared layer. */
  imageIds?: string[];
}

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
}

export const SIZES = {
  margin: 12,
  topH: 44,
  topGap: 36,
  minTopW: 120,
  /** Room between the top boxes for the arrows. */
  arrowGap: 48,
  column: 168,
  gap: 12,
  layerH: 30,
  imageH: 26,
  writableH: 14,
  containerH: 32,
  containerGap: 6,
  storagePad: 28,
  minWidth: 480,
} as const;

/** "/bin/sh -c #(nop)  CMD [\"/hello\"]" → "CMD [\"/hello\"]"; "COPY hello / # buildkit" → "COPY hello /". */
export function instructionLabel(createdBy: string): string {
  let text = createdBy.trim();
  text = text.replace(/^\/bin\/sh -c #\(nop\)\s*/, '');
  text = text.replace(/^\/bin\/sh -c /, 'RUN ');
  text = text.replace(/\s*# buildkit$/, '');
  return text === '' ? '?' : text;
}

interface TreeNode {
  chainId: string;
  children: TreeNode[];
  /** Images whose top layer this is. */
  tops: ImageSnapshot[];
  depth: number;
}

function imageName(image: ImageSnapshot): string {
  return image.repoTags[0] ?? `<none> ${image.shortId}`;
}

export function layout(snapshot: EngineSnapshot): Layout {
  const S = SIZES;
  // The forest of layers the images use; children in the order images list them.
  const nodes = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  const shown = snapshot.images.filter((image) => !image.intermediate);
  const imagesOldestFirst = [...shown].reverse();
  const bare: ImageSnapshot[] = []; // images with no layers at all
  for (const image of imagesOldestFirst) {
    let parent: TreeNode | undefined;
    image.layers.forEach((layer, depth) => {
      let node = nodes.get(layer.chainId);
      if (!node) {
        node = { chainId: layer.chainId, children: [], tops: [], depth };
        nodes.set(layer.chainId, node);
        (parent ? parent.children : roots).push(node);
      }
      parent = node;
    });
    if (parent) parent.tops.push(image);
    else bare.push(image);
  }

  // Columns: one per image; a layer spans the columns of every image above it.
  const columnsOf = new Map<TreeNode, number>();
  const count = (node: TreeNode): number => {
    const n = Math.max(1, node.tops.length + node.children.reduce((sum, child) => sum + count(child), 0));
    columnsOf.set(node, n);
    return n;
  };
  const totalColumns = roots.reduce((sum, root) => sum + count(root), 0) + bare.length;

  const containersOf = new Map<string, EngineSnapshot['containers'][number][]>();
  for (const c of snapshot.containers) {
    const list = containersOf.get(c.imageId);
    if (list) list.push(c);
    else containersOf.set(c.imageId, [c]);
  }
  // The images (ids) that use each layer, newest first.
  const usersOf = new Map<string, string[]>();
  for (const image of shown) {
    for (const l of image.layers) {
      const users = usersOf.get(l.chainId);
      if (users) users.push(image.id);
      else usersOf.set(l.chainId, [image.id]);
    }
  }
  const stackH = (image: ImageSnapshot): number =>
    S.imageH + (containersOf.get(image.id)?.length ?? 0) * (S.writableH + S.containerH + S.containerGap);

  const columnW = S.column + S.gap;
  const width = Math.max(S.minWidth, S.margin * 2 + S.gap + totalColumns * columnW);
  const boxes: Box[] = [];

  // Top row: client, daemon, registry.
  const topW = Math.max(S.minTopW, (width - S.margin * 2 - S.arrowGap * 2) / 3);
  const topX = (i: number) => S.margin + i * (topW + S.arrowGap);
  boxes.push({ id: 'client', kind: 'client', x: topX(0), y: S.margin, w: topW, h: S.topH, label: 'client' });
  boxes.push({ id: 'daemon', kind: 'daemon', x: topX(1), y: S.margin, w: topW, h: S.topH, label: 'daemon' });
  boxes.push({ id: 'registry', kind: 'registry', x: topX(2), y: S.margin, w: topW, h: S.topH, label: 'registry' });

  // Heights: the tallest column decides where the ground (the bottom of base layers) is.
  let tallest = 0;
  for (const node of nodes.values()) for (const image of node.tops) tallest = Math.max(tallest, (node.depth + 1) * S.layerH + stackH(image));
  for (const image of bare) tallest = Math.max(tallest, stackH(image));
  const storageY = S.margin + S.topH + S.topGap;
  const ground = storageY + S.storagePad + tallest;

  const placeStack = (image: ImageSnapshot, x: number, top: number) => {
    // top: the y just above the image's top layer (or the ground).
    let y = top - S.imageH;
    boxes.push({ id: `image:${image.id}`, kind: 'image', x, y, w: S.column, h: S.imageH, label: imageName(image), detail: image.sizeText, imageIds: [image.id] });
    for (const c of containersOf.get(image.id) ?? []) {
      y -= S.writableH + S.containerGap / 2;
      boxes.push({ id: `writable:${c.id}`, kind: 'writable', x: x + 6, y, w: S.column - 12, h: S.writableH, label: c.name, state: c.state, exitCode: c.exitCode, imageIds: [image.id] });
      y -= S.containerH + S.containerGap / 2;
      const detail = c.state === 'exited' ? `exited (${c.exitCode})` : c.state;
      boxes.push({ id: `container:${c.id}`, kind: 'container', x: x + 6, y, w: S.column - 12, h: S.containerH, label: c.name, detail, state: c.state, exitCode: c.exitCode, imageIds: [image.id] });
    }
  };

  const place = (node: TreeNode, column: number): void => {
    const span = columnsOf.get(node)!;
    const layer = snapshot.layers[node.chainId]!;
    const y = ground - (node.depth + 1) * S.layerH;
    const users = usersOf.get(node.chainId) ?? [];
    boxes.push({
      id: `layer:${node.chainId}`,
      kind: 'layer',
      x: S.margin + S.gap + column * columnW,
      y,
      w: span * columnW - S.gap,
      h: S.layerH - 2,
      label: instructionLabel(layer.createdBy),
      detail: layer.sizeText,
      sharedBy: users.length,
      imageIds: users,
    });
    let next = column;
    for (const image of node.tops) placeStack(image, S.margin + S.gap + next++ * columnW, y - 2);
    for (const child of node.children) {
      place(child, next);
      next += columnsOf.get(child)!;
    }
  };
  let column = 0;
  for (const root of roots) {
    place(root, column);
    column += columnsOf.get(root)!;
  }
  for (const image of bare) placeStack(image, S.margin + S.gap + column++ * columnW, ground);

  const height = ground + S.margin * 2;
  boxes.push({ id: 'storage', kind: 'storage', x: S.margin, y: storageY, w: width - S.margin * 2, h: ground + S.margin - storageY, label: 'images' });
  return { width, height, boxes };
}

export function boxById(layout: Layout, id: string): Box | undefined {
  return layout.boxes.find((box) => box.id === id);
}
