import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { TerminalSession, type Engine, type SessionState } from '../engine/engine';
import { bufferText } from './buffer-text';
import { terminalFontFamily, terminalFontSize, terminalTheme, HANGUL_FONT_EVENT, hangulFontLoaded, terminalFontFamilyBeforeHangul } from './theme';

export interface TerminalControllerOptions {
  /** Printed above the first prompt. */
  welcome: string;
  onStatus?: (state: SessionState) => void;
  /** A command line starts running (the presenter overlay shows it). */
  onCommand?: (line: string) => void;
  /** xterm's font size in pixels (16 when not given). */
  fontSize?: number;
}

/**
 * One xterm.js terminal running a TerminalSession over the engine's shell.
 * Terminal bytes go straight from the session to xterm, never through React.
 */
export class TerminalController {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  private session: TerminalSession | undefined;
  private observer: ResizeObserver | undefined;
  private readonly cleanups: Array<() => void> = [];
  private frame = 0;
  /** Set while the font should be as big as fits `columns` columns (presenter mode). */
  private fontFit: { max: number; min: number; columns: number } | undefined;

  constructor(private readonly engine: Engine, private readonly options: TerminalControllerOptions) {
    this.term = new Terminal({
      fontFamily: hangulFontLoaded() ? terminalFontFamily : terminalFontFamilyBeforeHangul,
      fontSize: options.fontSize ?? terminalFontSize,
      lineHeight: 1.15,
      theme: terminalTheme,
      cursorBlink: true,
      scrollback: 5000,
      convertEol: false,
      allowProposedApi: false,
    });
    this.term.loadAddon(this.fit);
  }

  /** Opens the terminal in `element`, shows the welcome text and the first prompt, and focuses it. */
  mount(element: HTMLElement): Promise<void> {
    const { term } = this;
    term.open(element);
    this.fitNow();
    const session = new TerminalSession(this.engine.shell, {
      columns: term.cols,
      rows: term.rows,
      env: this.engine.env,
    });
    this.session = session;
    this.cleanups.push(
      session.onOutput((data) => term.write(data)),
      session.onCommandStart((line) => {
        this.options.onStatus?.('running');
        this.options.onCommand?.(line);
      }),
      session.onIdle(() => this.options.onStatus?.('idle')),
    );
    const input = term.onData((data) => session.feed(data));
    const resize = term.onResize(({ cols, rows }) => session.resize(cols, rows));
    this.cleanups.push(() => input.dispose(), () => resize.dispose());

    this.observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => (this.fontFit ? this.fitFont() : this.fitNow()));
    });
    this.observer.observe(element);
    // Once the Hangul font is there, it joins the stack and the cells are measured again.
    const onFont = (): void => {
      if (this.term.options.fontFamily === terminalFontFamily) return;
      this.term.options.fontFamily = terminalFontFamily;
      if (this.fontFit) this.fitFont();
      else this.fitNow();
    };
    window.addEventListener(HANGUL_FONT_EVENT, onFont);
    this.cleanups.push(() => window.removeEventListener(HANGUL_FONT_EVENT, onFont));

    session.print(this.options.welcome);
    session.start();
    term.focus();
    return this.flush();
  }

  /** The buffer (scrollback and screen) as text; see bufferText(). */
  text(): string {
    return bufferText(this.term.buffer.active);
  }

  /** Feeds keystrokes to the session as if typed ('\r' is Enter). */
  type(data: string): void {
    this.session?.feed(data);
  }

  /** Resolves when the prompt is showing and everything written has reached xterm's buffer. */
  async waitForIdle(): Promise<void> {
    if (this.session) await this.session.whenIdle();
    await this.flush();
  }

  focus(): void {
    this.term.focus();
  }

  /**
   * Changes the font size and refits the columns and rows to the pane. With `columns`, the
   * size is the largest from `size` down to `min` that still gives that many columns (presenter
   * mode: big, but Docker's 80-column output still fits), and it is chosen again on resize.
   */
  setFontSize(size: number, fit?: { columns: number; min: number }): void {
    this.fontFit = fit ? { max: size, ...fit } : undefined;
    if (this.fontFit) {
      this.fitFont();
      return;
    }
    if (this.term.options.fontSize !== size) this.term.options.fontSize = size;
    this.fitNow();
  }

  private fitFont(): void {
    const fit = this.fontFit!;
    for (let size = fit.max; ; size--) {
      if (this.term.options.fontSize !== size) this.term.options.fontSize = size;
      this.fitNow();
      if (this.term.cols >= fit.columns || size <= fit.min) return;
    }
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.session?.dispose();
    this.session = undefined;
    this.term.dispose();
  }

  /** Resolves once xterm has parsed everything written so far. */
  private flush(): Promise<void> {
    return new Promise((resolve) => this.term.write('', resolve));
  }

  private fitNow(): void {
    const element = this.term.element?.parentElement;
    if (!element || element.clientWidth === 0 || element.clientHeight === 0) return;
    this.fit.fit();
  }
}

/** The welcome block: quoted commands stand out in bold yellow. */
export function welcomeText(welcome: string, hint: string, warning?: string): string {
  const highlight = (text: string) => text.replace(/'([^']+)'/g, "'\x1b[1;33m$1\x1b[0m'");
  const warn = warning ? `\x1b[1;31m${warning}\x1b[0m\n` : '';
  return `${warn}\x1b[1;36m${welcome}\x1b[0m\n${highlight(hint)}\n\n`;
}
