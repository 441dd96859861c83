/** Types of scripts/wasm.mjs, for the test that checks the embedded modules are current. */
export function assemble(watPath: string): Promise<Buffer>;
export function renderEmbedded(exportName: string, watPath: string, bytes: Buffer): string;
export function rebuiltModules(): Promise<{ readonly path: string; readonly text: string }[]>;
export function committedText(path: string): string;
