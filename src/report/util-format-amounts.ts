/**
 * Amounts in a finding's text as a reader of a signed report expects them: `61040000 元` → `6,104 万元`,
 * `1234567.89 元` → `1,234,567.89 元`, `200000 yuan` → `200,000 yuan`. 万元 only where it is exact (a whole
 * number of hundreds, so at most two decimals of 万), never a rounded figure beside an exact one.
 */
export function formatAmounts(text: string): string {
  return text
    .replace(/(?<![\d.,])(\d+(?:\.\d+)?)(\s*)元/g, (_whole, digits: string, space: string) => formatYuan(Number(digits), space))
    .replace(/(?<![\d.,])(\d+(?:\.\d+)?)(\s*)yuan\b/g, (_whole, digits: string, space: string) => `${groupThousands(Number(digits))}${space}yuan`);
}

function formatYuan(amount: number, space: string): string {
  const hundreds = Math.round(amount * 100) / 100;
  if (hundreds >= 10_000 && Number.isInteger(hundreds / 100)) return `${(hundreds / 10_000).toLocaleString('en-US', { maximumFractionDigits: 2 })}${space}万元`;
  return `${groupThousands(hundreds)}${space}元`;
}

/** 1234567.891 → `1,234,567.89`, 12.5 → `12.50`, 300 → `300`: two decimals, none when whole. */
const groupThousands = (amount: number): string => {
  const decimals = Number.isInteger(Math.round(amount * 100) / 100) ? 0 : 2;
  return amount.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
};
