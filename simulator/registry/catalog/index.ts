import { helloWorld } from './hello-world';
import type { ImageDefinition } from './types';

/** Every image the built-in registry ("Docker Hub") serves. */
export const catalog: readonly ImageDefinition[] = [helloWorld];
