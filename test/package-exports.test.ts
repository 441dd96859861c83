import { describe, expect, it } from 'vitest';

describe('package exports (the built package, as users import it)', () => {
  it('"urlleak" exposes the engines, formatters and catalog', async () => {
    const library = (await import('urlleak')) as typeof import('../src/index.js');
    expect(library.ruleCatalog.length).toBeGreaterThan(10);
    expect(Object.keys(library.formatters).sort()).toEqual(['json', 'sarif', 'stylish']);
    expect(typeof library.analyzeSourceFile).toBe('function');
    expect(typeof library.scanLogs).toBe('function');
  });

  it('"urlleak/eslint-plugin" is the plugin with its presets', async () => {
    const plugin = (await import('urlleak/eslint-plugin')).default as { meta: { name: string }; configs: Record<string, unknown> };
    expect(plugin.meta.name).toBe('urlleak');
    expect(Object.keys(plugin.configs).sort()).toEqual(['recommended', 'recommended-type-checked', 'strict']);
  });
});
