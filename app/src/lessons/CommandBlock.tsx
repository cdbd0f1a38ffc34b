import { CTRL_P_Q } from '../../../lessons/index';
import { t, tf } from '../i18n';

export interface CommandBlockProps {
  line: string;
  typeCommand: (line: string) => void;
  disabled?: boolean;
}

/** A command shown as code; clicking it (or Enter/Space on it) types it into the terminal. */
export function CommandBlock({ line, typeCommand, disabled }: CommandBlockProps) {
  const keys = line === CTRL_P_Q;
  const shown = keys ? t('lessons.detachKeys') : line;
  return (
    <button
      type="button"
      className={`lesson-command${keys ? ' lesson-command-keys' : ''}`}
      onClick={() => typeCommand(line)}
      disabled={disabled}
      aria-label={tf('lessons.typeCommand', { command: shown })}
      data-testid="lesson-command"
      data-command={line}
    >
      {!keys && (
        <span className="lesson-command-prompt" aria-hidden="true">
          $
        </span>
      )}
      {keys ? <kbd>{shown}</kbd> : <code>{shown}</code>}
    </button>
  );
}
