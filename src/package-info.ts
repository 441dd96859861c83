import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './package-root.js';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly homepage: string;
}

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('package.json', packageRoot)), 'utf8')) as Manifest;

export const packageName: string = manifest.name;
export const packageVersion: string = manifest.version;
/** The repository's web address: rule docs links point into it. */
export const packageHomepage: string = manifest.homepage.replace(/#.*$/, '');
