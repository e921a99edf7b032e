// The four sheets of the lists workbook as plain tables (title, columns, rows): what `lists.ts` writes with
// exceljs, and what a test can count without reading a workbook.
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { formatCitation } from './util-format-citation.js';
import { formatLocation } from './util-format-location.js';
import { accountabilityReasons, consecutiveRuns, daysOverdue, isPersisting, itemFindings, listItems, supervisionReasons, type ListItem, type ListReason } from './util-list-items.js';
import type { AuditRun } from './types.js';

/** A cell: text, a number, or a date (`yyyy-mm-dd`, written as an Excel date); undefined is left blank. */
export type ListCell = string | number | { date: string } | undefined;

export interface ListColumn {
  header: string;
  /** In characters. */
  width: number;
}

export interface ListSheet {
  name: string;
  /** Which clause of the notice the sheet serves, and what it is drawn from. */
  title: string;
  columns: ListColumn[];
  rows: ListCell[][];
}

type Column = { key: MessageKey; width: number; cell: (item: ListItem) => ListCell };

const date = (value: string | undefined): ListCell => (value ? { date: value } : undefined);

/** The four sheets, in the notice's order: 问题隐患、制度措施、挂牌督办、追责问责. */
export function buildListSheets(run: AuditRun, lang: Lang): ListSheet[] {
  const items = listItems(Array.from(run.enterprises));
  const c = columns(run.asOf, lang);
  const sheet = (key: 'problems' | 'measures' | 'supervision' | 'accountability', chosen: Column[], rows: ListItem[]): ListSheet => ({
    name: t(lang, `lists-sheet-${key}`),
    title: t(lang, `lists-clause-${key}`, { asOf: run.asOf }),
    columns: chosen.map((column) => ({ header: t(lang, column.key), width: column.width })),
    rows: rows.map((item) => chosen.map((column) => column.cell(item))),
  });
  const supervised = (item: ListItem) => supervisionReasons(item, run.asOf).length > 0;
  const accountable = (item: ListItem) => accountabilityReasons(item, run.asOf).length > 0;
  return [
    sheet('problems', [c.enterprise, c.creditCode, c.source, c.description, c.level, c.dimension, c.basis, c.location, c.found, c.status], items),
    sheet('measures', [c.enterprise, c.creditCode, c.source, c.description, c.level, c.measure, c.owner, c.deadline, c.deadlineRule, c.status], items),
    sheet('supervision', [c.enterprise, c.creditCode, c.source, c.description, c.level, { ...c.reason, cell: (item) => reasons(supervisionReasons(item, run.asOf), lang) }, c.found, c.deadline, c.overdue, c.reported, c.owner, c.status], items.filter(supervised)),
    sheet('accountability', [c.enterprise, c.creditCode, c.source, c.description, c.level, { ...c.reason, cell: (item) => reasons(accountabilityReasons(item, run.asOf), lang) }, c.found, c.runs, c.deadline, c.overdue, c.owner, c.status], items.filter(accountable)),
  ];
}

const reasons = (list: ListReason[], lang: Lang) => list.map((reason) => t(lang, `lists-reason-${reason}`)).join('；');

const HAZARD_STATUS: Record<string, MessageKey> = { 未整改: 'lists-hazard-open', 整改中: 'lists-hazard-in-progress' };
const HAZARD_LEVEL: Record<string, MessageKey> = { 重大: 'severity-major', 一般: 'severity-general' };

const unique = (values: string[], separator = '；') => [...new Set(values)].join(separator);

function columns(asOf: string, lang: Lang) {
  const column = (key: MessageKey, width: number, cell: Column['cell']): Column => ({ key, width, cell });
  const findings = itemFindings;
  return {
    enterprise: column('lists-col-enterprise', 28, (item) => item.result.enterprise.name),
    creditCode: column('lists-col-credit-code', 21, (item) => item.result.enterprise.creditCode),
    source: column('lists-col-source', 22, (item) => {
      if (item.finding) return t(lang, 'lists-source-rule', { rule: `${item.finding.ruleId}${item.finding.item !== undefined ? ` ${item.finding.item}` : ''}` });
      const rules = unique(item.about.map((finding) => finding.ruleId), lang === 'zh' ? '、' : ', ');
      return [t(lang, 'lists-source-ledger', { id: item.hazard.id }), ...(rules ? [t(lang, 'lists-source-rule', { rule: rules })] : [])].join('\n');
    }),
    description: column('lists-col-description', 48, (item) => (item.finding ? item.finding.message[lang] : item.hazard.description)),
    level: column('lists-col-level', 10, (item) => (item.finding ? t(lang, `severity-${item.finding.severity}`) : HAZARD_LEVEL[item.hazard.level] ? t(lang, HAZARD_LEVEL[item.hazard.level]!) : item.hazard.level)),
    dimension: column('lists-col-dimension', 10, (item) => unique(findings(item).map((finding) => t(lang, `dimension-${finding.dimension}`))) || undefined),
    basis: column('lists-col-basis', 40, (item) => unique(findings(item).flatMap((finding) => finding.sources.map((source) => formatCitation(source, lang)))) || undefined),
    location: column('lists-col-location', 30, (item) => formatLocation(item.finding?.location ?? item.hazard?.location, item.result.file)),
    found: column('lists-col-found', 12, (item) => date(item.finding ? item.finding.firstSeen ?? asOf : item.hazard.foundOn)),
    status: column('lists-col-status', 12, (item) =>
      item.finding ? t(lang, isPersisting(item.finding) ? 'lists-status-persisting' : 'lists-status-finding') : HAZARD_STATUS[item.hazard.status] ? t(lang, HAZARD_STATUS[item.hazard.status]!) : item.hazard.status),
    measure: column('lists-col-measure', 48, (item) => unique(findings(item).map((finding) => finding.remediation[lang])) || t(lang, 'lists-measure-ledger')),
    owner: column('lists-col-owner', 12, (item) => item.hazard?.owner ?? item.result.enterprise.principal),
    deadline: column('lists-col-deadline', 12, (item) => date(item.hazard?.deadline)),
    deadlineRule: column('lists-col-deadline-rule', 36, (item) =>
      t(lang, item.finding ? `lists-deadline-${item.finding.severity}` : item.hazard.deadline ? 'lists-deadline-ledger' : 'lists-deadline-none')),
    reason: column('lists-col-reason', 24, () => undefined),
    overdue: column('lists-col-overdue', 10, (item) => (item.hazard && daysOverdue(item.hazard, asOf) > 0 ? daysOverdue(item.hazard, asOf) : undefined)),
    reported: column('lists-col-reported', 14, (item) => date(item.hazard?.reportedToRegulator)),
    runs: column('lists-col-runs', 10, (item) => consecutiveRuns(item)),
  };
}
