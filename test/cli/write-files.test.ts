import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryName, writeFilesAtomically } from '../../src/cli/write-files.js';

describe('writeFilesAtomically', () => {
  it('given a leftover temporary file of a killed run, removes it and writes the report', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'write-files-'));
    const target = join(folder, 'audit.json');
    const leftover = temporaryName(target, 'a1b2c3');
    writeFileSync(leftover, 'half a report');
    await writeFilesAtomically([{ path: target, content: '{}' }]);
    expect(existsSync(leftover)).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('{}');
    expect(readdirSync(folder)).toEqual(['audit.json']);
  });

  it('given streamed pieces, writes their text and bytes in order, however they fall across its buffer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'write-files-'));
    const target = join(folder, 'audit.json');
    // CJK and a surrogate pair (3 and 4 bytes in UTF-8), pieces small and larger than the buffer, and bytes between.
    const pieces: (string | Uint8Array)[] = [];
    for (let i = 0; i < 3000; i++) pieces.push(`重大危险源🚒${i}`.repeat(1 + (i % 97)));
    pieces.splice(1500, 0, '重大危险源'.repeat(400_000), Buffer.from('\n[bytes]\n'), '');
    // Ten bytes short of the 1 MiB buffer, then five characters that take fifteen.
    pieces.unshift(...Array.from({ length: 1048 }, () => 'a'.repeat(1000)), 'a'.repeat(566), '重大危险源');
    async function* stream() {
      yield* pieces;
    }
    await writeFilesAtomically([{ path: target, content: stream() }]);
    const expected = Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));
    expect(readFileSync(target).equals(expected)).toBe(true);
  });

  it('names temporary files so that they are hidden and recognisable', () => {
    expect(temporaryName('/out/report.html', 'ff00')).toBe('/out/.report.html.safety-audit.ff00.tmp');
  });

  it('given a target that cannot be written, leaves nothing behind and says which file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'write-files-'));
    const blocked = join(folder, 'sub');
    writeFileSync(blocked, 'a file where a folder should be');
    const error = await writeFilesAtomically([{ path: join(blocked, 'audit.json'), content: '{}' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(readdirSync(folder)).toEqual(['sub']);
  });
});
