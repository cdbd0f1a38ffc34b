/**
 * Flags the docker 28.2.2 client accepts that the generated spec does not list yet (deprecated
 * flags are hidden from help, so the extractor never saw them), by canonical command path.
 * Verified against the real client in testdata/cases.json; candidates to move into the spec.
 */
import type { FlagSpec } from '../spec/types';

const stopTime: FlagSpec = {
  name: 'time',
  type: 'int',
  usage: 'Seconds to wait before killing the container',
  hidden: true,
  deprecated: 'use --timeout instead',
};

export const extraFlags: Readonly<Record<string, readonly FlagSpec[]>> = {
  'container stop': [stopTime],
  'container restart': [stopTime],
};
