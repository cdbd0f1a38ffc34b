import { InvalidArgumentError } from '../errors';

/** Why a reference was rejected; one per error of Docker's reference package. */
export type ReferenceErrorKind =
  | 'invalid_format'
  | 'invalid_tag'
  | 'invalid_digest'
  | 'uppercase'
  | 'name_empty'
  | 'name_too_long'
  | 'not_canonical'
  | 'identifier'
  | 'no_name';

/** Maximum length of a repository path. */
export const REPOSITORY_NAME_TOTAL_LENGTH_MAX = 255;

const MESSAGES: Readonly<Record<ReferenceErrorKind, string>> = {
  invalid_format: 'invalid reference format',
  invalid_tag: 'invalid tag format',
  invalid_digest: 'invalid digest format',
  uppercase: 'repository name must be lowercase',
  name_empty: 'repository name must have at least one component',
  name_too_long: `repository name must not be more than ${REPOSITORY_NAME_TOTAL_LENGTH_MAX} characters`,
  not_canonical: 'repository name must be canonical',
  identifier: 'invalid repository name, cannot specify 64-byte hexadecimal strings',
  no_name: 'reference has no name',
};

/** An image reference that does not follow the grammar, with Docker's error text. */
export class InvalidReferenceError extends InvalidArgumentError {
  constructor(
    readonly kind: ReferenceErrorKind,
    message: string = MESSAGES[kind],
    readonly input?: string,
  ) {
    super(message, { kind, ...(input !== undefined ? { input } : {}) });
  }
}
