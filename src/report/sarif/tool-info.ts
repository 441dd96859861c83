import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../package-root.js';

/** What SARIF says about urlleak itself, read from the package manifest. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly homepage?: string;
}

let cached: ToolInfo | undefined;

export function readToolInfo(): ToolInfo {
  cached ??= toToolInfo(JSON.parse(readFileSync(fileURLToPath(new URL('package.json', packageRoot)), 'utf8')) as Manifest);
  return cached;
}

function toToolInfo(manifest: Manifest): ToolInfo {
  return {
    name: manifest.name,
    version: manifest.version,
    informationUri: manifest.homepage ?? `https://www.npmjs.com/package/${manifest.name}`,
  };
}

/** The rule doc as published with this exact version (the package ships `docs/`), so links never drift. */
export function ruleHelpUri(tool: ToolInfo, docPath: string): string {
  return `https://unpkg.com/${tool.name}@${tool.version}/${docPath}`;
}
