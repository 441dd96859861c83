import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../package-root.js';

export function readPackageVersion(): string {
  const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('package.json', packageRoot)), 'utf8')) as { version: string };
  return manifest.version;
}
