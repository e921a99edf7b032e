import { beforeAll, describe, expect, it } from 'vitest';
import { type AuditRun } from '../../src/report/index.js';
import { reporters } from './all-formats.js';
import { sampleRun } from './sample-run.js';

let run: AuditRun;
let markdown: string;
beforeAll(async () => {
  run = await sampleRun();
  markdown = reporters.markdown(run, { lang: 'zh', color: false });
});

describe('formatMarkdown', () => {
  it('opens with the group summary: one row per enterprise with verdict and five marks', () => {
    expect(markdown).toMatch(/^# 安全生产合规检查报告\n/);
    expect(markdown).toContain('| 企业 | 结论 | 主体责任 | 基础管理 | 安全投入 | 安全培训 | 应急救援 | 不合规 | 未能判定 |');
    expect(markdown).toMatch(/\| 山西晋丰精细化工有限公司 \| 停产整顿 \| (✖ \| ){5}\d+ \| 0 \|/);
  });

  it('lists shutdown-level and major findings first, with basis and remediation', () => {
    const section = markdown.slice(markdown.indexOf('## 山西晋丰精细化工有限公司'));
    const major = section.indexOf('### 停产整顿级与重大隐患');
    const general = section.indexOf('### 一般问题');
    expect(major).toBeGreaterThan(0);
    expect(general).toBeGreaterThan(major);
    expect(section.slice(major, general)).toMatch(/- \*\*GEN-MGT-002\*\* .+ — `fixtures\/general\/violating-licence\.yaml:53:3`\n {2}- 依据: 安全生产许可证条例/);
    expect(section.slice(major, general)).toContain('  - 整改: ');
  });

  it('shows waived findings with reason, approver and expiry', () => {
    expect(markdown).toContain('豁免：验收资料补录中（批准人 集团安全部，有效期至 2027-01-31）');
  });

  it('escapes markup from the input so it cannot render as HTML or break a table', () => {
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('\\| \\*粗体\\* \\`code\\`');
  });

  it('lists files that could not be checked with their located errors', () => {
    expect(markdown).toContain('## 输入错误，未检查\n\n- `fixtures/malformed/bad-date.yaml:13:5 hazards[0].foundOn: 应为日期 YYYY-MM-DD`');
  });

  it('speaks English with --lang en', () => {
    const english = reporters.markdown(run, { lang: 'en', color: false });
    expect(english).toMatch(/^# Work-safety compliance audit\n/);
    expect(english).toContain('**Verdict: Shut down for rectification');
  });
});
