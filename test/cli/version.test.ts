// `--version` names the tool, then every bundled pack with its version and the editions of the standard it
// encodes, with their windows — read from the packs themselves, so a new edition shows without code changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledPackFiles } from '../../src/cli/package-info.js';
import { ROOT, runCli, type CliRun } from '../e2e/run-cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
let run: CliRun;
let lines: string[];
beforeAll(() => {
  run = runCli(['--version']);
  lines = run.stdout.trimEnd().split('\n');
});

describe('safety-audit --version', () => {
  it('prints the tool and its version first, and exits 0 with nothing on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(lines[0]).toBe(`safety-audit ${pkg.version}`);
  });

  it('then one line per bundled pack, pack@version, general first', () => {
    const packs = bundledPackFiles().map((file) => /^pack: (.+)$/m.exec(readFileSync(file, 'utf8'))![1]);
    expect(lines.slice(1).map((line) => line.split('@')[0])).toEqual(packs);
    expect(lines[1]).toMatch(/^general@2021\.1  （不分版本：全部规则适用）$/);
  });

  it('names the fire pack by the GB 35181 edition it encodes, its window and its successor', () => {
    expect(lines.find((line) => line.startsWith('fire-safety@'))).toBe(
      'fire-safety@2017.1  gb2017 GB 35181-2017《重大火灾隐患判定方法》 … → 2025-10-31（已由 GB 35181-2025《重大火灾隐患判定规则》 代替）',
    );
  });

  it('shows the road-transport criteria of 2023 as an edition in force from 2023-10-01', () => {
    expect(lines.find((line) => line.startsWith('road-transport@'))).toBe(
      'road-transport@2021.1  yh2023 道路运输企业和城市客运企业安全生产重大事故隐患判定标准（试行）（交通运输部，2023年） 2023-10-01 → …',
    );
  });
});
