// A result as the spool, the cache and the workers pass it on: JSON without what the rule set already says.
// A finding repeats its rule's pack, title, dimension, remediation, edition and citations (a kilobyte, in
// two languages), and a rule's tally its five counts by name; written out for every enterprise of a group,
// that was most of the text, and of the time spent reading it back. Here a finding keeps only what
// is its own — a field equal to its rule's is left out and filled in again from the rule's heading when read
// — and a tally is five numbers in status order. What comes back equals what went in
// (test/cli/result-text.test.ts); the rule set is the same one, since the cache's key holds the build, the
// packs and the audit date.
import { isDeepStrictEqual } from 'node:util';
import { emptyTally, STATUSES, type EnterpriseResult, type Finding, type Tally } from '../engine/index.js';
import type { CompiledRule, RuleHeading, RuleSet } from '../rules/index.js';

/** The fields a finding shares with its rule, left out of the text where they are the rule's. */
const FROM_RULE = ['pack', 'title', 'dimension', 'sources', 'remediation', 'edition'] as const;

type Compact = Omit<EnterpriseResult, 'findings' | 'tally'> & { findings: Partial<Finding>[]; tally: Record<string, number[]> };

/** How results are written to text and read back: as plain JSON, or without what their rules say (`ResultText`). */
export interface ResultCodec {
  write(result: EnterpriseResult): string;
  read(text: string): EnterpriseResult;
}

/** A text, or its UTF-8 bytes: a result read from the cache stays bytes on its way to the spool's file. */
export type Text = string | Uint8Array;

export const bytesOf = (text: Text): Buffer => (typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength));
export const stringOf = (text: Text): string => (typeof text === 'string' ? text : bytesOf(text).toString('utf8'));

/** Results whose rules are not at hand (a `merge` of reports, a baseline): JSON as it is. */
export const PLAIN_JSON: ResultCodec = { write: (result) => JSON.stringify(result), read: (text) => JSON.parse(text) as EnterpriseResult };

export class ResultText implements ResultCodec {
  private readonly bySectors = new Map<string, Map<string, RuleHeading>>();
  private readonly rulesBySectors = new Map<string, Map<string, CompiledRule>>();

  /** Reading needs only the rules' headings (a run whose results all come from the cache compiles no pack). */
  constructor(private readonly rules: Pick<RuleSet, 'headingsFor' | 'rulesFor'>) {}

  write(result: EnterpriseResult): string {
    const headings = this.headings(result);
    const rules = this.compiled(result);
    const findings = result.findings.map((finding) => {
      const heading = headings.get(finding.ruleId);
      if (!heading) return finding;
      // A field the engine took from the compiled rule is that very object, equal to the heading's (the rule
      // set names its rules as it compiles them); anything else is compared with the heading's in full.
      const rule = rules.get(finding.ruleId);
      const own: Partial<Finding> = { ...finding };
      for (const field of FROM_RULE) if ((rule && finding[field] === rule[field]) || isDeepStrictEqual(finding[field], heading[field])) delete own[field];
      // JSON has no undefined: an edition absent where the rule has one is written as null.
      if (finding.edition === undefined && heading.edition !== undefined) (own as Record<string, unknown>).edition = null;
      if ((rule && finding.message === rule.title) || isDeepStrictEqual(finding.message, heading.title)) delete own.message;
      return own;
    });
    const tally: Record<string, number[]> = {};
    for (const id in result.tally) tally[id] = STATUSES.map((status) => result.tally[id]![status]);
    return JSON.stringify({ ...result, findings, tally } satisfies Compact);
  }

  read(text: string): EnterpriseResult {
    const compact = JSON.parse(text) as Compact;
    const headings = this.headings(compact);
    const tally: Record<string, Tally> = {};
    for (const id in compact.tally) {
      const counts = compact.tally[id]!;
      const named = emptyTally();
      for (let index = 0; index < STATUSES.length; index++) named[STATUSES[index]!] = counts[index]!;
      tally[id] = named;
    }
    const findings = compact.findings.map((own) => {
      const heading = headings.get(own.ruleId!);
      if (!heading) return own as Finding;
      // In the order the engine makes a finding, so that whatever walks one meets its fields as before.
      return {
        ruleId: own.ruleId!, pack: own.pack ?? heading.pack, title: own.title ?? heading.title, severity: own.severity!, dimension: own.dimension ?? heading.dimension,
        status: own.status!, item: own.item, pointer: own.pointer!, location: own.location, message: own.message ?? heading.title,
        sources: own.sources ?? heading.sources, remediation: own.remediation ?? heading.remediation, reason: own.reason,
        edition: 'edition' in own ? (own.edition ?? undefined) : heading.edition, fingerprint: own.fingerprint!, waiver: own.waiver,
        ...('baselineState' in own ? { baselineState: own.baselineState } : {}), ...('firstSeen' in own ? { firstSeen: own.firstSeen } : {}),
      } satisfies Finding;
    });
    return { ...compact, findings, tally };
  }

  /** The compiled rules a result was just evaluated with (a result written here always was), by id. */
  private compiled(result: Pick<EnterpriseResult, 'enterprise'>): Map<string, CompiledRule> {
    return byId(this.rulesBySectors, result, (sectors) => this.rules.rulesFor(sectors));
  }

  /** The headings of the rules in force for the result's sectors, by id. */
  private headings(result: Pick<EnterpriseResult, 'enterprise'>): Map<string, RuleHeading> {
    return byId(this.bySectors, result, (sectors) => this.rules.headingsFor(sectors));
  }
}

/** `list(sectors)` by id, made once per set of sectors. */
function byId<T extends { id: string }>(made: Map<string, Map<string, T>>, result: Pick<EnterpriseResult, 'enterprise'>, list: (sectors: readonly string[]) => T[]): Map<string, T> {
  const sectors = result.enterprise?.sectors ?? [];
  const key = sectors.join('\0');
  let found = made.get(key);
  if (!found) made.set(key, (found = new Map(list(sectors).map((item) => [item.id, item]))));
  return found;
}
