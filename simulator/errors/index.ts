/**
 * Typed engine errors. Each carries a stable `code`; the daemon maps codes to the
 * HTTP-like status Docker's API would use, and the CLI turns them into Docker's text.
 */
export type ErrorCode =
  | 'not_found'
  | 'invalid_argument'
  | 'conflict'
  | 'already_exists'
  | 'forbidden'
  | 'unavailable'
  | 'parse'
  | 'system';

export class SimError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly data: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** HTTP status the Docker Engine API would answer with for this kind of error. */
  get status(): number {
    switch (this.code) {
      case 'not_found':
        return 404;
      case 'invalid_argument':
      case 'parse':
        return 400;
      case 'conflict':
      case 'already_exists':
        return 409;
      case 'forbidden':
        return 403;
      case 'unavailable':
        return 503;
      case 'system':
        return 500;
    }
  }

  toJSON(): { name: string; code: ErrorCode; message: string; data: Readonly<Record<string, unknown>> } {
    return { name: this.name, code: this.code, message: this.message, data: this.data };
  }
}

export class NotFoundError extends SimError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('not_found', message, data);
  }
}

export class InvalidArgumentError extends SimError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('invalid_argument', message, data);
  }
}

export class ConflictError extends SimError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('conflict', message, data);
  }
}

export class AlreadyExistsError extends SimError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('already_exists', message, data);
  }
}

export class ForbiddenError extends SimError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('forbidden', message, data);
  }
}

export class SystemError extends SimError {
  constructor(message: string, data?: Record<string, unknown>) {
    super('system', message, data);
  }
}

/** A position in a source text: 1-based line and column, end exclusive. */
export interface SourceRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export class ParseError extends SimError {
  constructor(
    message: string,
    readonly range?: SourceRange,
    data?: Record<string, unknown>,
  ) {
    super('parse', message, { ...data, range });
  }
}
