/**
 * The custom-functions bundle (dist/functions.js): binds every catalogue function to its Excel id. In the
 * shared runtime the task pane page loads Office.js, then this script, then the pane.
 */
import { FUNCTIONS } from './generated';

declare global {
  interface Window {
    /** Ids bound by this bundle (read by the browser test and the pane). */
    formaproFunctions?: string[];
  }
}

// Outside Excel (a plain browser tab) there is no CustomFunctions: nothing to bind.
if (typeof CustomFunctions !== 'undefined') for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
if (typeof window !== 'undefined') window.formaproFunctions = Object.keys(FUNCTIONS);
