// Where each value of an assessment came from. A ledger of 50,000 rows would add half a million entries (a
// pointer and a location per cell) to a plain map; a table is kept instead as its rows' lines, its columns
// and which cells were read, and a cell's location is made when a finding or a problem asks for it — the
// same answer the map would give.
import type { SourceLocation } from './types.js';

/** One table read into a list: its rows' lines, each column's pointer suffix and header, the cells read. */
export interface TableRegion {
  /** The list's JSON Pointer; row `i`, field `f` is `${pointer}/${i}${suffix of f}`. */
  pointer: string;
  file: string;
  sheet?: string;
  rowLines: readonly number[];
  /** Per column: the pointer suffix of the field it fills (`/deadline`, `/certificate/number`), '' for none, and its header. */
  columns: readonly { suffix: string; field: string }[];
  /** rows × columns: 1 where the cell was read (not empty, and a value of its type). */
  read: Uint8Array;
}

interface IndexedRegion extends TableRegion {
  bySuffix: Map<string, number>;
  /** A nested object (`/certificate`) is where the first of its cells that was read is: its columns, in order. */
  byParent: Map<string, number[]>;
}

export class SourceMapWithTables extends Map<string, SourceLocation> {
  private readonly regions: IndexedRegion[] = [];

  addTable(region: TableRegion): void {
    const bySuffix = new Map<string, number>();
    const byParent = new Map<string, number[]>();
    region.columns.forEach(({ suffix }, column) => {
      if (!suffix) return;
      bySuffix.set(suffix, column);
      const parent = suffix.slice(0, suffix.lastIndexOf('/'));
      if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), column]);
    });
    this.regions.push({ ...region, bySuffix, byParent });
  }

  override get(pointer: string): SourceLocation | undefined {
    return super.get(pointer) ?? this.locateCell(pointer);
  }

  override has(pointer: string): boolean {
    return super.has(pointer) || this.locateCell(pointer) !== undefined;
  }

  private locateCell(pointer: string): SourceLocation | undefined {
    for (const region of this.regions) {
      if (!pointer.startsWith(`${region.pointer}/`)) continue;
      const rest = pointer.slice(region.pointer.length + 1);
      const slash = rest.indexOf('/');
      const rowText = slash < 0 ? rest : rest.slice(0, slash);
      if (!/^\d+$/.test(rowText) || Number(rowText) >= region.rowLines.length) continue;
      const row = Number(rowText);
      const at = (column: number, field?: string): SourceLocation =>
        ({ file: region.file, ...(region.sheet !== undefined ? { sheet: region.sheet } : {}), line: region.rowLines[row]!, column, ...(field !== undefined ? { field } : {}) });
      if (slash < 0) return at(1);
      const suffix = rest.slice(slash);
      const wasRead = (column: number) => region.read[row * region.columns.length + column] === 1;
      const column = region.bySuffix.get(suffix);
      if (column !== undefined) return wasRead(column) ? at(column + 1, region.columns[column]!.field) : undefined;
      const first = region.byParent.get(suffix)?.find(wasRead);
      if (first !== undefined) return at(first + 1, region.columns[first]!.field);
    }
    return undefined;
  }
}
