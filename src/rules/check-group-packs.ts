// A group's own packs (`--rules DIR`) beside the bundled ones: nothing of theirs may be mistaken for, or
// replace, something bundled. Each problem is located in the group's pack file.
import type { Localized } from '../i18n/index.js';
import { errorAt, locatePointer, type Diagnostic } from '../input/index.js';
import { baseAssessmentSchema } from '../schema/index.js';
import type { Pack } from './types.js';

/** A group pack's own section: `x` and a capital (`xGroup`), a name no bundled pack or general section takes. */
export const GROUP_SECTION = /^x[A-Z][A-Za-z0-9]*$/;

const RULE_ID: Localized = { zh: '规则编号', en: 'rule id' };
const PACK_ID: Localized = { zh: '规则包名', en: 'pack name' };
const SECTION: Localized = { zh: '章节', en: 'section' };

/**
 * The group packs' problems, in the order given: a missing `idPrefix` or one a bundled pack uses, a section not
 * named `x…`, and a pack name, rule id or section already used by a bundled pack or an earlier group pack.
 */
export function checkGroupPacks(bundled: readonly Pack[], group: readonly Pack[]): Diagnostic[] {
  // Without group packs there is nothing to check, and the bundled packs' rules are not read.
  if (!group.length) return [];
  const prefixes = new Map(bundled.flatMap((pack) => pack.rules.map((rule) => [rule.id.split('-')[0]!, pack.pack] as const)));
  const label = (pack: Pack): Localized =>
    pack.origin ? { zh: `集团规则包 ${pack.pack}`, en: `the group pack ${pack.pack}` } : { zh: `内置规则包 ${pack.pack}`, en: `the bundled pack ${pack.pack}` };
  const seen = {
    packs: new Map(bundled.map((pack) => [pack.pack, label(pack)])),
    rules: new Map(bundled.flatMap((pack) => pack.rules.map((rule) => [rule.id, label(pack)] as const))),
    sections: new Map<string, Localized>([
      ...Object.keys(baseAssessmentSchema.properties ?? {}).map((section) => [section, { zh: '自评文件通用部分', en: 'the general part of the assessment' }] as const),
      ...bundled.flatMap((pack) => (pack.section ? [[pack.section, label(pack)] as const] : [])),
    ]),
  };
  return group.flatMap((pack) => {
    const at = (pointer: string, code: Diagnostic['code'], params: Record<string, string | Localized>) =>
      errorAt(code, { key: code, params }, locatePointer(pack.sourceMap, pointer), pointer);
    const clash = (map: Map<string, Localized>, name: string, what: Localized, pointer: string) => {
      const other = map.get(name);
      if (other === undefined) return (map.set(name, label(pack)), []);
      return [at(pointer, 'pack-group-collision', { what, name, other })];
    };
    const prefix = pack.idPrefix;
    return [
      ...(prefix === undefined ? [at('/pack', 'pack-group-prefix-missing', { pack: pack.pack })] : []),
      ...(prefix !== undefined && prefixes.has(prefix) ? [at('/idPrefix', 'pack-group-prefix-taken', { prefix, other: prefixes.get(prefix)! })] : []),
      ...clash(seen.packs, pack.pack, PACK_ID, '/pack'),
      ...(pack.section !== undefined && !GROUP_SECTION.test(pack.section) ? [at('/section', 'pack-group-section', { section: pack.section })] : []),
      ...(pack.section !== undefined ? clash(seen.sections, pack.section, SECTION, '/section') : []),
      ...pack.rules.flatMap((rule, index) => clash(seen.rules, rule.id, RULE_ID, `/rules/${index}/id`)),
    ];
  });
}
