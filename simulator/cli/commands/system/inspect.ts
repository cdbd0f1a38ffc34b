import { inspectImage } from '../../../daemon/image-inspect';
import { NotFoundError } from '../../../errors';
import { daemonErrorText, type CommandContext } from '../../context';
import { typedImage, writeInspect } from '../image/inspect-output';

/**
 * docker inspect [--type TYPE] NAME|ID...: tries each kind of object in docker/cli's order
 * (container, then image; networks, volumes and swarm objects Gorae does not have yet).
 */
export async function inspect(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const format = flags.string('format');
  const type = flags.string('type');
  const known = ['', 'config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];
  if (!known.includes(type)) {
    io.stderr.write(`"${type}" is not a valid value for --type\n`);
    return 1;
  }
  if (type !== '' && type !== 'image' && type !== 'container') {
    io.stderr.write(`${ctx.commandPath} --type ${type}: not available in Gorae yet\n`);
    return 1;
  }
  const found: Array<{ raw: Record<string, unknown>; typed: unknown }> = [];
  const errors: string[] = [];
  for (const name of args) {
    if ((type === '' || type === 'container') && daemon.containers.find(name)) {
      errors.push(`${ctx.commandPath}: inspecting containers is not available in Gorae yet`);
      continue;
    }
    if (type === 'container') {
      errors.push(`Error response from daemon: No such container: ${name}`);
      continue;
    }
    try {
      const image = daemon.images.find(name);
      if (image) {
        const raw = inspectImage(daemon, image);
        found.push({ raw, typed: typedImage(raw) });
        continue;
      }
      if (type === 'image') daemon.images.lookup(name);
      errors.push(`Error: No such object: ${name}`);
    } catch (err) {
      errors.push(err instanceof NotFoundError && type === '' ? `Error: No such object: ${name}` : daemonErrorText(err));
    }
  }
  return writeInspect(io, format, found, errors);
}
