import { createEngineRule } from './create-engine-rule.js';

export default createEngineRule({
  id: 'ws-insecure-scheme',
  messageId: 'insecureSocketScheme',
  suggestionIds: ['useSecureScheme'],
  optionNames: ['allowedHosts'],
});
