// A terminal table drawn with box characters, each cell already wrapped to its column: the layout cli-table3
// draws for these tables, at a cost linear in the text (a long ledger's thousands of rows print at once).
import { displayWidth } from './util-wrap-text.js';

const ANSI = /\x1b\[[0-9;]*m/g;

/** `widths` include one space of padding on each side, as cli-table3's `colWidths` do. */
export function formatBoxTable(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): string {
  const rule = (left: string, middle: string, right: string) => `${left}${widths.map((width) => '─'.repeat(width)).join(middle)}${right}`;
  const draw = (cells: readonly string[]): string[] => {
    const lines = cells.map((cell) => cell.split('\n'));
    const height = Math.max(...lines.map((cell) => cell.length));
    return Array.from({ length: height }, (_, index) =>
      `│${lines.map((cell, column) => pad(cell[index] ?? '', widths[column]! - 2)).join('│')}│`,
    );
  };
  const body = rows.flatMap((row, index) => [...(index ? [rule('├', '┼', '┤')] : []), ...draw(row)]);
  return [rule('┌', '┬', '┐'), ...draw(head), ...(rows.length ? [rule('├', '┼', '┤'), ...body] : []), rule('└', '┴', '┘')].join('\n');
}

const pad = (text: string, width: number): string => ` ${text}${' '.repeat(Math.max(0, width - displayWidth(text.replace(ANSI, ''))))} `;
