/**
 * An overlay file system with overlayfs and OCI layer semantics: N shared read-only layers
 * under one writable upper inode fs. The upper shadows the layers; a whiteout (char device
 * 0/0) hides a name of the layers below; an opaque directory hides all their children.
 * Writing to anything of a layer first copies it up (metadata, and a file's bytes by
 * reference); deleting it leaves a whiteout; a directory made where one was deleted is
 * opaque; renaming a layer's directory copies its whole subtree up. Layers are never
 * touched, so any number of overlays share them.
 */
import { linkInto, unlinkFrom } from './dir-ops';
import { FsError } from './errors';
import { InodeFs } from './inode-fs';
import { compareNames, copyInode, isDir, isWhiteout, newNode, type DirInode, type Inode } from './inode';
import type { Layer } from './layer';
import { PathFs, type PathFsOptions } from './path-fs';
import type { Resolution, TreeWalker } from './resolve';

/** An inode of a layer, with the layer's index (0 = bottom). */
interface LowerRef {
  inode: Inode;
  layer: number;
}

/** What a path is in the merged view: its upper inode and/or the layer inodes it merges. */
export interface OverlayNode {
  upper?: Inode;
  /** Top layer first; several only for a merged directory. */
  lowers: LowerRef[];
  /** `upper` is the copy-up of a hard-linked layer inode, not (yet) linked at this path. */
  indexed?: boolean;
}

export interface OverlayOptions extends PathFsOptions {
  /** The writable layer (a fresh empty one by default). */
  upper?: InodeFs;
}

/** Inode numbers of layer k are reported as ino + (k + 1) * 2^32, like overlayfs's xino. */
export const LAYER_INO_STRIDE = 2 ** 32;

export class Overlay extends PathFs<OverlayNode> {
  readonly upper: InodeFs;
  /** The read-only layers, bottom first (the order of an image's diff IDs). */
  readonly layers: readonly Layer[];
  /** Copy-ups of hard-linked layer inodes, so every name of the inode shows the copy. */
  private readonly copiedUp = new Map<Inode, Inode>();
  /** Every copy-up of a non-directory layer inode, for handles opened on the layer inode. */
  private readonly copies = new WeakMap<Inode, Inode>();
  protected readonly walker: TreeWalker<OverlayNode>;

  constructor(layers: readonly Layer[], options: OverlayOptions = {}) {
    super({ dev: 0x2d, ...options });
    this.layers = [...layers];
    this.upper = options.upper ?? new InodeFs({ now: this.now, umask: this.umask });
    const lowers: LowerRef[] = [];
    for (let k = this.layers.length - 1; k >= 0; k--) {
      const root = this.layers[k]!.root;
      lowers.push({ inode: root, layer: k });
      if (root.opaque) break;
    }
    const root: OverlayNode = { upper: this.upper.root, lowers: this.upper.root.opaque ? [] : lowers };
    this.walker = {
      root,
      child: (dir, name) => this.child(dir, name),
      isDir: (node) => this.inodeOf(node).kind === 'directory',
      linkTarget: (node) => {
        const inode = this.inodeOf(node);
        return inode.kind === 'symlink' ? inode.target : undefined;
      },
    };
  }

  private child(dir: OverlayNode, name: string): OverlayNode | undefined {
    let upper: Inode | undefined;
    if (dir.upper) {
      if (!isDir(dir.upper)) return undefined;
      upper = dir.upper.entries.get(name);
      if (upper) {
        if (isWhiteout(upper)) return undefined;
        if (upper.kind !== 'directory' || upper.opaque) return { upper, lowers: [] };
      }
    } else if (!isDir(this.inodeOf(dir))) {
      return undefined;
    }
    const lowers: LowerRef[] = [];
    for (const ref of dir.lowers) {
      const inode = (ref.inode as DirInode).entries.get(name);
      if (!inode) continue;
      if (isWhiteout(inode)) break;
      if (inode.kind !== 'directory') {
        if (!upper && lowers.length === 0) lowers.push({ inode, layer: ref.layer });
        break;
      }
      lowers.push({ inode, layer: ref.layer });
      if (inode.opaque) break;
    }
    if (!upper && lowers.length === 0) return undefined;
    if (!upper && lowers[0]!.inode.kind !== 'directory') {
      const copy = this.copiedUp.get(lowers[0]!.inode);
      if (copy) return { upper: copy, lowers: [], indexed: true };
    }
    return upper ? { upper, lowers } : { lowers };
  }

  /** The layer inode whose metadata a lower-only node shows (a directory's first explicit one). */
  private lowerRef(node: OverlayNode): LowerRef {
    const first = node.lowers[0]!;
    if (first.inode.kind !== 'directory') return first;
    return node.lowers.find((ref) => !(ref.inode as DirInode).implicit) ?? first;
  }

  protected inodeOf(node: OverlayNode): Inode {
    return node.upper ?? this.lowerRef(node).inode;
  }

  protected inoOf(node: OverlayNode): number {
    if (node.upper) return node.upper.ino;
    const ref = this.lowerRef(node);
    return ref.inode.ino + (ref.layer + 1) * LAYER_INO_STRIDE;
  }

  protected entries(dir: OverlayNode): Array<[string, OverlayNode]> {
    const names = new Set<string>();
    if (dir.upper && isDir(dir.upper)) for (const name of dir.upper.entries.keys()) names.add(name);
    for (const ref of dir.lowers) for (const name of (ref.inode as DirInode).entries.keys()) names.add(name);
    const out: Array<[string, OverlayNode]> = [];
    for (const name of names) {
      const child = this.child(dir, name);
      if (child) out.push([name, child]);
    }
    return out.sort((a, b) => compareNames(a[0], b[0]));
  }

  protected override current(inode: Inode): Inode {
    return this.copies.get(inode) ?? inode;
  }

  protected allocIno(): number {
    return this.upper.allocIno();
  }

  protected writable(r: Resolution<OverlayNode>): Inode {
    return this.copyUp(r.names);
  }

  protected attach(r: Resolution<OverlayNode>, inode: Inode): void {
    const dir = this.copyUp(r.names.slice(0, -1)) as DirInode;
    const existing = dir.entries.get(r.name);
    if (existing) dir.entries.delete(r.name);
    if (inode.kind === 'directory' && ((existing && isWhiteout(existing)) || this.lowerHas(r.parent, r.name))) {
      for (const [name, e] of inode.entries) if (isWhiteout(e)) inode.entries.delete(name);
      inode.opaque = true;
    }
    linkInto(dir, r.name, inode, this.now());
  }

  protected detach(r: Resolution<OverlayNode>, forMove: boolean): Inode {
    const node = r.node!;
    let moved: Inode | undefined;
    if (forMove) moved = node.lowers.length > 0 && this.inodeOf(node).kind === 'directory' ? this.copyUpTree(r.names) : this.copyUp(r.names);
    const dir = this.copyUp(r.names.slice(0, -1)) as DirInode;
    const up = dir.entries.get(r.name);
    const now = this.now();
    if (up && !isWhiteout(up)) {
      unlinkFrom(dir, r.name, now);
    } else {
      dir.mtime = dir.ctime = now;
      this.dropLayerName(node, now);
    }
    if (this.lowerHas(r.parent, r.name)) {
      const whiteout = newNode({ ino: this.upper.allocIno(), perm: 0, time: now }, 'chardev', 0);
      whiteout.nlink = 1;
      dir.entries.set(r.name, whiteout);
    }
    return moved ?? up ?? this.inodeOf(node);
  }

  /** Counts a removed name of a hard-linked layer inode, which needs its copy to count on. */
  private dropLayerName(node: OverlayNode, now: number): void {
    if (node.lowers.length === 0 && !node.indexed) return;
    const top = this.inodeOf(node);
    if (top.kind === 'directory' || top.nlink < 2) return;
    const copy = node.indexed ? top : this.copyInode(node);
    copy.nlink--;
    copy.ctime = now;
  }

  /** True when a layer shows `name` in the directory `parent` (the upper aside). */
  private lowerHas(parent: OverlayNode, name: string): boolean {
    for (const ref of parent.lowers) {
      const inode = (ref.inode as DirInode).entries.get(name);
      if (inode) return !isWhiteout(inode);
    }
    return false;
  }

  private nodeAt(names: readonly string[]): OverlayNode {
    let node = this.walker.root;
    for (const name of names) {
      const next = this.child(node, name);
      if (!next) throw new FsError('ENOENT', '/' + names.join('/'), 'copy_up');
      node = next;
    }
    return node;
  }

  /**
   * Makes the upper hold the entry at the canonical path `names` (and its parents),
   * copying each missing one up from the layers; returns the upper inode.
   */
  copyUp(names: readonly string[]): Inode {
    let node = this.walker.root;
    let dir = this.upper.root;
    let up: Inode = dir;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const child = this.child(node, name);
      if (!child) throw new FsError('ENOENT', '/' + names.join('/'), 'copy_up');
      let inode = child.upper;
      if (!inode || child.indexed) {
        // A copy counts all the names of its layer inode already (see copyInode).
        inode ??= this.copyInode(child);
        dir.entries.set(name, inode);
      }
      up = inode;
      if (i < names.length - 1) {
        dir = inode as DirInode;
        node = { upper: inode, lowers: child.lowers };
      }
    }
    return up;
  }

  private copyInode(node: OverlayNode): Inode {
    const src = this.inodeOf(node);
    const copy = copyInode(src, this.inoOf(node));
    if (src.kind !== 'directory') {
      this.copies.set(src, copy);
      // The copy stands for every name of the layer inode, linked in the upper or not yet.
      copy.nlink = src.nlink;
      if (src.nlink > 1) this.copiedUp.set(src, copy);
    }
    return copy;
  }

  /** Copies a directory and everything under it up, and makes it opaque. */
  private copyUpTree(names: readonly string[]): Inode {
    const up = this.copyUp(names) as DirInode;
    for (const [name, child] of this.entries(this.nodeAt(names))) {
      const path = [...names, name];
      if (child.lowers.length > 0 && this.inodeOf(child).kind === 'directory') this.copyUpTree(path);
      else this.copyUp(path);
    }
    for (const [name, e] of up.entries) if (isWhiteout(e)) up.entries.delete(name);
    up.opaque = true;
    return up;
  }
}
