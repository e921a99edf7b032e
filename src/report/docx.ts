// `-f docx:FILE`: the consultant's report as an editable Word document, with the same content as the html —
// cover, group summary, each enterprise (facts, verdict, five-in-place chart, findings with basis, location and
// remediation), files not checked, the disclaimer and signature, and with `--appendix` every rule checked —
// in Word's own Heading 1–3 styles, real tables, and the chart as an image. `docx` is imported only here, when asked.
import type * as Docx from 'docx';
import { t, translate, type Lang } from '../i18n/index.js';
import { Blocks, type Block } from './docx-blocks.js';
import { docxEnterprise } from './docx-enterprise.js';
import type { AuditRun, FileReporter } from './types.js';
import { countVerdicts } from './util-count-verdicts.js';
import { coverFacts, soleEnterprise } from './util-cover-facts.js';
import { documentRun } from './util-document-run.js';
import { packsThatApply } from './util-enterprise-editions.js';
import { formatCitation } from './util-format-citation.js';
import { formatDiagnostic } from './util-format-diagnostic.js';
import { STATE_MARK } from './util-format-verdict.js';
import { rulesChecked } from './util-group-findings.js';

const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Microsoft YaHei' };
const INK = '1F2328';
const heading = (size: number, before: number) => ({ run: { font: FONT, size, bold: true, color: INK }, paragraph: { spacing: { before, after: 120 }, keepNext: true } });
/** Word's own styles, set to the report's look: a CJK font, dark headings (Heading 1–3 stay the styles Word lists). */
const STYLES = {
  document: { run: { font: FONT, size: 21 } },
  title: { run: { font: FONT, size: 48, bold: true, color: INK } },
  heading1: heading(32, 360),
  heading2: heading(26, 240),
  heading3: heading(22, 160),
};

export const formatDocx: FileReporter = async (given, { lang, appendix = false }) => {
  const d = await import('docx');
  const run = documentRun(given);
  const b = new Blocks(d);
  const several = run.enterprises.length + run.inputErrors.length > 1;
  const children: Block[] = [
    ...cover(b, run, lang),
    ...(several ? groupSummary(b, run, lang) : []),
    ...Array.from(run.enterprises).flatMap((result, index) => docxEnterprise(b, result, run.packs, lang, index === 0 && !several)),
    ...problems(b, run, lang),
    ...signoff(b, run, lang),
    ...(appendix && run.enterprises.length ? appendixBlocks(b, run, lang) : []),
  ];
  const document = new d.Document({
    creator: `${run.tool.name} ${run.tool.version}`,
    title: [t(lang, 'report-title'), run.reportMeta?.client ?? soleEnterprise(run)?.name].filter(Boolean).join(' — '),
    styles: { default: STYLES },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, footers: { default: footer(d) }, children }],
  });
  return new Uint8Array(await d.Packer.toBuffer(document));
};

const footer = (d: typeof Docx) =>
  new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: [d.PageNumber.CURRENT, ' / ', d.PageNumber.TOTAL_PAGES], size: 16, color: '59636E' })] })] });

function cover(b: Blocks, run: AuditRun, lang: Lang): Block[] {
  const only = soleEnterprise(run);
  const count = run.enterprises.length + run.inputErrors.length;
  const client = run.reportMeta?.client;
  const packs = packsThatApply(run).map((pack) => [
    pack.title[lang],
    [pack.editions.map((edition) => edition.citation[lang]).join('\n') || '—', ...(pack.notice ? [`⚠ ${translate(lang, pack.notice)}`] : [])].join('\n'),
    String(pack.rules),
  ]);
  return [
    new b.d.Paragraph({ heading: b.d.HeadingLevel.TITLE, text: t(lang, 'report-title'), spacing: { before: 2400, after: 400 } }),
    b.text(client ?? only?.name ?? t(lang, 'html-cover-enterprises', { count }), { bold: true, size: 36 }),
    ...(only && client && client !== only.name ? [b.text(only.name, { muted: true })] : []),
    ...(only ? [b.text(`${t(lang, 'html-credit-code')} ${only.creditCode}`, { muted: true })] : []),
    b.facts(coverFacts(run, lang).map(({ key, value }) => [t(lang, key), value])),
    b.heading(2, t(lang, 'doc-packs-applied')),
    b.table([t(lang, 'html-packs'), t(lang, 'html-editions'), t(lang, 'html-pack-rules')], packs, [30, 60, 10]),
  ];
}

function groupSummary(b: Blocks, run: AuditRun, lang: Lang): Block[] {
  const header = [t(lang, 'report-enterprise'), t(lang, 'report-verdict'), ...(Array.from(run.enterprises)[0]?.fiveInPlace ?? []).map((r) => t(lang, `dimension-${r.dimension}`)), t(lang, 'state-undecided')];
  const rows = Array.from(run.enterprises).map((result) => [`${result.enterprise.name}\n${result.enterprise.creditCode}`, t(lang, `verdict-${result.verdict}`), ...result.fiveInPlace.map((r) => STATE_MARK[r.state]), String(result.undecided)]);
  return [
    b.heading(1, t(lang, 'report-group-summary'), { pageBreakBefore: true }),
    b.text(t(lang, 'report-summary', { enterprises: run.enterprises.length + run.inputErrors.length, ...countVerdicts(run), invalid: run.inputErrors.length })),
    b.table(header, rows),
    b.text(t(lang, 'html-summary-note'), { muted: true }),
  ];
}

function problems(b: Blocks, run: AuditRun, lang: Lang): Block[] {
  const errors = run.inputErrors.flatMap(({ file, diagnostics }) => diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, file, lang)));
  const notices = run.notices.map((notice) => formatDiagnostic(notice, notice.location?.file ?? '', lang));
  return [
    ...(errors.length ? [b.heading(1, t(lang, 'report-input-errors')), ...errors.map((line) => b.text(line))] : []),
    ...(notices.length ? [b.heading(1, t(lang, 'report-notices')), ...notices.map((line) => b.text(line))] : []),
  ];
}

function signoff(b: Blocks, run: AuditRun, lang: Lang): Block[] {
  const meta = run.reportMeta;
  return [
    ...(meta?.disclaimer ? [b.heading(2, t(lang, 'doc-disclaimer')), b.text(meta.disclaimer.trimEnd(), { muted: true })] : []),
    ...(meta?.signature ? [b.heading(2, t(lang, 'doc-signature')), b.text(meta.signature.trimEnd())] : []),
  ];
}

function appendixBlocks(b: Blocks, run: AuditRun, lang: Lang): Block[] {
  const rows = rulesChecked(run).map((finding) => [
    `${finding.ruleId}\n${finding.pack.id} ${finding.pack.version}`,
    finding.title[lang],
    t(lang, `severity-${finding.severity}`),
    t(lang, `dimension-${finding.dimension}`),
    finding.sources.map((source) => formatCitation(source, lang)).join('\n'),
  ]);
  return [
    b.heading(1, t(lang, 'html-appendix'), { pageBreakBefore: true }),
    b.table(['report-rule', 'html-rule-title', 'report-severity', 'five-in-place', 'report-basis'].map((key) => t(lang, key as 'report-rule')), rows, [14, 30, 8, 10, 38]),
  ];
}
