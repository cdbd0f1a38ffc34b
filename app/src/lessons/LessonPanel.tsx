import { useMemo, useRef, useState, type RefObject } from 'react';
import { currentStep, explainError, lessonById, lessons } from '../../../lessons/index';
import type { Engine } from '../engine/engine';
import { getLanguage, t, tf } from '../i18n';
import { lessonRunner, restartLesson, selectLesson, undoLast } from './lesson-controller';
import { lessonsStore, useLessons } from './lesson-store';
import { ErrorNoteView } from './ErrorNoteView';
import { RichText } from './RichText';
import { StepView, type StepState } from './StepView';
import './lessons.css';

export interface LessonPanelProps {
  engine: Engine;
  /** Types a command line into the terminal and presses Enter (click-to-type blocks use it). */
  typeCommand: (line: string) => void;
}

function LessonList({ engine, currentId, title }: { engine: Engine; currentId: string; title: RefObject<HTMLHeadingElement | null> }) {
  const lang = getLanguage();
  const progress = useLessons((s) => s.progress);
  const busy = useLessons((s) => s.busy);
  return (
    <nav id="lesson-list" className="lesson-list" aria-label={t('lessons.list')}>
      <p className="lesson-list-note">{t('lessons.listNote')}</p>
      <ol>
        {lessons.map((lesson) => {
          const done = (progress[lesson.id]?.done ?? []).filter(Boolean).length;
          return (
            <li key={lesson.id}>
              <button
                type="button"
                className="lesson-list-item"
                aria-current={lesson.id === currentId ? 'true' : undefined}
                disabled={busy}
                onClick={() => void selectLesson(engine, lesson.id).then(() => title.current?.focus())}
                data-testid={`lesson-choose-${lesson.id}`}
              >
                <span className="lesson-list-number">{tf('lessons.lessonNumber', { n: lesson.number })}</span>
                <span className="lesson-list-title">{lesson.title[lang]}</span>
                <span className="lesson-list-progress">{tf('lessons.progress', { done, total: lesson.steps.length })}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The lesson panel: the lesson list, the current lesson's steps with live goals, and ways back. */
export function LessonPanel({ engine, typeCommand }: LessonPanelProps) {
  const runner = useMemo(() => lessonRunner(engine), [engine]);
  const lang = getLanguage();
  const lessonId = useLessons((s) => s.lessonId);
  const busy = useLessons((s) => s.busy);
  const notice = useLessons((s) => s.notice);
  const listOpen = useLessons((s) => s.listOpen);
  const savedDone = useLessons((s) => s.progress[lessonId]?.done);
  useLessons((s) => s.tick); // re-render when the engine or progress changed
  const [confirmReset, setConfirmReset] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const lesson = lessonById(lessonId) ?? lessons[0]!;
  const live = runner.lesson?.id === lesson.id && !busy;
  const done = live ? runner.done : (savedDone ?? []);
  const current = currentStep(lesson, done);
  const status = live && current < lesson.steps.length ? runner.status(current) : undefined;
  const doneCount = done.filter(Boolean).length;
  // the message of the last command typed (not of one replayed by undo or a reload)
  const last = live ? runner.recorder.commands.at(-1) : undefined;
  const note = last && !last.replayed && last.stderr ? explainError(last.stderr) : undefined;
  const next = lessons[lessons.indexOf(lesson) + 1];
  const toggleList = () => {
    lessonsStore.setState({ listOpen: !listOpen });
  };

  return (
    <section className="lesson-panel" aria-label={t('lessons.panelLabel')} aria-busy={busy} data-testid="lesson-panel">
      <header className="lesson-head">
        <button type="button" className="lesson-list-toggle" aria-expanded={listOpen} aria-controls="lesson-list" onClick={toggleList} data-testid="lesson-list-toggle">
          <span aria-hidden="true">☰ </span>
          {t('lessons.title')}
          <span className="sr-only"> ({t(listOpen ? 'lessons.listClose' : 'lessons.listOpen')})</span>
        </button>
        <span className="lesson-progress" data-testid="lesson-progress">
          {tf('lessons.progress', { done: doneCount, total: lesson.steps.length })}
        </span>
      </header>
      {listOpen && <LessonList engine={engine} currentId={lesson.id} title={title} />}

      <h2 className="lesson-title" data-testid="lesson-title" tabIndex={-1} ref={title}>
        <span className="lesson-title-number">{tf('lessons.lessonNumber', { n: lesson.number })}</span> {lesson.title[lang]}
      </h2>
      <details className="lesson-intro" open={doneCount === 0} key={`${lesson.id}-${doneCount === 0}`}>
        <summary>{t('lessons.intro')}</summary>
        <RichText text={lesson.intro[lang]} />
      </details>

      <div className="lesson-actions" role="group" aria-label={t('lessons.title')}>
        <button type="button" className="lesson-button" onClick={() => void undoLast(engine)} disabled={busy} title={t('lessons.undoTitle')} data-testid="lesson-undo">
          {t('lessons.undo')}
        </button>
        <button type="button" className="lesson-button" onClick={() => setConfirmReset(true)} disabled={busy || confirmReset} data-testid="lesson-reset">
          {t('lessons.reset')}
        </button>
      </div>
      {confirmReset && (
        <div className="lesson-confirm" role="alertdialog" aria-label={t('lessons.reset')} aria-describedby="lesson-reset-confirm">
          <p id="lesson-reset-confirm">{t('lessons.resetConfirm')}</p>
          <button
            type="button"
            className="lesson-button primary"
            autoFocus
            data-testid="lesson-reset-yes"
            onClick={() => {
              setConfirmReset(false);
              void restartLesson(engine);
            }}
          >
            {t('lessons.resetYes')}
          </button>
          <button type="button" className="lesson-button" onClick={() => setConfirmReset(false)}>
            {t('lessons.cancel')}
          </button>
        </div>
      )}

      <ol className="lesson-steps" aria-label={t('lessons.steps')}>
        {lesson.steps.map((step, i) => {
          const state: StepState = done[i] ? 'done' : i === current ? 'current' : 'todo';
          return <StepView key={`${lesson.id}/${step.id}`} lesson={lesson} step={step} index={i} state={state} status={i === current ? status : undefined} note={i === current ? note : undefined} runner={runner} typeCommand={typeCommand} busy={busy} />;
        })}
      </ol>

      {current >= lesson.steps.length && (
        <div className="lesson-complete" data-testid="lesson-complete">
          <h3>{t('lessons.complete')}</h3>
          <RichText text={lesson.summary[lang]} />
          {next && (
            <button type="button" className="lesson-button primary" onClick={() => void selectLesson(engine, next.id).then(() => title.current?.focus())} disabled={busy}>
              {tf('lessons.nextLesson', { title: next.title[lang] })}
            </button>
          )}
        </div>
      )}

      {note && current >= lesson.steps.length && <ErrorNoteView note={note} />}

      <p className="lesson-notice" role="status" aria-live="polite" data-testid="lesson-notice">
        {busy ? t('lessons.busy') : notice}
      </p>
    </section>
  );
}
