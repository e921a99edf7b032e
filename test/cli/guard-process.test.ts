import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { guardProcess } from '../../src/cli/index.js';
import { writeFilesAtomically } from '../../src/cli/write-files.js';

/** A process double: signals and stdout errors are events, exit is recorded. */
function fakeProcess() {
  return Object.assign(new EventEmitter(), { stdout: new EventEmitter(), exitCode: undefined as number | undefined, exit: vi.fn() });
}

/** A report write held open (its content a stream we end later), so the signal arrives mid-write. */
async function writeInProgress(folder: string) {
  const content = new PassThrough();
  content.write('<html>');
  const writing = writeFilesAtomically([{ path: join(folder, 'report.html'), content: content as unknown as Uint8Array }]).catch((error: unknown) => error);
  while (!readdirSync(folder).some((name) => name.endsWith('.tmp'))) await new Promise((resolve) => setTimeout(resolve, 1));
  return { finish: async () => (content.end(), writing) };
}

describe('guardProcess', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ])('given %s during a report write, removes the temporary file and exits %i', async (signal, code) => {
    const folder = mkdtempSync(join(tmpdir(), 'guard-'));
    const proc = fakeProcess();
    guardProcess(proc as unknown as NodeJS.Process);
    const write = await writeInProgress(folder);
    proc.emit(signal);
    expect(proc.exit).toHaveBeenCalledWith(code);
    expect(readdirSync(folder)).toEqual([]);
    await write.finish();
    expect(existsSync(join(folder, 'report.html'))).toBe(false);
  });

  it('given a closed stdout (EPIPE), ends quietly with the exit code so far and leaves no temporary file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'guard-'));
    const proc = fakeProcess();
    guardProcess(proc as unknown as NodeJS.Process);
    const write = await writeInProgress(folder);
    proc.stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(proc.exit).toHaveBeenCalledWith(0);
    expect(readdirSync(folder)).toEqual([]);
    await write.finish();
  });
});
