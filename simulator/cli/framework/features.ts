/**
 * What the client hides or refuses given the daemon it talks to. Gorae's daemon reports what a
 * default Docker Engine on Linux does: not experimental, OS type "linux", swarm inactive.
 */
import type { CommandSpec, FeatureTags, FlagSpec } from '../spec/types';

const DAEMON = { experimental: false, osType: 'linux', swarmActive: false, swarmManager: false } as const;

/** True when hideUnsupportedFeatures would hide an item with these tags. */
function hiddenByTags(tags: FeatureTags | undefined): boolean {
  if (!tags) return false;
  if (tags.experimental && !DAEMON.experimental) return true;
  if (tags.ostype && tags.ostype !== DAEMON.osType) return true;
  if (tags.swarm === 'manager' && !DAEMON.swarmManager) return true;
  if (tags.swarm === 'active' && !DAEMON.swarmActive) return true;
  return false;
}

/** Listed in help: not hidden, not deprecated, supported by the daemon. */
export function flagListed(flag: FlagSpec): boolean {
  return !flag.hidden && !flag.deprecated && !hiddenByTags(flag.tags);
}

/** Listed in its parent's help (IsAvailableCommand after hideUnsupportedFeatures). */
export function commandListed(cmd: CommandSpec): boolean {
  if (cmd.plugin) return true;
  if (cmd.hidden || hiddenByTags(cmd.tags)) return false;
  if (cmd.runnable !== false || cmd.subcommands === undefined) return true;
  return cmd.subcommands.some(commandListed);
}

/** areSubcommandsSupported: the command or an ancestor needs what the daemon lacks. */
export function commandSupportError(chain: readonly CommandSpec[], commandPath: string): string | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const tags = chain[i]?.tags;
    if (tags?.ostype && tags.ostype !== DAEMON.osType) {
      return `${commandPath} is only supported on a Docker daemon running on ${tags.ostype}, but the Docker daemon is running on ${DAEMON.osType}`;
    }
    if (tags?.experimental && !DAEMON.experimental) {
      return `${commandPath} is only supported on a Docker daemon with experimental features enabled`;
    }
  }
  return undefined;
}

/** areFlagsSupported: one line per changed flag the daemon does not support, by flag name. */
export function flagSupportError(flags: readonly FlagSpec[], changed: (name: string) => boolean): string | undefined {
  const errs: string[] = [];
  for (const f of [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!changed(f.name) || !f.tags) continue;
    if (f.tags.ostype && f.tags.ostype !== DAEMON.osType) {
      errs.push(`"--${f.name}" is only supported on a Docker daemon running on ${f.tags.ostype}, but the Docker daemon is running on ${DAEMON.osType}`);
    } else if (f.tags.experimental && !DAEMON.experimental) {
      errs.push(`"--${f.name}" is only supported on a Docker daemon with experimental features enabled`);
    }
  }
  return errs.length > 0 ? errs.join('\n') : undefined;
}
