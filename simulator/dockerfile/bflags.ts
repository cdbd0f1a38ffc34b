/**
 * Instruction flags (`--from=x`, `--link`, `--mount=...`): a port of BuildKit's
 * instructions/bflag.go. Flags are declared, then `parse()` checks the raw words.
 */
import { withSuggestion } from './suggest';

export type FlagType = 'bool' | 'string' | 'strings';

export interface Flag {
  name: string;
  type: FlagType;
  value: string;
  values: string[];
}

export class BFlags {
  private readonly flags = new Map<string, Flag>();
  private readonly used = new Set<string>();

  constructor(readonly args: readonly string[]) {}

  private add(name: string, type: FlagType, def: string): Flag {
    const f: Flag = { name, type, value: def, values: [] };
    this.flags.set(name, f);
    return f;
  }
  addBool(name: string, def = false): Flag {
    return this.add(name, 'bool', def ? 'true' : 'false');
  }
  addString(name: string, def = ''): Flag {
    return this.add(name, 'string', def);
  }
  addStrings(name: string): Flag {
    return this.add(name, 'strings', '');
  }

  isUsed(name: string): boolean {
    return this.used.has(name);
  }
  usedFlags(): string[] {
    return [...this.used];
  }

  /** Throws an Error with BuildKit's text on an unknown, duplicate or malformed flag. */
  parse(): void {
    for (const a of this.args) {
      if (!a.startsWith('--')) throw new Error(`arg should start with -- : ${a}`);
      if (a === '--') return;
      const eq = a.indexOf('=');
      const hasValue = eq >= 0;
      const flagName = hasValue ? a.slice(0, eq) : a;
      const value = hasValue ? a.slice(eq + 1) : '';
      const name = flagName.slice(2);
      const flag = this.flags.get(name);
      if (!flag) throw new Error(withSuggestion(`unknown flag: ${flagName}`, name, [...this.flags.keys()], true));
      if (this.used.has(name) && flag.type !== 'strings') throw new Error(`duplicate flag specified: ${flagName}`);
      this.used.add(name);
      switch (flag.type) {
        case 'bool': {
          if (hasValue && value === '') throw new Error(`missing a value on flag: ${flagName}`);
          const lower = value.toLowerCase();
          if (lower === 'true' || lower === '') flag.value = 'true';
          else if (lower === 'false') flag.value = 'false';
          else throw new Error(`expecting boolean value for flag ${flagName}, not: ${value}`);
          break;
        }
        case 'string':
          if (!hasValue) throw new Error(`missing a value on flag: ${flagName}`);
          flag.value = value;
          break;
        case 'strings':
          if (!hasValue) throw new Error(`missing a value on flag: ${flagName}`);
          flag.values.push(value);
          break;
      }
    }
  }
}
