// Building blocks of the Word report, over the lazily imported `docx` module: headings with Word's own
// Heading styles, plain paragraphs, and tables with a header row that repeats on every page.
import type * as Docx from 'docx';

export type DocxModule = typeof Docx;
export type Block = Docx.Paragraph | Docx.Table;

const BORDER = { style: 'single', size: 4, color: 'D1D9E0' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

export class Blocks {
  constructor(readonly d: DocxModule) {}

  heading(level: 1 | 2 | 3, text: string, options: { pageBreakBefore?: boolean } = {}): Docx.Paragraph {
    const heading = ({ 1: this.d.HeadingLevel.HEADING_1, 2: this.d.HeadingLevel.HEADING_2, 3: this.d.HeadingLevel.HEADING_3 } as const)[level];
    return new this.d.Paragraph({ heading, text, keepNext: true, ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}) });
  }

  /** A paragraph; `\n` in the text becomes a line break. */
  text(text: string, style: { bold?: boolean; colour?: string; size?: number; muted?: boolean; keepNext?: boolean } = {}): Docx.Paragraph {
    const color = style.colour ?? (style.muted ? '59636E' : undefined);
    const runs = text.split('\n').map((line, index) => new this.d.TextRun({ text: line, break: index ? 1 : 0, ...(style.bold ? { bold: true } : {}), ...(color ? { color } : {}), ...(style.size ? { size: style.size } : {}) }));
    return new this.d.Paragraph({ children: runs, spacing: { after: 80 }, ...(style.keepNext ? { keepNext: true } : {}) });
  }

  /** A table: a header row (if given) repeated on each page, then one row per entry, each cell a text or paragraphs. */
  table(header: string[] | undefined, rows: (string | Docx.Paragraph[])[][], widths?: number[]): Docx.Table {
    const cell = (content: string | Docx.Paragraph[], head = false, index = 0) =>
      new this.d.TableCell({
        children: typeof content === 'string' ? [this.cellText(content, head)] : content,
        ...(head ? { shading: { type: this.d.ShadingType.CLEAR, color: 'auto', fill: 'F6F8FA' } } : {}),
        ...(widths ? { width: { size: widths[index]!, type: this.d.WidthType.PERCENTAGE } } : {}),
      });
    return new this.d.Table({
      width: { size: 100, type: this.d.WidthType.PERCENTAGE },
      borders: BORDERS,
      rows: [
        ...(header ? [new this.d.TableRow({ tableHeader: true, cantSplit: true, children: header.map((text, index) => cell(text, true, index)) })] : []),
        ...rows.map((row) => new this.d.TableRow({ cantSplit: true, children: row.map((content, index) => cell(content, false, index)) })),
      ],
    });
  }

  cellText(text: string, bold = false): Docx.Paragraph {
    return new this.d.Paragraph({ children: text.split('\n').map((line, index) => new this.d.TextRun({ text: line, break: index ? 1 : 0, bold, size: 19 })) });
  }

  /** Label and value rows (the cover's and an enterprise's facts), as a borderless two-column table kept with what follows. */
  facts(rows: [string, string][]): Docx.Table {
    const none = { style: 'none', size: 0, color: 'FFFFFF' } as const;
    return new this.d.Table({
      width: { size: 100, type: this.d.WidthType.PERCENTAGE },
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: rows.map(([label, value]) => new this.d.TableRow({
        children: [
          new this.d.TableCell({ width: { size: 24, type: this.d.WidthType.PERCENTAGE }, children: [new this.d.Paragraph({ keepNext: true, children: [new this.d.TextRun({ text: label, color: '59636E' })] })] }),
          new this.d.TableCell({ width: { size: 76, type: this.d.WidthType.PERCENTAGE }, children: [this.text(value, { keepNext: true })] }),
        ],
      })),
    });
  }
}
