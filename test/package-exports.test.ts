import { describe, expect, it } from 'vitest';

describe('package exports (the built package, as users import it)', () => {
  it('"urlleak" exposes the engines, formatters and catalog', async () => {
    const library = (await import('urlleak')) as typeof import('../src/index.js');
    expect(library.ruleCatalog.length).toBeGreaterThan(10);
    expect(Object.keys(library.formatters).sort()).toEqual(['html', 'json', 'sarif', 'stylish']);
    expect(typeof library.analyzeSourceFile).toBe('function');
    expect(typeof library.scanLogs).toBe('function');
  });

  it('"urlleak/eslint-plugin" is the plugin with its presets', async () => {
    const plugin = (await import('urlleak/eslint-plugin')).default as { meta: { name: string }; configs: Record<string, unknown> };
    expect(plugin.meta.name).toBe('urlleak');
    expect(Object.keys(plugin.configs).sort()).toEqual(['recommended', 'recommended-type-checked', 'strict']);
  });
});

describe('"urlleak/redact" (the runtime redactor, no dependencies)', () => {
  it('exposes redactUrl and the integrations, and redacts as the source does', async () => {
    const redact = (await import('urlleak/redact')) as typeof import('../src/redact/index.js');
    expect(redact.redactUrl('/ws?token=d8f7a6s5d4f3g2h1j0k9l8m7&room=7')).toBe('/ws?token=[REDACTED]&room=7');
    expect(typeof redact.createUrlRedactor).toBe('function');
  });
});
