import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Location as SarifLocation, Region } from 'sarif';
import type { Location } from '../../findings/finding.js';

/** The base every repository-relative URI is resolved against; the upload action maps it to the checkout. */
export const SOURCE_ROOT = '%SRCROOT%';

/** Display paths are relative to the working directory; anything outside it stays an absolute `file:` URI. */
export function artifactLocationOf(path: string): ArtifactLocation {
  if (isAbsolute(path) || /^[A-Za-z]:\//.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** Finding regions and SARIF regions agree: 1-based lines and columns, exclusive end column. */
export function regionOf(location: Location): Region {
  return {
    startLine: location.line,
    startColumn: location.column,
    ...(location.endLine === undefined ? {} : { endLine: location.endLine }),
    ...(location.endColumn === undefined ? {} : { endColumn: location.endColumn }),
  };
}

export function sarifLocationOf(location: Location, message?: string): SarifLocation {
  return {
    physicalLocation: { artifactLocation: artifactLocationOf(location.path), region: regionOf(location) },
    ...(message === undefined ? {} : { message: { text: message } }),
  };
}

/** `originalUriBaseIds` for a run: where `%SRCROOT%` was on the machine that produced it. */
export function sourceRootOf(cwd: string): Record<string, ArtifactLocation> {
  const href = pathToFileURL(cwd).href;
  return { [SOURCE_ROOT]: { uri: href.endsWith('/') ? href : `${href}/` } };
}
