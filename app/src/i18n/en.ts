import type { Messages } from './ko';

/** English. Every key of ko.ts must be here: a missing one is a compile error. */
export const en: Messages = {
  'app.name': '고래',
  'app.nameLatin': 'Gorae',
  'app.tagline': 'A Docker classroom that runs in your browser',
  'app.documentTitle': 'Gorae · Docker classroom in the browser',
  'header.languageSwitch': '한국어',
  'header.languageSwitchLabel': 'View in Korean',
  'status.starting': 'Starting',
  'status.idle': 'Ready',
  'status.running': 'Running',
  'terminal.label': 'Docker practice terminal',
  'terminal.welcome': 'Welcome to the Gorae terminal!',
  'terminal.hint': "Start by typing 'docker run hello-world'. Type 'help' to see the commands you can use.",
  'error.notIsolated': 'This page is not cross-origin isolated, so some containers may not work properly.',
  'error.startFailed': 'Gorae could not start. Please reload the page.',
};
