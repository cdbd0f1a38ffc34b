import { InvalidArgumentError } from '../errors';

/** Why a tar archive could not be written or read, one per error Docker's tar code reports. */
export type TarErrorKind =
  | 'invalid_header'
  | 'field_too_long'
  | 'write_too_long'
  | 'write_after_close'
  | 'missed_writing'
  | 'cannot_encode'
  | 'unexpected_eof'
  | 'unhandled_type';

/** A tar archive problem, with the text Docker prints for it. */
export class TarError extends InvalidArgumentError {
  constructor(
    readonly kind: TarErrorKind,
    message: string,
  ) {
    super(message, { kind });
  }

  static invalidHeader(): TarError {
    return new TarError('invalid_header', 'archive/tar: invalid tar header');
  }

  static fieldTooLong(): TarError {
    return new TarError('field_too_long', 'archive/tar: header field too long');
  }

  static writeTooLong(): TarError {
    return new TarError('write_too_long', 'archive/tar: write too long');
  }

  static writeAfterClose(): TarError {
    return new TarError('write_after_close', 'archive/tar: write after close');
  }

  static missedWriting(n: number): TarError {
    return new TarError('missed_writing', `archive/tar: missed writing ${n} bytes`);
  }

  /** A header no tar format can hold; `reasons` are joined the way Docker joins them. */
  static cannotEncode(...reasons: string[]): TarError {
    const why = reasons.filter((r) => r !== '');
    const prefix = 'archive/tar: cannot encode header';
    return new TarError('cannot_encode', why.length ? `${prefix}: ${why.join('; and ')}` : prefix);
  }

  static unexpectedEOF(): TarError {
    return new TarError('unexpected_eof', 'unexpected EOF');
  }

  /** An entry type layers may not contain (sparse files, volume labels, …). */
  static unhandledType(typeflag: number): TarError {
    return new TarError('unhandled_type', `unhandled tar header type ${typeflag}`);
  }
}

/** Why a gzip stream could not be decompressed. */
export type GzipErrorKind = 'invalid_header' | 'invalid_checksum' | 'unexpected_eof' | 'corrupt_input';

const GZIP_MESSAGES: Readonly<Record<GzipErrorKind, string>> = {
  invalid_header: 'gzip: invalid header',
  invalid_checksum: 'gzip: invalid checksum',
  unexpected_eof: 'unexpected EOF',
  corrupt_input: 'flate: corrupt input',
};

export class GzipError extends InvalidArgumentError {
  constructor(readonly kind: GzipErrorKind) {
    super(GZIP_MESSAGES[kind], { kind });
  }
}
