import { describe, expect, it } from 'vitest';
import { parseCsv, readTable } from '../../src/input/index.js';
import { SourceMapWithTables } from '../../src/input/table-source-map.js';
import { generalSections } from '../../src/schema/index.js';

const operatorItem = (generalSections.training.properties!.specialOperators as { items: NonNullable<typeof generalSections.hazards.items> }).items;

/** The operators' ledger read into `/training/specialOperators` of a map that already holds YAML entries. */
function readOperators(csv: string) {
  const sourceMap = new SourceMapWithTables([['/training', { file: 'enterprise.yaml', line: 12, column: 3 }]]);
  const table = parseCsv(csv, 'ops.csv').value!;
  const read = readTable(table, operatorItem, 'ops.csv', { pointer: '/training/specialOperators', sourceMap });
  return { sourceMap, read };
}

describe('a source map holding a table', () => {
  const csv = '姓名,作业类别,特种作业操作证.证书编号,有效期至\n示例：张三,电工作业,T0,2027/1/1\n王五,电工作业,T1,2027/1/1\n赵六,焊接与热切割作业,,2027/2/30\n';
  const { sourceMap, read } = readOperators(csv);

  it('locates a row, a cell and a nested object at its first cell read, skipping the example row', () => {
    expect(sourceMap.get('/training/specialOperators/0')).toEqual({ file: 'ops.csv', line: 3, column: 1 });
    expect(sourceMap.get('/training/specialOperators/0/operation')).toEqual({ file: 'ops.csv', line: 3, column: 2, field: '作业类别' });
    expect(sourceMap.get('/training/specialOperators/0/certificate')).toEqual({ file: 'ops.csv', line: 3, column: 3, field: '特种作业操作证.证书编号' });
    expect(sourceMap.has('/training/specialOperators/1/name')).toBe(true);
  });

  it('has no entry for an empty cell or one that could not be read, nor for a nested object with no cell read', () => {
    expect(read.value!.leftOut).toEqual(['/training/specialOperators/1/certificate/expiresOn']);
    expect(sourceMap.get('/training/specialOperators/1/certificate/number')).toBeUndefined();
    expect(sourceMap.get('/training/specialOperators/1/certificate/expiresOn')).toBeUndefined();
    expect(sourceMap.has('/training/specialOperators/1/certificate')).toBe(false);
  });

  it('has nothing beyond the rows read, and keeps the YAML entries it was made with', () => {
    expect(sourceMap.get('/training/specialOperators/2')).toBeUndefined();
    expect(sourceMap.get('/training/specialOperators/x/name')).toBeUndefined();
    expect(sourceMap.get('/training')).toEqual({ file: 'enterprise.yaml', line: 12, column: 3 });
    expect(sourceMap.get('/training/other')).toBeUndefined();
  });
});
