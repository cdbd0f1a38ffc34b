import type { ContainerConfig } from '../../images/oci';

/** A file in an image layer. Programs are our WASI modules, loaded by name. */
export type FileDefinition =
  | { path: string; type: 'file'; mode: number; text: string }
  | { path: string; type: 'file'; mode: number; program: string }
  | { path: string; type: 'directory'; mode: number }
  | { path: string; type: 'symlink'; target: string };

export interface LayerDefinition {
  /** The history line that made this layer (`CREATED BY` in `docker history`). */
  createdBy: string;
  comment?: string;
  files: FileDefinition[];
}

/** A history step that made no layer (CMD, ENV, …). */
export interface EmptyLayerStep {
  createdBy: string;
  comment?: string;
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
}

export function isEmptyStep(step: BuildStep): step is EmptyLayerStep {
  return 'emptyLayer' in step;
}
