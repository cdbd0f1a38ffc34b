/**
 * What a lesson is made of. Lessons are plain data: texts in Korean (and English for
 * `?lang=en`), steps with commands to click, hints, a goal per step and the commands
 * that solve it. Goals are predicates over the engine's snapshot, the events since the
 * lesson started and the command lines typed, so any command that reaches the state counts.
 */
import type { AnyEngineEvent, EngineSnapshot } from '../simulator/index';
import type { Facts } from './facts';

/** A text in both languages of the app. */
export interface Text {
  ko: string;
  en: string;
}

export type LessonLanguage = keyof Text;

/** One command line run at the host prompt, as the lesson recorder saw it. */
export interface CommandRecord {
  line: string;
  exitCode: number;
  /** What the command wrote to standard error (the start of it). */
  stderr: string;
  /** Sequence numbers of the first and last engine events during the command (0 when none). */
  firstSeq: number;
  lastSeq: number;
  /** The host shell's working directory when the command started. */
  cwd: string;
  /** What the command read from its standard input (keys typed into `docker run -it`…). */
  input: string;
  /** Run again by a replay (undo, reload) rather than typed just now. */
  replayed: boolean;
}

/** A command line as it can be typed again: the line and the keys it read. */
export interface TypedCommand {
  line: string;
  input?: string;
}

/** What a goal may look at. */
export interface GoalContext {
  snapshot: EngineSnapshot;
  /** Every engine event since the lesson (re)started, oldest first. */
  events: readonly AnyEngineEvent[];
  /** Every command line since the lesson (re)started, oldest first. */
  commands: readonly CommandRecord[];
  /** Read-only questions the snapshot cannot answer (a container's changes, an image's CMD…). */
  facts: Facts;
}

/** One condition of a goal; the first unmet one is shown to the student. */
export interface Condition {
  /** Says what must be true, e.g. "hello-world 이미지가 내 컴퓨터에 있어요". */
  label: Text;
  met(context: GoalContext): boolean;
}

export type SolutionLine = string | ((context: GoalContext) => string);

/** Ctrl+P Ctrl+Q as a solution line: leaves an attached container running. */
export const CTRL_P_Q = '\x10\x11';

export interface LessonStep {
  id: string;
  title: Text;
  /** What to do; `backticks` mark code, blank lines separate paragraphs. */
  instruction: Text;
  /** Command lines shown as click-to-type blocks (a function fills in an ID from the state now). */
  commands: readonly SolutionLine[];
  hints: readonly Text[];
  /** Shown once the step is done: what just happened and why. */
  explanation: Text;
  /** All conditions must hold for the step to be done. */
  goal: readonly Condition[];
  /**
   * Command lines that complete the step from the state the steps before it leave; a
   * function when the line depends on the state (a container's short ID). Lines after an
   * interactive command (`docker run -it alpine sh`) are typed into it; `CTRL_P_Q` detaches.
   */
  solution: readonly SolutionLine[];
  /** Ids of entries in the error guide (errors.ts) this step can run into. */
  errors?: readonly string[];
}

export interface Lesson {
  /** Stable id used in progress storage and URLs, e.g. "first-container". */
  id: string;
  number: number;
  title: Text;
  /** One or two paragraphs before the first step. */
  intro: Text;
  /** The concepts of CURRICULUM.md the lesson covers (1–16). */
  concepts: readonly number[];
  /** Command lines replayed (silently) to build the lesson's start state on a clean engine. */
  start?: readonly string[];
  steps: readonly LessonStep[];
  /** A closing paragraph shown when every step is done. */
  summary: Text;
}
