import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './package-root.js';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly homepage?: string;
}

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('package.json', packageRoot)), 'utf8')) as Manifest;

export const packageName: string = manifest.name;
export const packageVersion: string = manifest.version;
/** Where people learn about urlleak: the project's homepage, else its npm page. */
export const packageHomepage: string = manifest.homepage ?? `https://www.npmjs.com/package/${manifest.name}`;

/** A doc as published with this exact version (the package ships `docs/`), so links never drift from the code. */
export function publishedDocUrl(docPath: string): string {
  return `https://unpkg.com/${packageName}@${packageVersion}/${docPath}`;
}
