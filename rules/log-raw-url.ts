import { createEngineRule } from './create-engine-rule.js';

export default createEngineRule({
  id: 'log-raw-url',
  messageId: 'rawUrlLogged',
  suggestionIds: ['logPathWithoutQuery'],
  optionNames: ['extraLoggerNames'],
});
