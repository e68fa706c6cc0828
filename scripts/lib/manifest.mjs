// The built Custom Elements Manifest, for the scripts that check or document it.
import { readFileSync, existsSync } from 'node:fs';

const MANIFEST = 'dist/custom-elements.json';

/** Every declaration of dist/custom-elements.json; exits with a clear message when it is missing. */
export function manifestDeclarations() {
  if (!existsSync(MANIFEST)) {
    console.error(`${MANIFEST} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  return manifest.modules.flatMap((mod) => mod.declarations ?? []);
}
