import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.js';
import { parseCsv, readTable } from '../../src/input/index.js';
import { generalSections, tableColumns } from '../../src/schema/index.js';

const hazardItem = generalSections.hazards.items!;
const operatorItem = (generalSections.training.properties!.specialOperators as { items: typeof hazardItem }).items;
const read = (csv: string, item = hazardItem) => {
  const table = parseCsv(csv, 'hazards.csv');
  return table.value ? readTable(table.value, item, 'hazards.csv') : table;
};

describe('readTable', () => {
  it('given Chinese headers, Excel date styles and 是/否, reads rows as the schema types them, each cell located', () => {
    const csv = '隐患编号,隐患描述,隐患等级,发现日期,整改期限,整改状态,向职工通报日期\r\nYH-1,罐区报警器失效,重大,2021/3/5,2021年4月5日,整改中,44290\r\nYH-2,消防通道堵塞,一般,2021.3.6,,已整改,\r\n';
    const { value, diagnostics } = read(csv);
    expect(diagnostics).toEqual([]);
    expect(value?.rows).toEqual([
      { id: 'YH-1', description: '罐区报警器失效', level: '重大', foundOn: '2021-03-05', deadline: '2021-04-05', status: '整改中', reportedToEmployees: '2021-04-04' },
      { id: 'YH-2', description: '消防通道堵塞', level: '一般', foundOn: '2021-03-06', status: '已整改' },
    ]);
    expect(value?.sourceMap.get('/0/deadline')).toEqual({ file: 'hazards.csv', line: 2, column: 5, field: '整改期限' });
    expect(value?.sourceMap.get('/1')).toEqual({ file: 'hazards.csv', line: 3, column: 1 });
  });

  it('given a required object (a certificate) whose columns are in the header, does not ask for a column of its own', () => {
    const item = { type: 'object', required: ['name', 'certificate'], properties: { name: { type: 'string', title: '姓名' }, certificate: { type: 'object', title: '证书', properties: { number: { type: 'string', title: '证书编号' } } } } };
    expect(read('姓名,证书编号\r\n王五,T-1\r\n', item).value?.rows).toEqual([{ name: '王五', certificate: { number: 'T-1' } }]);
    expect(read('姓名\r\n王五\r\n', item).diagnostics).toMatchObject([{ code: 'csv-missing-column', message: { params: { column: '证书', field: 'certificate' } } }]);
  });

  it('given English field names in any case and spacing, maps them too', () => {
    const { value } = read(' ID ,Description, LEVEL ,foundon,Status\nYH-1,d,一般,2021-03-05,未整改\n');
    expect(value?.rows).toEqual([{ id: 'YH-1', description: 'd', level: '一般', foundOn: '2021-03-05', status: '未整改' }]);
  });

  it('given nested fields, accepts dotted names and unique leaf titles', () => {
    expect(tableColumns(operatorItem).find((c) => c.path.join('.') === 'certificate.expiresOn')?.names).toEqual([
      'certificate.expiresOn', '特种作业操作证.有效期至', 'expiresOn', '有效期至',
    ]);
    const { value } = read('姓名,作业类别,特种作业操作证.证书编号,有效期至\n王五,电工作业,T1,2027/1/1\n', operatorItem);
    expect(value?.rows).toEqual([{ name: '王五', operation: '电工作业', certificate: { number: 'T1', expiresOn: '2027-01-01' } }]);
  });

  it('given a cell that cannot be read, reports it at the cell with its pointer and keeps the rest of the row', () => {
    const { value, diagnostics } = read('隐患编号,隐患描述,隐患等级,发现日期,整改状态\nYH-1,d,一般,2021-02-30,未整改\n');
    expect(diagnostics).toMatchObject([{ code: 'csv-bad-value', location: { file: 'hazards.csv', line: 2, column: 4, field: '发现日期' } }]);
    expect(value?.leftOut).toEqual(['/0/foundOn']);
    expect(translate('zh', diagnostics[0]!.message)).toContain('「2021-02-30」不是真实存在的日期');
    expect(value?.rows).toEqual([{ id: 'YH-1', description: 'd', level: '一般', status: '未整改' }]);
  });

  it.each([
    ['an unknown column', '隐患编号,隐患描述,隐患等级,发现日期,整改状态,备注\n', 'hazards.csv', 1, 6, '备注', '未知的列「备注」（请检查表头拼写，可用字段名或中文名）'],
    ['a missing required column', '隐患编号,隐患描述,隐患等级,发现日期\n', 'hazards.csv', 1, 1, undefined, '缺少必填列「整改状态」（status）'],
    ['a ragged row', '隐患编号,隐患描述,隐患等级,发现日期,整改状态\nYH-1,d,一般,2021-03-05,未整改,多余\n', 'hazards.csv', 2, 1, undefined, '此行有 6 列，表头有 5 列'],
    ['an unclosed quote', '隐患编号,隐患描述,隐患等级,发现日期,整改状态\nYH-1,"d,一般,2021-03-05,未整改\n', 'hazards.csv', 2, 1, undefined, '引号未闭合'],
    ['an unclosed quote before more CRLF lines', '隐患编号,隐患描述,隐患等级,发现日期,整改状态\r\nYH-1,"d,一般,2021-03-05,未整改\r\nYH-2,d,一般,2021-03-05,未整改\r\n\r\n', 'hazards.csv', 2, 1, undefined, '引号未闭合'],
    ['a ragged row after a cell with a CRLF inside quotes', '隐患编号,隐患描述,隐患等级,发现日期,整改状态\r\nYH-1,"罐区\r\n报警器",一般,2021-03-05,未整改\r\nYH-2,d,一般,2021-03-05,未整改,多余\r\n', 'hazards.csv', 4, 1, undefined, '此行有 6 列'],
  ])('given %s, reports it at the cell', (_name, csv, file, line, column, field, message) => {
    const { value, diagnostics } = read(csv);
    expect(value).toBeUndefined();
    expect(diagnostics[0]?.location).toEqual({ file, line, column, ...(field ? { field } : {}) });
    expect(translate('zh', diagnostics[0]!.message)).toContain(message);
  });
});

describe('readTable with many bad cells', () => {
  it('keeps the first 50 problems and counts the rest in one line', async () => {
    const { parseCsv, readTable } = await import('../../src/input/index.js');
    const rows = ['id,foundOn', ...Array.from({ length: 250 }, (_, i) => `H${i},not a date`)].join('\n');
    const table = parseCsv(rows, 'h.csv').value!;
    const item = { type: 'object', properties: { id: { type: 'string', title: '编号' }, foundOn: { type: 'string', format: 'date', title: '发现日期' } } };
    const { diagnostics } = readTable(table, item as never, 'h.csv');
    expect(diagnostics).toHaveLength(51);
    expect(diagnostics[50]).toMatchObject({ code: 'diagnostics-truncated', message: { params: { count: 200, max: 50 } } });
  });
});
