/** Builds dist/ once before the tests (metadata, manifest, bundles and the preview are what they check). */
import { build } from '../scripts/build';

export default async function setup(): Promise<void> {
  await build({ quiet: true }); // the dev build (preview, source maps), on FORMAPRO_ADDIN_URL if set
}
