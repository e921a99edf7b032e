import { createHash } from 'node:crypto';
import type { Localized, MessageRef } from '../i18n/index.js';
import { joinPointer, locatePointer, type AbsentColumn, type SourceMap } from '../input/index.js';
import type { Citation, CompiledRule, PackLets, Program, Severity, Template } from '../rules/index.js';
import { resolvePath } from './resolve-path.js';
import type { Finding, Status } from './types.js';

/** What a rule sees of one enterprise: CEL variables, where values came from, and whose they are. */
export interface EvaluationTarget {
  context: Record<string, unknown>;
  sourceMap: SourceMap;
  creditCode: string;
  /** Each pack's `let` values for this enterprise, computed once, and why any could not be. */
  lets?: Map<PackLets, { values: Record<string, unknown>; unavailable: Map<string, MessageRef> }>;
  /**
   * Passes and not-applicable results will only be counted (evaluate without `keepPasses`): they are made
   * without the fingerprint and location a report would need.
   */
  countPasses?: boolean;
}

/** One rule → its findings: one per item for `each` rules, else one. Never throws. */
export function evaluateRule(rule: CompiledRule, base: EvaluationTarget): Finding[] {
  const target = withLets(rule, base);
  if (!rule.each) return [judge(rule, target, target.context, undefined)];
  const list = resolvePath(target.context, rule.each);
  if (!Array.isArray(list)) {
    const pointer = joinPointer(rule.each);
    return [makeFinding(rule, target, { status: 'indeterminate', pointer, reason: { key: 'reason-missing', params: { path: rule.each.join('.') } } })];
  }
  if (list.length === 0) return [makeFinding(rule, target, { status: 'not-applicable', pointer: joinPointer(rule.each), reason: { key: 'reason-empty-list' } })];
  // The item joins the enterprise's context without copying it: one object per item, whatever the context holds.
  return list.map((item, index) => judge(rule, target, withItem(target.context, item), { item, index }));
}

/** A rule that reads a column its CSV ledger lacks: one undecided finding at the ledger's header, naming the column. */
export function undecidedForColumn(rule: CompiledRule, target: EvaluationTarget, column: AbsentColumn): Finding {
  const { file, sheet } = column.location;
  const reason = { key: 'reason-missing-column', params: { file: sheet !== undefined ? `${file}!${sheet}` : file, column: column.column, field: column.field } };
  return { ...makeFinding(rule, withLets(rule, target), { status: 'indeterminate', pointer: column.pointer, reason, ...escalation(rule, target.context) }), location: column.location };
}

interface Item {
  item: unknown;
  index: number;
}

const withItem = (context: Record<string, unknown>, item: unknown): Record<string, unknown> => Object.assign(Object.create(context) as Record<string, unknown>, { it: item });

function judge(rule: CompiledRule, target: EvaluationTarget & { unavailable?: Map<string, MessageRef> }, context: Record<string, unknown>, item: Item | undefined): Finding {
  // Where the finding points and which item it names are worked out only for a finding that is kept.
  const finish = (outcome: Omit<Outcome, 'pointer' | 'item'>): Finding => {
    if (isCounted(target, outcome.status)) return countedFinding(rule, outcome.status, outcome.severity ?? rule.severity);
    const itemPointer = item && rule.each ? joinPointer([...rule.each, item.index]) : undefined;
    const key = item ? itemKey(item) : undefined;
    return makeFinding(rule, target, { ...outcome, pointer: pointAt(rule, itemPointer), ...(key !== undefined ? { item: key } : {}) });
  };
  if (rule.when) {
    const applies = run(rule.when, context, target.unavailable);
    if (applies.error) return finish({ status: 'indeterminate', reason: applies.error });
    if (applies.value !== true) return finish({ status: 'not-applicable' });
  }
  const escalated = escalation(rule, context, target.unavailable);
  const holds = run(rule.assert, context, target.unavailable);
  if (holds.error) return finish({ ...escalated, status: 'indeterminate', reason: holds.error });
  if (holds.value === true) return finish({ ...escalated, status: 'pass' });
  return finish({ ...escalated, status: 'fail', message: render(rule.message, context) });
}

const isCounted = (target: EvaluationTarget, status: Status): status is 'pass' | 'not-applicable' =>
  target.countPasses === true && (status === 'pass' || status === 'not-applicable');

/** The first `escalate` step whose condition holds for this enterprise (or item); none when none holds or can be decided. */
function escalation(rule: CompiledRule, context: Record<string, unknown>, unavailable?: Map<string, MessageRef>): Pick<Outcome, 'severity' | 'sources'> {
  for (const step of rule.escalate ?? []) {
    if (run(step.when, context, unavailable).value === true) return { severity: step.severity, sources: [...rule.sources, ...step.sources] };
  }
  return {};
}

function run(program: Program, context: Record<string, unknown>, unavailable?: Map<string, MessageRef>): { value?: unknown; error?: MessageRef } {
  try {
    return { value: program(context) };
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const missing = /^(No such key|Unknown variable): (.+)$/.exec(detail);
    const why = missing && unavailable?.get(missing[2] ?? '');
    if (why) return { error: why };
    return { error: missing ? { key: 'reason-missing', params: { path: missing[2] ?? '' } } : { key: 'reason-error', params: { detail } } };
  }
}

/** The rule's pack `let` values joined to the context, computed on first use for this enterprise. */
function withLets(rule: CompiledRule, target: EvaluationTarget): EvaluationTarget & { unavailable?: Map<string, MessageRef> } {
  if (!rule.lets) return target;
  const cache = target.lets ?? new Map();
  let computed = cache.get(rule.lets);
  if (!computed) {
    const values = { ...target.context };
    const unavailable = new Map<string, MessageRef>();
    for (const { name, program } of rule.lets.definitions) {
      const result = run(program, values, unavailable);
      if (result.error) unavailable.set(name, result.error);
      else values[name] = result.value;
    }
    cache.set(rule.lets, (computed = { values, unavailable }));
  }
  return { ...target, lets: cache, context: computed.values, unavailable: computed.unavailable };
}

function pointAt(rule: CompiledRule, itemPointer: string | undefined): string {
  if (!rule.at) return itemPointer ?? '';
  const [head, ...rest] = rule.at;
  return head === 'it' && itemPointer !== undefined ? itemPointer + joinPointer(rest) : joinPointer(rule.at);
}

function itemKey({ item, index }: Item): string {
  const id = resolvePath(item, ['id']);
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

/** Fill `${…}` parts; a part that cannot be evaluated shows as `?` rather than failing the finding. */
function render(message: { zh: Template; en: Template }, context: Record<string, unknown>): Localized {
  const fill = (template: Template) =>
    template.map((part) => (typeof part === 'string' ? part : formatValue(run(part, context).value))).join('');
  return { zh: fill(message.zh), en: fill(message.en) };
}

function formatValue(value: unknown): string {
  if (value === undefined) return '?';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  return String(value);
}

interface Outcome {
  status: Status;
  /** Set when an `escalate` step applies: the severity and citations that replace the rule's own. */
  severity?: Severity;
  sources?: Citation[];
  pointer: string;
  item?: string;
  message?: Localized;
  reason?: MessageRef;
}

function makeFinding(rule: CompiledRule, target: EvaluationTarget, outcome: Outcome): Finding {
  if (isCounted(target, outcome.status)) return countedFinding(rule, outcome.status, outcome.severity ?? rule.severity);
  // One object shape for every finding (optional fields present but undefined): hundreds of thousands of
  // findings from a long ledger stay cheap to build and to serialise.
  return {
    ruleId: rule.id,
    pack: rule.pack,
    title: rule.title,
    severity: outcome.severity ?? rule.severity,
    dimension: rule.dimension,
    status: outcome.status,
    item: outcome.item,
    pointer: outcome.pointer,
    location: locatePointer(target.sourceMap, outcome.pointer),
    message: outcome.message ?? rule.title,
    sources: outcome.sources ?? rule.sources,
    remediation: rule.remediation,
    reason: outcome.reason,
    edition: rule.edition,
    fingerprint: fingerprint(target.creditCode, rule.id, outcome.item),
    waiver: undefined,
  };
}

/**
 * A pass or a not-applicable result that will only be counted: one shared object per rule, status and
 * severity, since nothing of the item (its key, pointer, message or location) is reported — a rule checked
 * over a 50,000-trip log makes 50,000 references, not 50,000 findings.
 */
const countedFindings = new WeakMap<CompiledRule, Map<string, Finding>>();

function countedFinding(rule: CompiledRule, status: Status, severity: Severity): Finding {
  let byOutcome = countedFindings.get(rule);
  if (!byOutcome) countedFindings.set(rule, (byOutcome = new Map()));
  const key = `${status}|${severity}`;
  let finding = byOutcome.get(key);
  if (!finding) {
    finding = {
      ruleId: rule.id, pack: rule.pack, title: rule.title, severity, dimension: rule.dimension, status, item: undefined, pointer: '', location: undefined,
      message: rule.title, sources: rule.sources, remediation: rule.remediation, reason: undefined, edition: rule.edition, fingerprint: '', waiver: undefined,
    };
    byOutcome.set(key, finding);
  }
  return finding;
}

export function fingerprint(creditCode: string, ruleId: string, item: string | undefined): string {
  return createHash('sha256').update(`${creditCode}\u0000${ruleId}\u0000${item ?? ''}`).digest('hex').slice(0, 16);
}
