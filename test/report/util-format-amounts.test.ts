import { describe, expect, it } from 'vitest';
import { formatAmounts } from '../../src/report/util-format-amounts.js';

describe('formatAmounts', () => {
  it.each([
    ['given a whole number of 万, writes 万元', '应提取 61040000 元', '应提取 6,104 万元'],
    ['given hundreds of yuan over 10,000, writes 万元 with two decimals at most', '差 38000 元、2760000 元、12300 元', '差 3.8 万元、276 万元、1.23 万元'],
    ['given an amount not exact in 万元, keeps 元 with separators', '实际仅提取 1234567.89 元', '实际仅提取 1,234,567.89 元'],
    ['given floating-point noise, rounds to the fen', '应累计提取 2583333.3333333335 元', '应累计提取 2,583,333.33 元'],
    ['given a small amount or a rate, leaves it as it is', '吨煤 50 元，露天5元/吨', '吨煤 50 元，露天5元/吨'],
    ['given a figure already in 万元, leaves it', '低于山西省规定的 30 万元', '低于山西省规定的 30 万元'],
    ['given years and counts, leaves them', '2026 年已满 11 个月', '2026 年已满 11 个月'],
    ['given English, groups thousands in yuan', 'due 61040000 yuan, paid 1234567.5 yuan', 'due 61,040,000 yuan, paid 1,234,567.50 yuan'],
  ])('%s', (_name, text, expected) => {
    expect(formatAmounts(text)).toBe(expected);
  });
});
