// The bundled road-transport fixture placed as a folder's enterprise.yaml: its `$csv` names the very file the
// folder convention reads, which is one source, not two.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runMain } from './run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'safety-audit-includes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function enterpriseFolder(name: string, withLedger: boolean): string {
  const dir = join(temp, name);
  mkdirSync(dir);
  copyFileSync(join(ROOT, 'fixtures/road-transport/compliant.yaml'), join(dir, 'enterprise.yaml'));
  if (withLedger) copyFileSync(join(ROOT, 'fixtures/road-transport/rt-driving-logs.csv'), join(dir, 'rt-driving-logs.csv'));
  return dir;
}

describe('includes in an enterprise folder', () => {
  it('given the road-transport fixture as enterprise.yaml beside the ledger its $csv names, checks it as compliant', async () => {
    enterpriseFolder('yunda', true);
    const run = await runMain(['check', 'yunda', '--as-of', '2026-11-20'], { cwd: temp });
    expect(run.stdout).not.toContain('输入错误，未检查');
    expect(run.code).toBe(0);
  });

  it('given that folder without the ledger, names the missing file at the $csv value in the YAML', async () => {
    enterpriseFolder('no-ledger', false);
    const run = await runMain(['check', 'no-ledger', '--as-of', '2026-11-20', '--lang', 'en'], { cwd: temp });
    expect(run.stdout).toContain('no-ledger/enterprise.yaml:167:23 roadTransport.drivingLogs: the included file rt-driving-logs.csv does not exist');
    expect(run.code).toBe(2);
  });
});
