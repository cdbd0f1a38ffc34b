/** Container IDs and names: generation, the daemon's naming policy, validation. */
export { getRandomName } from './generator';
export { generateContainerName } from './policy';
export { generateId, truncateId } from './stringid';
export { nameConflictError, VALID_CONTAINER_NAME, VALID_CONTAINER_NAME_CHARS, validateContainerName } from './validate';
