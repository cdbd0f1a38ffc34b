/** POST /containers/{id}/rename (moby's daemon/rename.go). */
import { InvalidArgumentError, SimError } from '../errors';
import type { Daemon } from './daemon';
import { validateContainerName } from './names';

export function containerRename(daemon: Daemon, oldName: string, newName: string): void {
  if (oldName === '' || newName === '') throw new InvalidArgumentError('Neither old nor new names may be empty');
  const container = daemon.containers.get(oldName);
  const wanted = newName.startsWith('/') ? newName : `/${newName}`;
  if (container.name === wanted) throw new InvalidArgumentError('Renaming a container with the same name as its current name');
  try {
    validateContainerName(wanted);
    daemon.containers.reserveName(wanted);
  } catch (err) {
    if (err instanceof SimError) throw new SimError(err.code, `Error when allocating new name: ${err.message}`, err.data);
    throw err;
  }
  const previous = container.name;
  daemon.containers.rename(container, wanted);
  daemon.events.emit('/containers/rename', { id: container.id, oldName: previous.slice(1), name: wanted.slice(1) });
}
