// One enterprise in the Word report, as in the html: facts, verdict, the five-in-place chart (SVG with a PNG
// fallback) and its counts, shutdown-level and major findings in full, the hazard ledger, then the rest.
import type { EnterpriseResult, Finding } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import type { Blocks, Block } from './docx-blocks.js';
import { drawChartSvg } from './html-chart.js';
import { hazardLedgerFindings } from './html-findings.js';
import { sectorNames } from './html-enterprise.js';
import type { PackSummary } from './types.js';
import { layoutFiveInPlaceChart } from './util-chart-layout.js';
import { drawChartPng } from './util-chart-png.js';
import { enterpriseEditions } from './util-enterprise-editions.js';
import { formatCitation } from './util-format-citation.js';
import { formatLocation } from './util-format-location.js';
import { STATE_MARK } from './util-format-verdict.js';
import { countStatuses, groupFindings } from './util-group-findings.js';

const VERDICT_COLOUR = { shutdown: '7A1010', major: 'C62828', incomplete: '6A1B9A', rectify: 'B85C00', compliant: '2E7D32' } as const;

const findingText = (finding: Finding, lang: Lang) => (finding.status === 'indeterminate' && finding.reason ? translate(lang, finding.reason) : finding.message[lang]);
const waiverText = (finding: Finding, lang: Lang) => (finding.waiver ? `\n${t(lang, 'report-waiver', finding.waiver)}` : '');

/** One enterprise; only the first after the cover opens a page — the others follow on, as in the printed html. */
export function docxEnterprise(b: Blocks, result: EnterpriseResult, packs: readonly PackSummary[], lang: Lang, newPage: boolean): Block[] {
  const { enterprise, file } = result;
  const editions = enterpriseEditions(result, packs).map((pack) => pack.editions.map((edition) => edition.citation[lang]).join('、')).join('\n');
  const facts: [string, string][] = [
    [t(lang, 'html-credit-code'), enterprise.creditCode],
    ...(enterprise.region ? [[t(lang, 'html-region'), enterprise.region] as [string, string]] : []),
    [t(lang, 'html-sectors'), sectorNames(enterprise.sectors, packs, lang) || '—'],
    ...(editions ? [[t(lang, 'html-editions'), editions] as [string, string]] : []),
    [t(lang, 'html-assessment-date'), enterprise.assessmentDate ?? '—'],
    [t(lang, 'html-assessor'), enterprise.assessor ?? '—'],
    [t(lang, 'html-file'), file],
  ];
  const verdict = `${t(lang, 'report-verdict')}：${t(lang, `verdict-${result.verdict}`)}`;
  return [
    b.heading(1, enterprise.name, { pageBreakBefore: newPage }),
    b.facts(facts),
    b.text(verdict, { bold: true, colour: VERDICT_COLOUR[result.verdict], size: 30, keepNext: true }),
    b.text(t(lang, `html-verdict-note-${result.verdict}`), { muted: true, keepNext: true }),
    ...(result.undecided > 0 && result.verdict !== 'incomplete' ? [b.text(t(lang, 'verdict-undecided', { count: result.undecided }), { bold: true })] : []),
    ...fiveInPlace(b, result, lang),
    ...findings(b, result, lang),
  ];
}

function fiveInPlace(b: Blocks, result: EnterpriseResult, lang: Lang): Block[] {
  const chart = layoutFiveInPlaceChart(result, lang);
  const width = 600;
  const image = new b.d.ImageRun({
    type: 'svg',
    data: Buffer.from(drawChartSvg(chart).markup),
    fallback: { type: 'png', data: drawChartPng(chart) },
    transformation: { width, height: Math.round((chart.height / chart.width) * width) },
    altText: { name: chart.title, description: chart.title, title: chart.title },
  });
  const rows = result.fiveInPlace.map((rollUp) => [
    t(lang, `dimension-${rollUp.dimension}`),
    `${STATE_MARK[rollUp.state]} ${t(lang, `state-${rollUp.state}`)}`,
    ...[rollUp.fails.shutdown, rollUp.fails.major, rollUp.fails.general, rollUp.counts.indeterminate, rollUp.counts.pass, rollUp.counts['not-applicable']].map(String),
  ]);
  const header = ['five-in-place', 'html-results', 'severity-shutdown', 'severity-major', 'severity-general', 'status-indeterminate', 'status-pass', 'status-not-applicable'] as const;
  return [
    b.heading(2, t(lang, 'five-in-place')),
    new b.d.Paragraph({ children: [image], keepNext: true }),
    b.text(t(lang, 'doc-chart-caption-docx'), { muted: true, size: 18, keepNext: true }),
    b.table(header.map((key) => t(lang, key)), rows),
    b.text(t(lang, 'report-counts', countStatuses(result)), { muted: true }),
  ];
}

function findings(b: Blocks, result: EnterpriseResult, lang: Lang): Block[] {
  const groups = groupFindings(result);
  const first = groups.find((group) => group.key === 'report-shutdown-major');
  const ledger = hazardLedgerFindings(result.findings);
  const rest = groups
    .filter((group) => group !== first)
    .map(({ key, findings: all }) => ({ key, findings: all.filter((finding) => !ledger.includes(finding)) }))
    .filter((group) => group.findings.length > 0);
  const where = (finding: Finding) => formatLocation(finding.location, result.file);
  const blocks: Block[] = [];
  if (first) {
    blocks.push(b.heading(2, t(lang, first.key)));
    for (const finding of first.findings) blocks.push(...findingCard(b, finding, where(finding), lang));
  }
  if (ledger.length) {
    blocks.push(b.heading(2, t(lang, 'html-hazard-ledger')));
    blocks.push(b.table(['html-hazard-item', 'report-severity', 'report-finding', 'report-remediation', 'report-location'].map((key) => t(lang, key as 'report-finding')),
      ledger.map((finding) => [finding.item ?? '', t(lang, `severity-${finding.severity}`), findingText(finding, lang), finding.remediation[lang], `${finding.ruleId}\n${where(finding)}`]), [12, 8, 32, 30, 18]));
  }
  for (const group of rest) {
    blocks.push(b.heading(2, t(lang, group.key)));
    blocks.push(b.table(['report-rule', 'report-severity', 'report-finding', 'report-location', 'report-remediation'].map((key) => t(lang, key as 'report-finding')),
      group.findings.map((finding) => [finding.ruleId, t(lang, `severity-${finding.severity}`), `${finding.title[lang]}\n${findingText(finding, lang)}${waiverText(finding, lang)}`, where(finding), finding.remediation[lang]]), [12, 8, 36, 16, 28]));
  }
  if (!result.findings.some((finding) => finding.status === 'fail' || finding.status === 'indeterminate')) blocks.push(b.text(t(lang, 'report-none')));
  return blocks;
}

/** A shutdown-level or major finding in full: a heading, then what, where, the basis and the remediation. */
function findingCard(b: Blocks, finding: Finding, location: string, lang: Lang): Block[] {
  const basis = finding.sources.map((source) => `• ${formatCitation(source, lang)}`).join('\n');
  return [
    b.heading(3, `[${t(lang, `severity-${finding.severity}`)}] ${finding.ruleId} ${finding.title[lang]}`),
    b.table(undefined, [
      [t(lang, 'report-finding'), findingText(finding, lang) + waiverText(finding, lang)],
      [t(lang, 'report-location'), location],
      [t(lang, 'report-basis'), basis],
      [t(lang, 'report-remediation'), finding.remediation[lang]],
    ], [16, 84]),
  ];
}
