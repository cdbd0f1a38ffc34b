import type { CommandHandler } from '../context';
import { builderPrune } from './builder/prune';
import { attach } from './container/attach';
import { commit } from './container/commit';
import { cp } from './container/cp';
import { create } from './container/create';
import { diff } from './container/diff';
import { exec } from './container/exec';
import { exportContainer } from './container/export';
import { containerInspectCommand } from './container/inspect';
import { inspectObjects } from './container/inspect-objects';
import { kill } from './container/kill';
import { logs } from './container/logs';
import { pause, unpause } from './container/pause';
import { containerPrune } from './container/prune';
import { ps } from './container/ps';
import { rename } from './container/rename';
import { restart } from './container/restart';
import { rm } from './container/rm';
import { run } from './container/run';
import { start } from './container/start';
import { stats } from './container/stats';
import { stop } from './container/stop';
import { top } from './container/top';
import { wait } from './container/wait';
import { build } from './image/build';
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
import { version } from './system/version';

/**
 * The commands Gorae carries out, by canonical path (`docker run` and
 * `docker container run` are both "container run").
 */
export const commandHandlers: ReadonlyMap<string, CommandHandler> = new Map<string, CommandHandler>([
  ['builder prune', builderPrune],
  ['container attach', attach],
  ['container commit', commit],
  ['container cp', cp],
  ['container create', create],
  ['container diff', diff],
  ['container exec', exec],
  ['container export', exportContainer],
  ['container inspect', containerInspectCommand],
  ['container kill', kill],
  ['container logs', logs],
  ['container ls', ps],
  ['container pause', pause],
  ['container prune', containerPrune],
  ['container rename', rename],
  ['container restart', restart],
  ['container rm', rm],
  ['container run', run],
  ['container start', start],
  ['container stats', stats],
  ['container stop', stop],
  ['container top', top],
  ['container unpause', unpause],
  ['container wait', wait],
  ['image build', build],
  ['image history', history],
  ['image inspect', imageInspectCommand],
  ['image load', load],
  ['image ls', images],
  ['image prune', imagePrune],
  ['image pull', pull],
  ['image rm', rmi],
  ['image save', save],
  ['image tag', tag],
  ['inspect', inspectObjects],
  ['search', search],
  ['system df', df],
  ['version', version],
]);
