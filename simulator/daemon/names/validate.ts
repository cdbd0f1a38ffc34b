/**
 * Names chosen with `--name`: a letter or digit first, then at least one more of letters,
 * digits, '_', '.' or '-'. One leading '/' is allowed (the daemon stores names as "/web").
 */
import { ConflictError, InvalidArgumentError } from '../../errors';

export const VALID_CONTAINER_NAME_CHARS = '[a-zA-Z0-9][a-zA-Z0-9_.-]';
export const VALID_CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/**
 * Checks a user-chosen name and returns it as stored, with its leading '/'.
 * Throws InvalidArgumentError with Docker's text, quoting the name as given.
 */
export function validateContainerName(name: string): string {
  const bare = name.startsWith('/') ? name.slice(1) : name;
  if (!VALID_CONTAINER_NAME.test(bare)) {
    throw new InvalidArgumentError(
      `Invalid container name (${name}), only ${VALID_CONTAINER_NAME_CHARS} are allowed`,
      { name },
    );
  }
  return `/${bare}`;
}

/** The error for a name another container holds; `name` is the stored form ("/web"). */
export function nameConflictError(name: string, holderId: string): ConflictError {
  return new ConflictError(
    `Conflict. The container name ${JSON.stringify(name)} is already in use by container ${JSON.stringify(holderId)}. ` +
      'You have to remove (or rename) that container to be able to reuse that name.',
    { name, id: holderId },
  );
}
