/**
 * Task pane entry (shared runtime: dist/functions.js is loaded first on taskpane.html). Mounts into #root
 * inside Excel, or into #pane beside the preview grid, where Excel.run is answered by the preview's shim.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { displayLanguage } from './i18n';
import type { ExcelApi } from './engine';

function mount(): void {
  const el = document.getElementById('root') ?? document.getElementById('pane');
  if (!el || el.dataset.mounted) return;
  el.dataset.mounted = '1';
  const excel: ExcelApi = { run: (batch) => Excel.run(batch) };
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App excel={excel} lang={displayLanguage()} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady(() => mount());
else mount();
