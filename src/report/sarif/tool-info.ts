import { packageHomepage, packageName, packageVersion } from '../../package-info.js';

/** What SARIF says about urlleak itself, read from the package manifest. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

export function readToolInfo(): ToolInfo {
  return { name: packageName, version: packageVersion, informationUri: packageHomepage };
}
