/**
 * Dev-only: what the docker client accepts but never shows in help, so the extractor cannot
 * read it from help texts. Each entry is checked against the real binary when extracting.
 */
import type { CommandSpec, FlagSpec } from '../types';

/** Hidden flags by command path (space-separated; '' is the root). */
export const hiddenFlags: Record<string, FlagSpec[]> = {
  'container run': runCreateHidden(),
  'container create': runCreateHidden(),
  run: runCreateHidden(),
  create: runCreateHidden(),
  'volume create': [{ name: 'name', type: 'string', usage: 'Specify volume name', hidden: true }],
};

function runCreateHidden(): FlagSpec[] {
  return [
    { name: 'dns-opt', type: 'list', usage: 'Set DNS options', hidden: true },
    { name: 'net', type: 'network', usage: 'Connect a container to a network', hidden: true },
    { name: 'net-alias', type: 'list', usage: 'Add network-scoped alias for the container', hidden: true },
  ];
}

/** Hidden flags a command hands down to its subcommands. */
export const hiddenPersistentFlags: Record<string, FlagSpec[]> = {
  stack: [
    {
      name: 'orchestrator',
      type: 'string',
      usage: 'Orchestrator to use (swarm|all)',
      hidden: true,
      deprecated: 'option will be ignored',
    },
  ],
};

/** Hidden commands by parent path, with the one-line description help does not show. */
export const hiddenCommands: Record<string, { name: string; short: string }[]> = {
  '': [{ name: 'completion', short: 'Generate the autocompletion script for the specified shell' }],
  system: [{ name: 'dial-stdio', short: 'Proxy the stdio stream to the daemon connection. Should not be invoked manually.' }],
};

/** The CLI plugins a Docker 28 Linux install ships; `docker --help` lists them with a `*`. */
export const pluginCommands: CommandSpec[] = [
  {
    name: 'buildx',
    use: 'buildx',
    short: 'Docker Buildx',
    description: 'Docker Buildx',
    group: 'management',
    plugin: true,
    flags: [],
  },
  {
    name: 'compose',
    use: 'compose',
    short: 'Docker Compose',
    description: 'Docker Compose',
    group: 'management',
    plugin: true,
    flags: [],
  },
];
