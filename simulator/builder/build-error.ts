import { SimError } from '../errors';
import type { SourceRange } from '../errors';

/**
 * A build failed; the message is what the client prints after "ERROR: failed to solve: "
 * (BuildKit) or on its own (classic builder). `range` is the Dockerfile instruction that
 * failed, for BuildKit's source excerpt and the editor's marks.
 */
export class BuildError extends SimError {
  constructor(
    message: string,
    readonly range?: SourceRange,
  ) {
    super('system', message);
  }
}
