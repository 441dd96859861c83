#!/usr/bin/env node
import { run } from '../dist/src/cli/run.js';
import { removePendingOutputsOnSignal } from '../dist/src/files/write-atomic.js';
import { safeText } from '../dist/src/report/safe-text.js';

// A reader that stops early (`urlleak logs big.log | head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Exit status 1 means "findings" to CI: a failure of urlleak itself must never look like one. It exits 2, with a
// message that went through the same redaction as findings.
const failInternally = (error) => {
  process.stderr.write(`urlleak: internal error: ${safeText(String(error?.message ?? error))}\n`);
  process.exit(2);
};
process.on('uncaughtException', failInternally);
process.on('unhandledRejection', failInternally);
removePendingOutputsOnSignal();

const { exitCode } = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
});
process.exitCode = exitCode;
