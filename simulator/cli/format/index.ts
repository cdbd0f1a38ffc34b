/** Docker's text formats: sizes, durations, times, table layout, ports, statuses, pull progress. */
export { bytesSize, humanSize, humanSizeWithPrecision } from './size';
export { fromHumanSize, ramInBytes } from './size-parse';
export { goSub, humanAgo, humanDuration } from './duration';
export { goDurationString, msToNanos } from './go-duration';
export { formatG, padLeft } from './go-float';
export { goInt64, goParseFloat } from './go-parse-float';
export { goQuote } from './go-quote';
export { formatRFC3339Nano, formatRFC3339NanoFixed, GO_ZERO_TIME_MS } from './time';
export { eastAsianWidth, runeWidth, stringWidth } from './width';
export { ellipsis } from './ellipsis';
export { DOCKER_TABLE, formatTable, TabWriter, type TabWriterOptions } from './tabwriter';
export { displayablePorts, type PortSummary } from './ports';
export {
  containerStateName,
  containerStatus,
  stateFlags,
  stateString,
  type ContainerStateFlags,
  type ContainerStateName,
  type HealthStatus,
  type StateFlags,
} from './state';
export { JSONMessageDisplay, JSONMessageError, type JSONMessage, type JSONProgressDetail } from './jsonmessage';
