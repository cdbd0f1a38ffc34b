import { containerInspect } from '../../../daemon/container-inspect';
import { daemonErrorText, type CommandContext } from '../../context';
import { writeInspect } from '../image/inspect-output';
import { typedContainer } from './inspect-typed';

/** docker container inspect [-s] [--format json|TEMPLATE] CONTAINER... */
export async function containerInspectCommand(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const found: Array<{ raw: Record<string, unknown>; typed: unknown }> = [];
  const errors: string[] = [];
  for (const name of args) {
    try {
      const raw = containerInspect(daemon, name, { size: flags.bool('size') });
      found.push({ raw, typed: typedContainer(raw) });
    } catch (err) {
      errors.push(daemonErrorText(err));
    }
  }
  return writeInspect(io, flags.string('format'), found, errors);
}
