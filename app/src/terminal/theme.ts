import type { ITheme } from '@xterm/xterm';

/** A dark theme with strong contrast, readable on a classroom projector. */
export const terminalTheme: ITheme = {
  background: '#0b1220',
  foreground: '#e8edf5',
  cursor: '#7dd3fc',
  cursorAccent: '#0b1220',
  selectionBackground: '#33507a',
  selectionForeground: '#ffffff',
  black: '#1c2433',
  red: '#ff7b72',
  green: '#56d364',
  yellow: '#f2cc60',
  blue: '#6cb6ff',
  magenta: '#d2a8ff',
  cyan: '#56d4dd',
  white: '#d7dde8',
  brightBlack: '#8b97a8',
  brightRed: '#ffa198',
  brightGreen: '#7ee787',
  brightYellow: '#f8e3a1',
  brightBlue: '#a5d6ff',
  brightMagenta: '#e2c5ff',
  brightCyan: '#b3f0ff',
  brightWhite: '#ffffff',
};

/**
 * Latin letters come from a monospace font of the machine (its cells are what xterm
 * measures); the Hangul web font comes last, so it only draws what those fonts lack.
 */
export const terminalFontFamily =
  '"D2Coding", "JetBrains Mono", "Cascadia Mono", "SF Mono", Menlo, Consolas, "Noto Sans Mono CJK KR", "DejaVu Sans Mono", monospace, "Nanum Gothic Coding"';

/**
 * The stack before the Hangul web font's rules have loaded (main.tsx marks the page with
 * .hangul-font). Switching to the full stack then makes xterm draw every row again, so
 * Hangul already on screen stops showing as empty boxes.
 */
export const terminalFontFamilyBeforeHangul = terminalFontFamily.replace(', "Nanum Gothic Coding"', '');

/** Fired on window when the Hangul web font's rules have loaded. */
export const HANGUL_FONT_EVENT = 'gorae:hangul-font';

export const hangulFontLoaded = (): boolean => typeof document !== 'undefined' && document.documentElement.classList.contains('hangul-font');

export const terminalFontSize = 16;

/** Presenter mode: readable from the back of a classroom; smaller when 80 columns would not fit. */
export const presenterFontSize = 24;
