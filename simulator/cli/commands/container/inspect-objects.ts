import { inspectContainer } from '../../../daemon/container-inspect';
import { inspectImage } from '../../../daemon/image-inspect';
import { NotFoundError } from '../../../errors';
import { daemonErrorText, type CommandContext } from '../../context';
import { typedImage, writeInspect } from '../image/inspect-output';
import { typedContainer } from './inspect-typed';

const TYPES = ['', 'config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

/**
 * docker inspect [--type TYPE] [-s] NAME|ID...: tries each kind of object in docker/cli's
 * order (container, then image; networks, volumes and swarm objects Gorae does not have
 * yet).
 */
export async function inspectObjects(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const type = flags.string('type');
  if (!TYPES.includes(type)) {
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
    try {
      if (type === '' || type === 'container') {
        const container = daemon.containers.find(name);
        if (container) {
          const raw = inspectContainer(daemon, container, { size: flags.bool('size') });
          found.push({ raw, typed: typedContainer(raw) });
          continue;
        }
        if (type === 'container') daemon.containers.get(name);
      }
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
  return writeInspect(io, flags.string('format'), found, errors);
}
