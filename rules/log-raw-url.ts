import { createEngineRule } from './create-engine-rule.js';

export default createEngineRule({
  id: 'log-raw-url',
  messageId: 'rawUrlLogged',
  suggestionIds: ['redactLoggedUrl', 'logPathWithoutQuery'],
  optionNames: ['extraLoggerNames'],
});
