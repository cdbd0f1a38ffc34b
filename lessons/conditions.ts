/** Building blocks for goals: questions about images, containers and commands. */
import type { ContainerSnapshot, ImageSnapshot } from '../simulator/index';
import { dockerCommands, type DockerCommand } from './commands';
import type { CommandRecord, Condition, GoalContext, Text } from './types';

/** The image a reference or ID names now, from the snapshot. */
export function imageOf(context: GoalContext, ref: string): ImageSnapshot | undefined {
  const id = context.facts.imageId(ref);
  return id === undefined ? undefined : context.snapshot.images.find((image) => image.id === id);
}

/** The containers made from the image a reference names (by image ID, however it was typed). */
export function containersOf(context: GoalContext, ref: string): ContainerSnapshot[] {
  const image = imageOf(context, ref);
  return image ? context.snapshot.containers.filter((c) => c.imageId === image.id) : [];
}

/** The successful docker commands with this verb (that pass `test`), oldest first. */
export function succeeded(
  context: GoalContext,
  verb: string,
  test: (command: DockerCommand, record: CommandRecord) => boolean = () => true,
): Array<{ record: CommandRecord; command: DockerCommand }> {
  return dockerCommands(context.commands, verb).filter(({ record, command }) => record.exitCode === 0 && test(command, record));
}

/** The events of one command, from its record. */
export function eventsOf(context: GoalContext, record: CommandRecord) {
  return context.events.filter((e) => e.seq >= record.firstSeq && e.seq <= record.lastSeq);
}

export function condition(label: Text, met: (context: GoalContext) => boolean): Condition {
  return { label, met };
}

/** The image is in the local store. */
export function hasImage(ref: string, label?: Text): Condition {
  return condition(label ?? { ko: `${ref} 이미지가 내 컴퓨터에 있어요.`, en: `The ${ref} image is on this machine.` }, (c) => imageOf(c, ref) !== undefined);
}

/** The image is no longer in the local store. */
export function noImage(ref: string, label?: Text): Condition {
  return condition(label ?? { ko: `${ref} 이미지가 지워졌어요.`, en: `The ${ref} image has been removed.` }, (c) => imageOf(c, ref) === undefined);
}

/** A successful `docker <verb>` ran (in any of its spellings). */
export function ranCommand(verb: string, label: Text, test?: (command: DockerCommand, record: CommandRecord, context: GoalContext) => boolean): Condition {
  return condition(label, (c) => succeeded(c, verb, (command, record) => (test ? test(command, record, c) : true)).length > 0);
}

/** The shortest prefix of `id` (at least `min` characters) that no other ID starts with. */
export function uniquePrefix(id: string, others: readonly string[], min = 4): string {
  for (let n = min; n < id.length; n++) {
    const prefix = id.slice(0, n);
    if (!others.some((other) => other !== id && other.startsWith(prefix))) return prefix;
  }
  return id;
}

/** A short ID for the newest container of an image, as a student would type it. */
export function shortContainerId(context: GoalContext, ref: string): string {
  const container = containersOf(context, ref).at(-1);
  if (!container) return '<CONTAINER>';
  return uniquePrefix(container.id, context.snapshot.containers.map((c) => c.id));
}

/**
 * Containers created since the lesson started from the image `ref` names now (also those
 * already removed, like `--rm` ones), with their exit codes so far.
 */
export function runsOf(context: GoalContext, ref: string): Array<{ id: string; name: string; exitCodes: number[]; args: string[] }> {
  const imageId = context.facts.imageId(ref);
  if (imageId === undefined) return [];
  const runs = new Map<string, { id: string; name: string; exitCodes: number[]; args: string[] }>();
  for (const event of context.events) {
    if (event.topic === '/containers/create') {
      const p = event.payload;
      if (context.facts.imageId(p.image) === imageId) runs.set(p.id, { id: p.id, name: p.name, exitCodes: [], args: [] });
    } else if (event.topic === '/tasks/start') {
      const run = runs.get(event.payload.containerId);
      if (run && run.args.length === 0) run.args = [...event.payload.args];
    } else if (event.topic === '/tasks/exit') {
      runs.get(event.payload.containerId)?.exitCodes.push(event.payload.exitCode);
    }
  }
  return [...runs.values()];
}

/** The image the first operand of a command names (docker history alpine → alpine's ID). */
export function operandImage(context: GoalContext, command: DockerCommand): string | undefined {
  const first = command.args.find((a) => !a.startsWith('-'));
  return first === undefined ? undefined : context.facts.imageId(first);
}
