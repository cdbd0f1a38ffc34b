import type { CommandHandler } from '../context';
import { commit } from './container/commit';
import { cp } from './container/cp';
import { create } from './container/create';
import { diff } from './container/diff';
import { exportContainer } from './container/export';
import { ps } from './container/ps';
import { rm } from './container/rm';
import { run } from './container/run';
import { start } from './container/start';
import { history } from './image/history';
import { images } from './image/images';
import { imageInspectCommand } from './image/inspect';
import { load } from './image/load';
import { prune as imagePrune } from './image/prune';
import { pull } from './image/pull';
import { rmi } from './image/rmi';
import { save } from './image/save';
import { search } from './image/search';
import { tag } from './image/tag';
import { df } from './system/df';
import { inspect } from './system/inspect';
import { version } from './system/version';

/**
 * The commands Gorae carries out, by canonical path (`docker run` and
 * `docker container run` are both "container run").
 */
export const commandHandlers: ReadonlyMap<string, CommandHandler> = new Map<string, CommandHandler>([
  ['container commit', commit],
  ['container cp', cp],
  ['container create', create],
  ['container diff', diff],
  ['container export', exportContainer],
  ['container ls', ps],
  ['container rm', rm],
  ['container run', run],
  ['container start', start],
  ['image history', history],
  ['image inspect', imageInspectCommand],
  ['image load', load],
  ['image ls', images],
  ['image prune', imagePrune],
  ['image pull', pull],
  ['image rm', rmi],
  ['image save', save],
  ['image tag', tag],
  ['inspect', inspect],
  ['search', search],
  ['system df', df],
  ['version', version],
]);
