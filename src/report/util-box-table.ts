// A terminal table drawn with box characters, each cell already wrapped to its column: the layout cli-table3
// draws for these tables, at a cost linear in the text (a long ledger's thousands of rows print at once).
import { displayWidth } from './util-wrap-text.js';

const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * The table in pieces: the top and the header, then each row as it comes, then the bottom. `widths` include
 * one space of padding on each side, as cli-table3's `colWidths` do.
 */
export function* drawBoxTable(head: readonly string[], rows: Iterable<readonly string[]>, widths: readonly number[]): Generator<string> {
  const rule = (left: string, middle: string, right: string) => `${left}${widths.map((width) => '─'.repeat(width)).join(middle)}${right}`;
  const draw = (cells: readonly string[]): string => {
    const lines = cells.map((cell) => cell.split('\n'));
    const height = Math.max(...lines.map((cell) => cell.length));
    return Array.from({ length: height }, (_, index) =>
      `│${lines.map((cell, column) => pad(cell[index] ?? '', widths[column]! - 2)).join('│')}│`,
    ).join('\n');
  };
  const between = rule('├', '┼', '┤');
  yield `${rule('┌', '┬', '┐')}\n${draw(head)}`;
  for (const row of rows) yield `\n${between}\n${draw(row)}`;
  yield `\n${rule('└', '┴', '┘')}`;
}

const pad = (text: string, width: number): string => ` ${text}${' '.repeat(Math.max(0, width - displayWidth(text.replace(ANSI, ''))))} `;
