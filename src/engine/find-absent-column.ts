import type { AbsentColumn } from '../input/index.js';
import type { CompiledRule } from '../rules/index.js';

/**
 * The first CSV column a rule reads that its ledger does not have, if any. A rule reads a column when it
 * touches the column's list (as its `each`, or through a member chain) and a chain from an item variable
 * (`it`, or a comprehension's `u`) names the field or its parent. Top-level chains (`hazards.size`) name
 * no field of an item.
 */
export function findAbsentColumn(
  rule: CompiledRule,
  absent: readonly AbsentColumn[],
  sections: ReadonlySet<string>,
  reads: readonly string[] = rule.reads,
): AbsentColumn | undefined {
  if (absent.length === 0) return undefined;
  const each = rule.each?.join('.');
  return absent.find((column) => {
    const touches = each === column.list || rule.reads.some((chain) => chain === column.list || chain.startsWith(`${column.list}.`));
    if (!touches) return false;
    return reads.some((chain) => {
      const [head = '', ...rest] = chain.split('.');
      if (head === 'it' ? each !== column.list : sections.has(head)) return false;
      const member = rest.join('.');
      return member === column.field || member.startsWith(`${column.field}.`) || column.field.startsWith(`${member}.`);
    });
  });
}
