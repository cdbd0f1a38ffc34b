import type { MessageSink } from '../../../daemon/jsonmessage-types';
import type { Writer } from '../../../util/io';
import { JSONMessageDisplay } from '../../format/jsonmessage';
import type { CommandContext } from '../../context';

/**
 * The CLI's side of a pull: the daemon's progress messages rendered as jsonmessage does,
 * with bars redrawn in place on a terminal. `out` undefined (for `-q`) shows nothing.
 */
export function displayPull(out: Writer | undefined, ctx: Pick<CommandContext, 'io' | 'clock'>): MessageSink {
  if (!out) return () => {};
  const display = new JSONMessageDisplay(out, ctx.io.terminal, () => ctx.clock.now());
  return (message) => display.write(message);
}
