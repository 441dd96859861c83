import { safeText } from '../../report/safe-text.js';

/**
 * Why a file could not be analyzed, in one line for a report: no stack, nothing of the input unprotected. Running
 * out of stack is the input's fault (generated or hostile code nested thousands deep); anything else is ours.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'too deeply nested (ran out of stack)';
  const message = error instanceof Error ? error.message : String(error);
  return `an internal error of urlleak (${safeText(message.split('\n')[0] ?? '')})`;
}
