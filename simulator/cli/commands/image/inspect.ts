import { imageInspect } from '../../../daemon/image-inspect';
import { daemonErrorText, type CommandContext } from '../../context';
import { typedImage, writeInspect } from './inspect-output';

/** docker image inspect [--format json|TEMPLATE] IMAGE... */
export async function imageInspectCommand(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const format = flags.string('format');
  const found: Array<{ raw: Record<string, unknown>; typed: unknown }> = [];
  const errors: string[] = [];
  for (const name of args) {
    try {
      const raw = imageInspect(daemon, name);
      found.push({ raw, typed: typedImage(raw) });
    } catch (err) {
      errors.push(daemonErrorText(err));
    }
  }
  return writeInspect(io, format, found, errors);
}
