import { ForbiddenError, NotFoundError, SimError } from '../errors';
import { familiarName, familiarString, type Reference } from '../reference';
import { RegistryError } from '../registry/registry';
import type { Daemon } from './daemon';
import type { MessageSink } from './jsonmessage-types';
import { pullImage, type PullOptions, type PullResult } from './pull';

/**
 * POST /images/create (pull). Registry failures become the daemon's error texts for the
 * graphdriver store.
 */
export async function imageCreate(daemon: Daemon, ref: Reference, out: MessageSink, signal?: AbortSignal, options: PullOptions = {}): Promise<PullResult> {
  const { registry, network } = daemon.deps;
  try {
    return await pullImage({ registry, network, layers: daemon.layers, images: daemon.images, events: daemon.events }, ref, out, signal, options);
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    throw pullError(err, ref);
  }
}

function pullError(err: RegistryError, ref: Reference): SimError {
  switch (err.kind) {
    case 'denied':
      return new ForbiddenError(
        `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
      );
    case 'manifest_unknown':
    case 'blob_unknown':
      return new NotFoundError(`manifest for ${familiarString(ref)} not found: manifest unknown: manifest unknown`);
    case 'unreachable':
      return err;
  }
}
