import { createEngineRule } from './create-engine-rule.js';

export default createEngineRule({
  id: 'log-middleware-url',
  messageId: 'middlewareLogsFullUrl',
  suggestionIds: ['useRedactingMorgan', 'redactUrlToken'],
  optionNames: ['extraLoggerNames'],
});
