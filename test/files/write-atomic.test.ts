import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  abortOutput,
  commitOutput,
  removePendingOutputsOnSignal,
  temporaryPathFor,
  trackPendingOutput,
  writeFileAtomic,
} from '../../src/files/write-atomic.js';

/** Outputs appear whole or not at all, on real files: the previous file survives a failed write, no temporary file is left. */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'urlleak-write-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('names the temporary file after the output and the process, hidden, in the same directory', () => {
    expect(temporaryPathFor('/out/report.json')).toBe(`/out/.report.json.urlleak-${process.pid}.tmp`);
  });

  it('writes every chunk in order and leaves only the output', () => {
    writeFileAtomic(join(dir, 'report.json'), ['{"a":', '1', '}\n']);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('replaces a previous file only when complete: a failure midway keeps it and removes the temporary file', () => {
    const output = join(dir, 'report.json');
    writeFileSync(output, 'previous');
    function* failing(): Generator<string> {
      yield 'partial';
      throw new Error('disk full');
    }
    expect(() => writeFileAtomic(output, failing())).toThrow('disk full');
    expect(readFileSync(output, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  /** Open descriptors of this process, where the system lists them (Linux, macOS). */
  const descriptorList = ['/proc/self/fd', '/dev/fd'].find((path) => existsSync(path));
  it.runIf(descriptorList !== undefined)('closes the file it writes, also when a chunk fails (no descriptor left open)', () => {
    const open = () => readdirSync(descriptorList ?? '').length;
    const before = open();
    writeFileAtomic(join(dir, 'a.json'), ['x']);
    expect(() =>
      writeFileAtomic(
        join(dir, 'b.json'),
        (function* failing() {
          yield 'x';
          throw new Error('disk full');
        })(),
      ),
    ).toThrow('disk full');
    expect(open()).toBe(before);
  });

  it('fails without leaving anything when the directory does not exist', () => {
    expect(() => writeFileAtomic(join(dir, 'missing', 'r.json'), ['x'])).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('commitOutput and abortOutput', () => {
  it('commit renames the temporary file into place; abort removes it and leaves the output', () => {
    const output = join(dir, 'copy.log');
    writeFileSync(temporaryPathFor(output), 'scrubbed');
    commitOutput(output);
    expect(readdirSync(dir)).toEqual(['copy.log']);
    expect(readFileSync(output, 'utf8')).toBe('scrubbed');
    writeFileSync(temporaryPathFor(output), 'half');
    abortOutput(output);
    expect(readdirSync(dir)).toEqual(['copy.log']);
    expect(readFileSync(output, 'utf8')).toBe('scrubbed');
    expect(() => abortOutput(output)).not.toThrow();
  });
});

describe('removePendingOutputsOnSignal', () => {
  /** The handlers it adds, called directly: emitting a signal in a test worker would reach the worker's own handlers. */
  function installed(): Map<string, () => void> {
    const emitter: NodeJS.EventEmitter = process;
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'exit'];
    const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
    removePendingOutputsOnSignal();
    const added = new Map<string, () => void>();
    for (const event of events) {
      const listeners = emitter.listeners(event).filter((listener) => !before.get(event)?.has(listener)) as (() => void)[];
      expect(listeners, event).toHaveLength(1);
      const [listener] = listeners;
      if (listener === undefined) continue;
      added.set(event, listener);
      emitter.removeListener(event, listener);
    }
    return added;
  }

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'])(
    'on %s removes the unfinished temporary files, keeps committed ones, then dies of the same signal',
    (signal) => {
      const handlers = installed();
      const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
      try {
        const pendingOutput = join(dir, 'pending.log');
        const doneOutput = join(dir, 'done.log');
        for (const output of [pendingOutput, doneOutput]) {
          trackPendingOutput(output);
          writeFileSync(temporaryPathFor(output), 'partial');
        }
        commitOutput(doneOutput);
        handlers.get(signal)?.();
        expect(readdirSync(dir)).toEqual(['done.log']);
        expect(kill).toHaveBeenCalledExactlyOnceWith(process.pid, signal);
      } finally {
        kill.mockRestore();
      }
    },
  );

  it('on a signal, a tracked output whose temporary file was never created is no error: the others are removed, the signal sent', () => {
    const handlers = installed();
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    try {
      trackPendingOutput(join(dir, 'never-opened.log'));
      trackPendingOutput(join(dir, 'pending.log'));
      writeFileSync(temporaryPathFor(join(dir, 'pending.log')), 'partial');
      handlers.get('SIGTERM')?.();
      expect(readdirSync(dir)).toEqual([]);
      expect(kill).toHaveBeenCalledExactlyOnceWith(process.pid, 'SIGTERM');
    } finally {
      kill.mockRestore();
    }
  });

  it('on exit removes the unfinished temporary files, once: a later one is not tracked', () => {
    const handlers = installed();
    const output = join(dir, 'pending.log');
    trackPendingOutput(output);
    writeFileSync(temporaryPathFor(output), 'partial');
    handlers.get('exit')?.();
    expect(existsSync(temporaryPathFor(output))).toBe(false);
    writeFileSync(temporaryPathFor(output), 'again');
    handlers.get('exit')?.();
    expect(existsSync(temporaryPathFor(output))).toBe(true);
  });
});
