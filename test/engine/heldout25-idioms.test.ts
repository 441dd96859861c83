import { describe, it } from 'vitest';
import { at, expectBothDoors } from '../support/both-doors.js';

/** Idioms code heldout25 showed the engine missing (its first, unseen score was taken before these were written). */

describe('a parameter assigned anew before it is used', () => {
  it('`url = url + "&access_token=" + token.id` in both branches of an if reaches the URL (restful-api-redux)', () => {
    const code = [
      "import { getToken } from './token';",
      'export const createEventSource = async (url, onMessage) => {',
      '  const token = await getToken();',
      '  if (token && token.id) {',
      "    if (url.indexOf('?') >= 0) {",
      "      url = url + '&access_token=' + token.id;",
      '    } else {',
      "      url = url + '?access_token=' + token.id;",
      '    }',
      '  }',
      '  const source = new EventSource(url);',
      "  source.addEventListener('data', onMessage);",
      '  return source;',
      '};',
      'export const appended = async (url) => {',
      '  url += `?access_token=${await getToken()}`;',
      '  return fetch(url);',
      '};',
      'export const untouched = (url) => new EventSource(url);',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/internals/eventsource.js', [
      { rule: 'ws-token-in-url', ...at(code, 'url);\n  source'), level: 'error' },
      { rule: 'token-in-request-url', ...at(code, 'url);\n};\nexport const untouched'), level: 'error' },
    ]);
  });
});

describe("@nuxtjs/axios' onRequest helper", () => {
  it('what a plugin writes into config.params through `$axios.onRequest` goes into every request URL (nuxt-countries-app)', () => {
    const code = [
      'export default function ({ $axios }) {',
      '  $axios.onRequest((config) => {',
      '    config.params = config.params || {}',
      '    config.params.access_key = process.env.apiAccessKey',
      '    return config',
      '  })',
      '  $axios.onResponse((response) => {',
      '    response.config.params = { api_key: process.env.apiAccessKey }',
      '  })',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'plugins/axios.js', [
      { rule: 'token-in-request-url', ...at(code, 'process.env.apiAccessKey\n'), level: 'error' },
    ]);
  });
});
