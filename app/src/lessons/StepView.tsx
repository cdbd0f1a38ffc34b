import { useId, useState } from 'react';
import { commandLines, solutionLines, type ErrorNote, type GoalStatus, type Lesson, type LessonRunner, type LessonStep } from '../../../lessons/index';
import { getLanguage, t, tf } from '../i18n';
import { CommandBlock } from './CommandBlock';
import { lessonsStore, stepKey, useLessons } from './lesson-store';
import { ErrorNoteView } from './ErrorNoteView';
import { InlineText, RichText } from './RichText';

export type StepState = 'done' | 'current' | 'todo';

export interface StepViewProps {
  lesson: Lesson;
  step: LessonStep;
  index: number;
  state: StepState;
  /** The goal now (current step only; undefined while the engine is being set). */
  status: GoalStatus | undefined;
  /** The meaning of the last command's message (current step only). */
  note?: ErrorNote | undefined;
  runner: LessonRunner;
  typeCommand: (line: string) => void;
  busy: boolean;
}

const MARK: Record<StepState, string> = { done: '✓', current: '▶', todo: '○' };
const STATE_LABEL = { done: 'lessons.stepDone', current: 'lessons.stepCurrent', todo: 'lessons.stepTodo' } as const;

export function StepView({ lesson, step, index, state, status, note, runner, typeCommand, busy }: StepViewProps) {
  const lang = getLanguage();
  const key = stepKey(lesson.id, step.id);
  const hintsShown = useLessons((s) => s.hints[key] ?? 0);
  const solutionShown = useLessons((s) => s.solutions[key] === true);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const bodyId = useId();
  const expanded = state === 'current' || open;
  const context = runner.lesson?.id === lesson.id ? runner.context() : undefined;
  const commands = context ? commandLines(step, context) : step.commands.filter((c): c is string => typeof c === 'string');
  const solution = context ? solutionLines(step, context) : [];

  const showHint = () => lessonsStore.setState((s) => ({ hints: { ...s.hints, [key]: Math.min(step.hints.length, (s.hints[key] ?? 0) + 1) } }));
  const showSolution = () => {
    setConfirming(false);
    lessonsStore.setState((s) => ({ solutions: { ...s.solutions, [key]: true } }));
  };

  return (
    <li className={`lesson-step lesson-step-${state}`} data-testid={`lesson-step-${step.id}`} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
      <h3 className="lesson-step-title">
        <button type="button" className="lesson-step-toggle" aria-expanded={expanded} aria-controls={bodyId} disabled={state === 'current'} onClick={() => setOpen(!open)}>
          <span className="lesson-step-mark" aria-hidden="true">
            {MARK[state]}
          </span>
          <span className="lesson-step-number">{tf('lessons.stepNumber', { n: index + 1 })}</span>
          <span className="lesson-step-name">{step.title[lang]}</span>
          <span className="sr-only">({t(STATE_LABEL[state])})</span>
        </button>
      </h3>
      {expanded && (
        <div id={bodyId} className="lesson-step-body">
          <RichText className="lesson-step-instruction" text={step.instruction[lang]} />
          {commands.length > 0 && (
            <div className="lesson-commands" role="group" aria-label={t('lessons.commands')}>
              {commands.map((line, i) => (
                <CommandBlock key={`${i}-${line}`} line={line} typeCommand={typeCommand} disabled={busy} />
              ))}
            </div>
          )}
          {state === 'current' && status && (
            <div className="lesson-goal" data-testid="lesson-goal">
              <h4>{t('lessons.goal')}</h4>
              <ul>
                {step.goal.map((condition, i) => (
                  <li key={i} className={status.conditions[i] ? 'met' : 'unmet'}>
                    <span className="lesson-goal-mark" aria-hidden="true">
                      {status.conditions[i] ? '✓' : '○'}
                    </span>
                    <span className="sr-only">{t(status.conditions[i] ? 'lessons.conditionMet' : 'lessons.conditionUnmet')}: </span>
                    <InlineText text={condition.label[lang]} />
                  </li>
                ))}
              </ul>
              {status.unmet && (
                <p className="lesson-missing" data-testid="lesson-missing">
                  <InlineText text={tf('lessons.missing', { condition: status.unmet.label[lang] })} />
                </p>
              )}
            </div>
          )}
          {note && <ErrorNoteView note={note} />}
          {state === 'done' && (
            <div className="lesson-explanation">
              <h4>{t('lessons.whatHappened')}</h4>
              <RichText text={step.explanation[lang]} />
            </div>
          )}
          {state !== 'done' && (
            <div className="lesson-help">
              {hintsShown > 0 && (
                <ul className="lesson-hints" aria-label={t('lessons.hint')}>
                  {step.hints.slice(0, hintsShown).map((hint, i) => (
                    <li key={i}>
                      <span className="lesson-hint-label">{tf('lessons.hintCount', { n: i + 1, total: step.hints.length })}</span> <InlineText text={hint[lang]} />
                    </li>
                  ))}
                </ul>
              )}
              <div className="lesson-help-buttons">
                {hintsShown < step.hints.length && (
                  <button type="button" className="lesson-button" onClick={showHint} data-testid="lesson-hint">
                    {hintsShown === 0 ? t('lessons.hint') : t('lessons.moreHint')}
                  </button>
                )}
                {!solutionShown && !confirming && (
                  <button type="button" className="lesson-button" onClick={() => setConfirming(true)} data-testid="lesson-solution">
                    {t('lessons.solution')}
                  </button>
                )}
              </div>
              {confirming && (
                <div className="lesson-confirm" role="alertdialog" aria-label={t('lessons.solution')} aria-describedby={`${bodyId}-confirm`}>
                  <p id={`${bodyId}-confirm`}>{t('lessons.solutionConfirm')}</p>
                  <button type="button" className="lesson-button primary" onClick={showSolution} autoFocus data-testid="lesson-solution-yes">
                    {t('lessons.solutionYes')}
                  </button>
                  <button type="button" className="lesson-button" onClick={() => setConfirming(false)}>
                    {t('lessons.solutionNo')}
                  </button>
                </div>
              )}
              {solutionShown && solution.length > 0 && (
                <div className="lesson-solution" data-testid="lesson-solution-lines">
                  <h4>{t('lessons.solutionTitle')}</h4>
                  <div className="lesson-commands">
                    {solution.map((line, i) => (
                      <CommandBlock key={`${i}-${line}`} line={line} typeCommand={typeCommand} disabled={busy} />
                    ))}
                  </div>
                </div>
              )}
            </div>
          )}
        </div>
      )}
    </li>
  );
}
