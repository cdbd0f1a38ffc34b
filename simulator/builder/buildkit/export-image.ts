/**
 * "exporting to image": the last state becomes an image in the daemon's store — its config,
 * the history of every instruction, the layers of the state — named with each -t
 * ("naming to docker.io/library/hello"). A rebuild from the cache gives the same image ID.
 */
import type { Daemon } from '../../daemon/daemon';
import { digestOf } from '../../digest';
import type { ImageConfig } from '../../images/oci';
import { familiarString, tagNameOnly, type Reference } from '../../reference';
import type { SolveState } from './steps';
import type { Trace } from './trace';

export function exportImage(daemon: Daemon, state: SolveState, tags: readonly Reference[], trace: Trace): string {
  const vertex = trace.add('exporting to image');
  trace.start(vertex);
  trace.status(vertex, 'exporting layers', { done: true });
  const top = daemon.images.get(state.imageId);
  const last = state.history[state.history.length - 1];
  const config: ImageConfig = {
    architecture: top.config.architecture,
    config: state.config,
    ...(last?.created ? { created: last.created } : {}),
    history: state.history,
    os: top.config.os,
    rootfs: { type: 'layers', diff_ids: [...top.config.rootfs.diff_ids] },
  };
  const configBytes = new TextEncoder().encode(JSON.stringify(config));
  const id = digestOf(configBytes);
  if (!daemon.images.has(id) || daemon.images.isHidden(id)) {
    const wasHidden = daemon.images.isHidden(id);
    daemon.images.add({
      id,
      config,
      configBytes,
      created: last?.created ? Date.parse(last.created) : daemon.deps.clock.now(),
      topChainId: top.topChainId,
      size: daemon.layers.chainSize(top.topChainId),
    });
    if (!wasHidden) daemon.layers.retain(top.topChainId);
    daemon.events.emit('/images/create', { imageId: id, ref: tags[0] ? familiarString(tagNameOnly(tags[0])) : '' });
  }
  trace.status(vertex, `writing image ${id}`, { done: true });
  for (const ref of tags) {
    const tagged = tagNameOnly(ref);
    daemon.images.setReference(tagged, id);
    daemon.events.emit('/images/tag', { imageId: id, ref: familiarString(tagged) });
    trace.status(vertex, `naming to ${ref.toString()}`, { done: true });
  }
  trace.complete(vertex);
  return id;
}
