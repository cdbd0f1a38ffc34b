/** The lines entered at the prompt, oldest first, as bash keeps them. */
export class History {
  private readonly entries: string[] = [];

  constructor(private readonly limit = 1000) {}

  /** Remembers a line, unless it is blank or repeats the previous entry. */
  add(line: string): void {
    if (line.trim() === '' || this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  list(): readonly string[] {
    return this.entries;
  }

  /** A cursor for ↑/↓ while one line is being edited. */
  browse(): HistoryBrowser {
    return new HistoryBrowser(this.entries);
  }
}

/**
 * Walks the history from newest to oldest and back. The line being typed
 * before the first ↑ is kept and comes back after the last ↓.
 */
export class HistoryBrowser {
  private index: number;
  private draft = '';

  constructor(private readonly entries: readonly string[]) {
    this.index = entries.length;
  }

  /** The previous (older) entry, or undefined at the oldest. */
  older(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.entries.length) this.draft = current;
    this.index--;
    return this.entries[this.index];
  }

  /** The next (newer) entry, the draft after the newest, or undefined at the draft. */
  newer(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }
}
