import type { ContainerConfig } from '../../images/oci';

/** A file in an image layer. Programs are our WASI modules, loaded by name. */
export type FileDefinition =
  | { path: string; type: 'file'; mode: number; text: string }
  | { path: string; type: 'file'; mode: number; program: string }
  /**
   * Stand-in bytes for a file whose real content does not matter (shared libraries, package
   * data): `size` bytes generated deterministically from `fill` (see fill.ts), cheap to make
   * and compressing about as well as real binaries (~40% of the original under gzip).
   */
  | { path: string; type: 'file'; mode: number; size: number; fill: string }
  | { path: string; type: 'directory'; mode: number }
  | { path: string; type: 'symlink'; target: string }
  /** A hard link to `target`, a file earlier in the same layer (tar name, no leading slash). */
  | { path: string; type: 'hardlink'; target: string };

export interface LayerDefinition {
  /** The history line that made this layer (`CREATED BY` in `docker history`). */
  createdBy: string;
  comment?: string;
  /**
   * When this step ran, if not when the image was built (steps inherited from a base image).
   * Also the mtime of the layer's files, so a base layer shared by several images is
   * byte-identical in all of them.
   */
  created?: string;
  files: FileDefinition[];
}

/** A history step that made no layer (CMD, ENV, …). */
export interface EmptyLayerStep {
  createdBy: string;
  comment?: string;
  created?: string;
  emptyLayer: true;
}

export type BuildStep = LayerDefinition | EmptyLayerStep;

/** One image of the built-in registry, defined as data plus our own programs. */
export interface ImageDefinition {
  /** Repository path on the registry, e.g. "library/hello-world". */
  repository: string;
  tags: string[];
  /** RFC 3339 time the image was built. */
  created: string;
  config: ContainerConfig;
  steps: BuildStep[];
  /** Annotation shown on the manifest, as the official images carry. */
  url?: string;
  /** One-line description for `docker search`. */
  description: string;
  stars: number;
  official: boolean;
  /**
   * Manifest format the registry serves: 'oci' (default) is an OCI index over one amd64
   * manifest; 'docker' is a single Docker v2 schema 2 manifest, as old images still have.
   */
  schema?: 'oci' | 'docker';
}

export function isEmptyStep(step: BuildStep): step is EmptyLayerStep {
  return 'emptyLayer' in step;
}
