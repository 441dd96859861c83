import { createEngineRule } from './create-engine-rule.js';

export default createEngineRule({
  id: 'ws-token-in-url',
  messageId: 'tokenInSocketUrl',
  suggestionIds: ['useAuthOption', 'useAuthTokenOption'],
  optionNames: ['extraSecretNames'],
});
