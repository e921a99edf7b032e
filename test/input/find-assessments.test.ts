import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAssessments } from '../../src/input/index.js';

describe('findAssessments with links', () => {
  it('given subsidiaries linked into the group folder, a link back up and a broken link, finds each assessment once and names the broken one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'find-links-'));
    const shared = join(root, 'shared');
    const group = join(root, 'group');
    mkdirSync(join(shared, '甲公司'), { recursive: true });
    mkdirSync(join(group, '乙公司'), { recursive: true });
    writeFileSync(join(shared, '甲公司', 'enterprise.yaml'), 'enterprise:\n  name: 甲公司\n');
    writeFileSync(join(group, '乙公司', 'enterprise.yaml'), 'enterprise:\n  name: 乙公司\n');
    symlinkSync(join(shared, '甲公司'), join(group, '甲公司'));
    symlinkSync(group, join(group, '乙公司', 'loop'));
    symlinkSync(join(root, 'gone.yaml'), join(group, '丙公司.yaml'));
    const found = await findAssessments([group]);
    expect(found.files.map((file) => relative(group, file))).toEqual(['丙公司.yaml', '乙公司/enterprise.yaml', '甲公司/enterprise.yaml']);
    expect(found.unreadable).toEqual([]);
  });
});
