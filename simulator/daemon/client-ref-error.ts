import { InvalidArgumentError } from '../errors';

/** A reference the daemon cannot parse; its text is distribution/reference's message. */
export class ClientRefError extends InvalidArgumentError {}
