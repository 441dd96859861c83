import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeProgram } from '../../src/engine/analyze-program.js';
import { at } from '../support/both-doors.js';
import { useTempProjects } from '../support/temp-project.js';

/** Idioms of bench/real-recall's heldout70 that its first scan missed, in a fresh clone (no dependencies installed). */
describe('heldout70 idioms', () => {
  const project = useTempProjects('heldout70-idioms');

  const scan = (files: Record<string, string>, names: readonly string[]) => {
    const directory = project(files);
    const paths = names.map((name) => join(directory, name));
    const program = ts.createProgram(paths, { noEmit: true, strict: true, types: [] });
    return analyzeProgram(program, paths).map((finding) => ({
      rule: finding.ruleId,
      line: finding.location.line,
      column: finding.location.column,
    }));
  };

  it("a request typed by the project's interface that extends IncomingMessage, its base unresolved, is a request", () => {
    const types = [
      "import { IncomingMessage } from 'http';",
      'export interface WsRequest extends IncomingMessage {',
      '  user?: { id: number };',
      '}',
      '',
    ].join('\n');
    const auth = [
      "import { verify } from 'jsonwebtoken';",
      "import queryString from 'query-string';",
      "import url from 'url';",
      "import { WsRequest } from './types';",
      '',
      'export const wsAuth = async (request: WsRequest, done: (err?: Error) => void) => {',
      '  const { token } = queryString.parse(url.parse(request.url ?? "").query ?? "") as { token: string };',
      "  verify(token, 'secret');",
      '  done();',
      '};',
      '',
    ].join('\n');
    const found = scan({ 'src/types.ts': types, 'src/ws-auth.ts': auth }, ['src/types.ts', 'src/ws-auth.ts']);
    expect(found).toEqual([{ rule: 'query-token-accepted', ...at(auth, 'token }') }]);
  });

  it('a project interface extending another of its own types is not a request', () => {
    const code = [
      "import queryString from 'query-string';",
      'interface Base { url: string }',
      'interface Link extends Base { label: string }',
      'export function read(request: Link): string {',
      '  const { token } = queryString.parse(request.url) as { token: string };',
      '  return token;',
      '}',
      '',
    ].join('\n');
    expect(scan({ 'src/link.ts': code }, ['src/link.ts'])).toEqual([]);
  });
});
