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
