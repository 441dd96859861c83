import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeProgram } from '../../src/engine/analyze-program.js';
import { at, expectBothDoors } from '../support/both-doors.js';
import { useTempProjects } from '../support/temp-project.js';

/** Where `needle` is, moved past its first `skip` characters (`return query.token` → `query.token`). */
function within(code: string, needle: string, skip: number): { line: number; column: number } {
  const place = at(code, needle);
  return { line: place.line, column: place.column + skip };
}

describe('a query validated or parsed by a schema before its fields are read', () => {
  it("a project's own wrapper, defined in another module, carries the query's token (StudyBond's Fastify ws auth)", () => {
    const code = [
      "import type { FastifyRequest } from 'fastify';",
      "import { parseWithSchema } from '../utils/validation';",
      "import { wsAuthQuerySchema } from './ws.schemas';",
      '',
      'export class WsAuth {',
      '  private extractToken(req: FastifyRequest): string {',
      "    const query = parseWithSchema(wsAuthQuerySchema, req.query ?? {}, 'Invalid WebSocket auth query');",
      '    if (query.token) return query.token;',
      "    const header = req.headers.authorization ?? '';",
      "    return header.replace(/^Bearer /, '');",
      '  }',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/ws/ws-auth.ts', [
      { rule: 'query-token-accepted', ...within(code, 'return query.token', 'return '.length), level: 'warning' },
    ]);
  });

  it("zod's parse and safeParse, joi's validateAsync and class-transformer's plainToInstance pass the query's fields on", () => {
    const code = [
      "import express from 'express';",
      "import { z } from 'zod';",
      "import Joi from 'joi';",
      "import { plainToInstance } from 'class-transformer';",
      "import { QueryDto } from './query.dto';",
      '',
      'const schema = z.object({ token: z.string(), page: z.coerce.number() });',
      'const joiSchema = Joi.object({ token: Joi.string() });',
      'const app = express();',
      "app.get('/a', (req, res) => {",
      '  const query = schema.parse(req.query ?? {});',
      '  res.json(load(query.token));',
      '});',
      "app.get('/b', (req, res) => {",
      '  const { token } = schema.parse(req.query);',
      '  res.json(load(token));',
      '});',
      "app.get('/c', (req, res) => {",
      '  const result = schema.safeParse(req.query);',
      '  if (result.success) res.json(load(result.data.token));',
      '});',
      "app.get('/d', async (req, res) => {",
      '  const q = await joiSchema.validateAsync(req.query);',
      '  res.json(load(q.token));',
      '});',
      "app.get('/e', (req, res) => {",
      '  const dto = plainToInstance(QueryDto, req.query);',
      '  res.json(load(dto.token));',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/routes.js', [
      { rule: 'query-token-accepted', ...at(code, 'query.token'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'token } ='), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'result.data.token'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'q.token'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'dto.token'), level: 'warning' },
    ]);
  });

  it("valibot's safeParse output, joi's validate value, yup's validate and superstruct's create carry it as well", () => {
    const code = [
      "import * as v from 'valibot';",
      "import { create } from 'superstruct';",
      '',
      'export async function handle(ctx, next) {',
      '  const parsed = v.safeParse(QuerySchema, ctx.query);',
      '  const checked = joiSchema.validate(ctx.query);',
      '  const cast = await yupSchema.validate(ctx.query);',
      '  const made = create(ctx.query, QueryStruct);',
      '  await verifySession(parsed.output.session_token);',
      '  await verifyKey(checked.value.api_key);',
      '  await verifyToken(cast.access_token);',
      '  await verifyTicket(made.ticket);',
      '  return next();',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/auth.js', [
      { rule: 'query-token-accepted', ...at(code, 'parsed.output.session_token'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'checked.value.api_key'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'cast.access_token'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'made.ticket'), level: 'warning' },
    ]);
  });

  it('a wrapper written in the same file, around zod or around a validator out of sight, carries it', () => {
    const code = [
      "import { z } from 'zod';",
      "import { check } from './check';",
      '',
      'function parseWithSchema(schema, input, message) {',
      '  const result = schema.safeParse(input);',
      '  if (!result.success) throw new Error(message);',
      '  return result.data;',
      '}',
      '',
      'function validated(schema, input) {',
      '  return check(schema, input);',
      '}',
      '',
      'export function onUpgrade(request, socket) {',
      "  const query = parseWithSchema(z.object({ token: z.string() }), request.query ?? {}, 'bad query');",
      '  socket.user = authenticate(query.token);',
      '}',
      '',
      'export function onConnect(request, socket) {',
      '  const { jwt } = validated(QuerySchema, request.query);',
      '  socket.user = authenticate(jwt);',
      '}',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/upgrade.js', [
      { rule: 'query-token-accepted', ...at(code, 'query.token'), level: 'warning' },
      { rule: 'query-token-accepted', ...at(code, 'jwt }'), level: 'warning' },
    ]);
  });

  it('stays silent on a parsed query read for other names, on the body or params parsed, and on calls that do not pass the query on', () => {
    const code = [
      "import express from 'express';",
      "import { z } from 'zod';",
      "import { parseWithSchema } from '../utils/validation';",
      '',
      'const app = express();',
      "app.get('/list', (req, res) => {",
      '  const query = schema.parse(req.query ?? {});',
      "  const filters = parseWithSchema(listSchema, req.query, 'bad filters');",
      '  const body = schema.parse(req.body);',
      '  const params = schema.parse(req.params);',
      '  const names = Object.keys(req.query);',
      '  const picked = schema.parse({ id: req.query.id });',
      '  if (Object.keys(req.query).length > 10) return res.status(400).end();',
      '  res.json(list(query.page, filters.pageToken, body.token, params.token, names.token, picked.token));',
      '});',
      '',
    ].join('\n');
    expectBothDoors(code, 'src/list.js', []);
  });

  const project = useTempProjects('schema-parsed-query');

  it("with a checker, the project's wrapper in another module is followed into its zod safeParse", () => {
    const handler = [
      "import type { FastifyRequest } from 'fastify';",
      "import { parseWithSchema } from './validation';",
      '',
      'export function extractToken(req: FastifyRequest): string {',
      "  const query = parseWithSchema(wsAuthQuerySchema, req.query ?? {}, 'Invalid WebSocket auth query');",
      "  return query.token ?? '';",
      '}',
      '',
    ].join('\n');
    const validation = [
      'interface Schema<T> {',
      '  safeParse(input: unknown): { success: true; data: T } | { success: false; data?: undefined };',
      '}',
      'export function parseWithSchema<T>(schema: Schema<T>, input: unknown, message: string): T {',
      '  const result = schema.safeParse(input);',
      '  if (!result.success) throw new Error(message);',
      '  return result.data;',
      '}',
      '',
    ].join('\n');
    const directory = project({ 'src/ws-auth.ts': handler, 'src/validation.ts': validation });
    const paths = [join(directory, 'src/ws-auth.ts'), join(directory, 'src/validation.ts')];
    const program = ts.createProgram(paths, { noEmit: true, strict: true });
    const found = analyzeProgram(program, paths).map((finding) => ({
      rule: finding.ruleId,
      line: finding.location.line,
      column: finding.location.column,
    }));
    expect(found).toEqual([{ rule: 'query-token-accepted', ...at(handler, 'query.token') }]);
  });
});
