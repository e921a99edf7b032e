// `-f lists:FILE.xlsx`: the four lists (问题隐患、制度措施、挂牌督办、追责问责“四个清单”, 晋政发〔2021〕1号) as one
// Excel workbook, one sheet each: a title row naming the notice's clause, a bold frozen header with an
// autofilter, dates as real Excel dates. exceljs is loaded here only, and only when the workbook is written.
import type { Lang } from '../i18n/index.js';
import { buildListSheets, type ListCell, type ListSheet } from './lists-sheets.js';
import type { FileReporter } from './types.js';

type Workbook = import('exceljs').Workbook;

const DATE_FORMAT = 'yyyy-mm-dd';

export const formatLists: FileReporter = async (run, { lang }) => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${run.tool.name} ${run.tool.version}`;
  // The run's own time, not the clock: the same run gives the same workbook properties.
  workbook.created = workbook.modified = new Date(run.generatedAt);
  for (const sheet of buildListSheets(run, lang)) addSheet(workbook, sheet, lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

function addSheet(workbook: Workbook, sheet: ListSheet, lang: Lang): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }] });
  worksheet.columns = sheet.columns.map((column) => ({ width: column.width }));
  const title = worksheet.getRow(1);
  title.getCell(1).value = sheet.title;
  title.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  title.height = lang === 'zh' ? 48 : 60;
  worksheet.mergeCells(1, 1, 1, sheet.columns.length);
  const header = worksheet.getRow(HEADER_ROW);
  header.values = sheet.columns.map((column) => column.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const cells of sheet.rows) {
    const row = worksheet.addRow(cells.map(cellValue));
    row.alignment = { vertical: 'top', wrapText: true };
    cells.forEach((cell, index) => {
      if (cell !== undefined && typeof cell === 'object') row.getCell(index + 1).numFmt = DATE_FORMAT;
    });
  }
  worksheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + sheet.rows.length, column: sheet.columns.length } };
}

/** The row under the title row that names the columns. */
const HEADER_ROW = 2;

/** A date as the UTC midnight Excel counts from (a date has no time zone); blank stays blank. */
function cellValue(cell: ListCell): string | number | Date | null {
  if (cell === undefined) return null;
  if (typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}
