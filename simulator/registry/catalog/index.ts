import { alpineImages } from './alpine';
import { busybox } from './busybox';
import { debianImages } from './debian';
import { gettingStarted } from './getting-started';
import { helloWorld } from './hello-world';
import { httpd } from './httpd';
import { nginx } from './nginx';
import { installUserland } from './install-userland';
import type { ImageDefinition } from './types';
import { ubuntuImages } from './ubuntu';
import { whalesay } from './whalesay';

/** Every image the built-in registry ("Docker Hub") serves. */
export const catalog: readonly ImageDefinition[] = installUserland([
  helloWorld,
  ...alpineImages,
  busybox,
  ...ubuntuImages,
  ...debianImages,
  httpd,
  nginx,
  gettingStarted,
  whalesay,
]);
