/**
 * PLACEHOLDER task pane (the task-pane issue replaces this folder with the React + Fluent UI pane).
 * Runs in the shared runtime next to the custom functions (dist/functions.js is loaded first).
 */
function show(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const count = (window as { formaproFunctions?: string[] }).formaproFunctions?.length ?? 0;
  root.innerHTML = `<main style="font:14px 'Segoe UI',system-ui,sans-serif;padding:16px">
    <h1 style="font-size:18px;color:#0f6cbd">FormaPro</h1>
    <p>${count} functions are available: type <code>=FR.</code> in a cell (French Excel: <code>=FR.PRO_SALAIRE_MIN(…)</code>).</p>
    <p><a href="help/index.html" target="_blank">Help for every function</a></p></main>`;
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') Office.onReady(() => show());
else show();
