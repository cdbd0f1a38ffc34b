/**
 * The shape of Gorae's description of the docker CLI: every command, its usage line,
 * arguments rule and flags, as Docker 28's client defines them.
 */

/** How many positional arguments a command accepts (and which error text it prints). */
export type ArgsRule =
  | { readonly kind: 'any' }
  | { readonly kind: 'none' }
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'min'; readonly n: number }
  | { readonly kind: 'max'; readonly n: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

/** Conditions under which Docker hides a command or flag, given what the daemon reports. */
export interface FeatureTags {
  /** Needs a daemon with experimental features enabled. */
  readonly experimental?: true;
  /** Only for a daemon running on this OS. */
  readonly ostype?: 'linux' | 'windows';
  /** Swarm requirement: 'manager' (node must be a manager) or 'active' (swarm must be active). */
  readonly swarm?: 'manager' | 'active';
}

export interface FlagSpec {
  /** Long name, without the leading dashes. */
  readonly name: string;
  /** One-letter shorthand, if any. */
  readonly shorthand?: string;
  /**
   * The value type as help shows it after the flag name ('string', 'list', 'int', 'bytes',
   * 'duration', 'filter', 'map', 'ulimit', …); 'bool' for flags that take no value.
   */
  readonly type: string;
  readonly usage: string;
  /**
   * The default as help shows it in "(default …)", unquoted; absent when help shows none.
   * `{home}` stands for the user's home directory.
   */
  readonly def?: string;
  /** Value used when the flag is given without one (booleans always use "true"). */
  readonly noOptDefVal?: string;
  readonly hidden?: true;
  /** Deprecation message: the flag still works but prints "Flag --x has been deprecated, …". */
  readonly deprecated?: string;
  readonly shorthandDeprecated?: string;
  readonly tags?: FeatureTags;
}

/** Which section of `docker --help` lists a top-level command. */
export type RootGroup = 'common' | 'management' | 'swarm' | 'commands';

export interface CommandSpec {
  /** The command's name (first word of `use`). */
  readonly name: string;
  /** The cobra `Use` line, e.g. "run [OPTIONS] IMAGE [COMMAND] [ARG...]". */
  readonly use: string;
  /** One-line description shown in command listings. */
  readonly short: string;
  /** The text help prints under the usage line (the long description, or `short`). */
  readonly description: string;
  /** Other names that resolve to this command under the same parent. */
  readonly aliases?: readonly string[];
  /** The "Aliases:" line of the help text, when it has one. */
  readonly aliasesText?: string;
  /** For top-level commands: the section of `docker --help` listing it. */
  readonly group?: RootGroup;
  /** Position in "Common Commands" (lower first). */
  readonly topOrder?: number;
  /** Positional-argument rule; absent for management commands (they list subcommands). */
  readonly args?: ArgsRule;
  /** False when flags after the first positional argument belong to the arguments (run, exec…). */
  readonly interspersed?: false;
  /** Local flags, sorted by name. */
  readonly flags: readonly FlagSpec[];
  /** Flags this command passes down to its subcommands. */
  readonly persistentFlags?: readonly FlagSpec[];
  readonly subcommands?: readonly CommandSpec[];
  readonly hidden?: true;
  /** A CLI plugin (buildx, compose): listed with a `*`, its arguments are passed through. */
  readonly plugin?: true;
  /** Help shows the EXPERIMENTAL notice. */
  readonly experimentalCLI?: true;
  readonly tags?: FeatureTags;
  /** False for commands that only print their help (e.g. `completion`). */
  readonly runnable?: false;
  /** For top-level shortcuts: the management-command path it is, e.g. ['container','run']. */
  readonly canonical?: readonly string[];
}
