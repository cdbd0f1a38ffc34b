import '@xterm/xterm/css/xterm.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectEngine } from './engine/bridge';
import { startEngine } from './engine/engine';
import { setLanguage, shellLocale, t } from './i18n';
import { readStartupParams } from './params';
import { appStore, initAppStore } from './store/store';
import { HANGUL_FONT_EVENT } from './terminal/theme';
import { installTestHooks } from './test-hooks';

const params = readStartupParams(window.location.search);
setLanguage(params.language);
document.documentElement.lang = params.language;
document.title = t('app.documentTitle');
initAppStore(params.language, { presenter: params.present });

if (!window.crossOriginIsolated) console.warn(`gorae: ${t('error.notIsolated')}`);

const container = document.getElementById('root');
if (!container) throw new Error('gorae: #root is missing from index.html');

try {
  const engine = startEngine({ seed: params.seed, locale: shellLocale[params.language] });
  connectEngine(engine, appStore());
  const hooks = installTestHooks(engine, appStore());
  createRoot(container).render(
    <StrictMode>
      <App engine={engine} onController={hooks.attach} />
    </StrictMode>,
  );
} catch (error) {
  console.error(error);
  container.textContent = t('error.startFailed');
  container.className = 'fatal';
}

// Hangul glyphs for machines without a Korean font, loaded after the first paint; the
// browser then fetches only the unicode-range slices the page shows. Bold is synthesised.
// The class puts the font into the page's font stacks (styles.css) once its rules exist.
void import('@fontsource/nanum-gothic-coding/400.css').then(() => {
  document.documentElement.classList.add('hangul-font');
  window.dispatchEvent(new Event(HANGUL_FONT_EVENT));
});
