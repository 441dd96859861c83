import { createEngineRule } from './create-engine-rule.js';

export default createEngineRule({
  id: 'token-in-request-url',
  messageId: 'tokenInRequestUrl',
  suggestionIds: [],
  optionNames: ['extraSecretNames'],
});
