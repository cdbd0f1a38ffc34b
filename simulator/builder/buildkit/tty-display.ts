/**
 * The TTY display (`docker build` at a terminal): a "[+] Building 1.2s (5/7)" header and one
 * line per started vertex with its timer, redrawn in place as the build moves; a running
 * step shows its last output lines (" => => # …"); finished lines turn blue, failed ones
 * red; the last drawing says FINISHED. Drawn as BuildKit's console display draws it.
 */
import type { Writer } from '../../util/io';
import { runeWidth, stringWidth } from '../../cli/format/width';
import { systemClock } from '../../util/clock';
import { statusBytes, type Trace, type Vertex } from './trace';

const ESC = '\x1b[';
const BLUE = `${ESC}34m`;
const RED = `${ESC}31m`;
const YELLOW = `${ESC}33m`;
const FAINT = `${ESC}2m`;
const RESET = `${ESC}0m`;
const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;
const BUILDER_NAME = 'docker:default';
/** The least time between two drawings while the build runs. */
const REDRAW_MS = 100;
/** Output lines shown under a running step. */
const TERM_LINES = 6;

interface Job {
  name: string;
  status: string;
  started: number;
  completed: number | undefined;
  error: boolean;
  warning?: boolean;
  vertex?: Vertex;
}

/**
 * `left` padded to `width - len(right) - 1` columns, a space, then `right` (BuildKit's
 * align, with columns counted as the terminal shows them: Hangul takes two, so a step
 * with Korean text still fits its line and the redraw stays in place).
 */
function align(left: string, right: string, width: number): string {
  const target = width - right.length - 1;
  return `${left}${' '.repeat(Math.max(0, target - stringWidth(left)))} ${right}`;
}

/** The longest start of `text` that fits in `columns` terminal columns. */
function fit(text: string, columns: number): string {
  if (stringWidth(text) <= columns) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = runeWidth(ch.codePointAt(0)!);
    if (used + w > columns) break;
    out += ch;
    used += w;
  }
  return out;
}

export interface TtyDisplay {
  /** Draws the final state (FINISHED when everything completed). */
  done(): void;
}

export function attachTtyDisplay(trace: Trace, out: Writer, size: () => { columns: number; rows: number }): TtyDisplay {
  let lineCount = 0;
  let repeated = false;

  const jobsOf = (): Job[] => {
    const jobs: Job[] = [];
    for (const v of trace.vertices) {
      if (v.started === undefined) continue;
      let name = v.name.replace(/\t/g, ' ');
      const canceled = v.error.endsWith('context canceled');
      if (canceled) name = `CANCELED ${name}`;
      else if (v.error) name = `ERROR ${name}`;
      if (v.cached) name = `CACHED ${name}`;
      jobs.push({ name, status: '', started: v.started, completed: v.completed, error: v.error !== '' && !canceled, warning: canceled, vertex: v });
      for (const s of v.statuses) {
        jobs.push({ name: `=> ${s.id}`, status: statusBytes(s), started: s.started, completed: s.completed, error: false });
      }
      for (const w of v.warnings) jobs.push({ name: `WARN: ${w}`, status: '', started: v.started, completed: v.completed, error: false, warning: true });
    }
    return jobs;
  };

  const draw = (all: boolean): void => {
    const { columns: width, rows: height } = size();
    const now = trace.now();
    let jobs = jobsOf();
    const total = trace.vertices.length;
    const completed = trace.vertices.filter((v) => v.completed !== undefined).length;
    // While building, only what fits on the screen (the newest lines).
    if (!all && jobs.length > height - 2) jobs = jobs.slice(jobs.length - Math.max(0, height - 2));

    let text = '';
    text += `${ESC}1A`.repeat(lineCount + 1);
    if (!repeated) text += `${ESC}1B`;
    repeated = true;
    text += `${ESC}0G${HIDE_CURSOR}`;
    const elapsed = ((now - (trace.startTime ?? now)) / 1000).toFixed(1);
    const finished = completed > 0 && completed === total && all ? 'FINISHED' : '';
    const header = fit(align(`[+] Building ${elapsed}s (${completed}/${total}) ${finished}`, BUILDER_NAME, width - 1), width);
    text += `${header}\n`;
    let lines = 0;
    for (const j of jobs) {
      let dt = ((j.completed ?? now) - j.started) / 1000;
      if (dt < 0.05) dt = 0;
      const pfx = ' => ';
      const timer = ` ${dt.toFixed(1)}s\n`;
      let left = width - pfx.length - timer.length - 1;
      let showStatus = false;
      if (j.status !== '' && left + j.status.length > 20) {
        showStatus = true;
        left -= j.status.length + 1;
      }
      if (left < 12) continue;
      let line = pfx + fit(j.name, left);
      if (showStatus) line += ` ${j.status}`;
      line = align(line, timer, width);
      if (j.completed !== undefined) line = `${j.error ? RED : j.warning ? YELLOW : BLUE}${line}${RESET}`;
      text += line;
      lines++;
      // A running step's latest output, faint, under its line.
      const v = j.vertex;
      if (v && v.completed === undefined && !all) {
        const recent = [...v.logs.map((l) => l.slice(l.indexOf(' ') + 1)), ...(v.partial ? [v.partial] : [])].slice(-TERM_LINES);
        for (const l of recent) {
          if (l.trim() === '') continue;
          text += `${FAINT} => => # ${fit(l, Math.max(1, width - 10))}\n${RESET}`;
          lines++;
        }
      }
    }
    // Erase what the previous drawing had below (BuildKit overwrites it with spaces; erasing
    // looks the same and leaves nothing behind that depends on when the last drawing was).
    const diff = lineCount - lines;
    if (diff > 0) text += `${ESC}J`;
    lineCount = lines;
    text += SHOW_CURSOR;
    out.write(text);
  };

  // Like BuildKit's display, drawn at most every 100 ms while the build runs (a step that
  // prints thousands of lines must not redraw the whole display for each), then once more
  // at the end.
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drawNow = (): void => {
    timer = undefined;
    last = systemClock.now();
    draw(false);
  };
  trace.subscribe(() => {
    if (timer !== undefined) return;
    const wait = last + REDRAW_MS - systemClock.now();
    if (wait <= 0) drawNow();
    else timer = setTimeout(drawNow, wait);
  });
  return {
    done: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      draw(true);
    },
  };
}

