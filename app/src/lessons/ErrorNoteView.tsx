import type { ErrorNote } from '../../../lessons/index';
import { getLanguage, t } from '../i18n';
import { RichText } from './RichText';

/** What the message the last command printed means. */
export function ErrorNoteView({ note }: { note: ErrorNote }) {
  const lang = getLanguage();
  return (
    <aside className="lesson-error" aria-label={t('lessons.errorTitle')} data-testid="lesson-error">
      <h4>{t('lessons.errorTitle')}</h4>
      <p className="lesson-error-message">
        <code>{note.title[lang]}</code>
      </p>
      <RichText text={note.explanation[lang]} />
    </aside>
  );
}
