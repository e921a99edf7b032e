import type { EnterpriseResult } from '../engine/index.js';
import type { EnterpriseList } from './types.js';

/** The enterprises of a list, each changed by `map` as it is read: nothing is copied ahead. */
export function mapEnterprises(list: EnterpriseList, map: (result: EnterpriseResult) => EnterpriseResult): EnterpriseList {
  return {
    length: list.length,
    ...(list.overview ? { overview: list.overview } : {}),
    *[Symbol.iterator]() {
      for (const result of list) yield map(result);
    },
  };
}

/** The first enterprise of a list, read alone; undefined for none. */
export function firstEnterprise(list: EnterpriseList): EnterpriseResult | undefined {
  for (const result of list) return result;
  return undefined;
}
