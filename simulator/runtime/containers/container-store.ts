import { ConflictError, InvalidArgumentError, NotFoundError } from '../../errors';
import type { Container } from './container';

/**
 * Containers by ID and by name, with the daemon's lookup order: full ID, exact name,
 * then a unique ID prefix.
 */
export class ContainerStore {
  private readonly byId = new Map<string, Container>();
  private readonly byName = new Map<string, string>();

  add(container: Container): void {
    this.byId.set(container.id, container);
    this.byName.set(container.name, container.id);
  }

  remove(id: string): void {
    const container = this.byId.get(id);
    if (!container) return;
    this.byId.delete(id);
    this.byName.delete(container.name);
  }

  rename(container: Container, newName: string): void {
    this.byName.delete(container.name);
    container.name = newName;
    this.byName.set(newName, container.id);
  }

  /** Throws Docker's name-conflict error when `name` ("/web") is taken. */
  reserveName(name: string): void {
    const owner = this.byName.get(name);
    if (owner) {
      throw new ConflictError(
        `Conflict. The container name "${name}" is already in use by container "${owner}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
    }
  }

  isNameTaken(name: string): boolean {
    return this.byName.has(name);
  }

  /** Newest first, as `docker ps` lists them. */
  all(): Container[] {
    return [...this.byId.values()].sort((a, b) => b.created - a.created);
  }

  find(idOrName: string): Container | undefined {
    if (idOrName === '') return undefined;
    const exact = this.byId.get(idOrName);
    if (exact) return exact;
    const named = this.byName.get(idOrName.startsWith('/') ? idOrName : `/${idOrName}`);
    if (named) return this.byId.get(named);
    if (!/^[a-f0-9]+$/.test(idOrName)) return undefined;
    const matches = [...this.byId.keys()].filter((id) => id.startsWith(idOrName));
    if (matches.length > 1) {
      throw new InvalidArgumentError(`Multiple IDs found with provided prefix: ${idOrName}`);
    }
    return matches.length === 1 ? this.byId.get(matches[0]!) : undefined;
  }

  get(idOrName: string): Container {
    const container = this.find(idOrName);
    if (!container) throw new NotFoundError(`No such container: ${idOrName}`, { container: idOrName });
    return container;
  }
}
