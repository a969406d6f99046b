/** Builds the add-in (dist/ with the preview and the task pane) before the browser tests. */
import { execSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execSync('pnpm --filter @formapro/excel-addin build', { cwd: join(import.meta.dirname, '..', '..'), stdio: 'inherit' });
}
