#!/usr/bin/env node
// Writes fixtures/excel/**: the compliant enterprise of fixtures/general/compliant.yaml as a folder of
// spreadsheet ledgers the way people really hand them in, plus one broken folder per input failure.
// The output is committed; this script is how it was made. Run from anywhere:
//
//   node test/support/write-excel-fixtures.js
//
// It is deterministic (no clock, no randomness: the "random" bytes come from a fixed-seed generator)
// and re-runnable: it deletes fixtures/excel/ and writes it again byte for byte.
//
// What it writes
//   gbk-enterprise/       "as Excel on Chinese Windows exports it": enterprise.yaml saved by Notepad as
//                         ANSI (GBK, CRLF) without the lists; one CSV per list (CSV (逗号分隔) = GBK, CRLF,
//                         no BOM), Chinese headers (schema titles, some with the template's `*` or odd
//                         spacing), dates in every style a spreadsheet produces (2026/3/5, 2026年3月5日,
//                         2026.3.5, Excel serial numbers, ISO), booleans as 是/否 and √/×, and the trailing
//                         `,,,,` row Excel leaves when a formatted row is emptied.
//   utf8-bom-enterprise/  the same enterprise saved as "CSV UTF-8" (UTF-8 with BOM, CRLF); English field
//                         names as headers in some files, Chinese titles in others; Excel's TRUE/FALSE;
//                         the hazard ledger pulled in with `hazards: {$csv: ledgers/隐患台账.csv}` instead
//                         of the folder convention (so there is no hazards.csv beside enterprise.yaml).
//   utf16-tab-enterprise/ the same enterprise as Excel's "Unicode 文本" (UTF-16 LE with BOM, tab-separated)
//                         and Notepad's "Unicode" enterprise.yaml.
//   malformed/<case>/     a small valid enterprise.yaml (UTF-8) plus one broken ledger per folder.
//   unread/<case>/        folders the check reads only in part, each saying so and never 合格: the YAML
//                         not named enterprise.yaml with its ledgers beside it (renamed-yaml), the drills
//                         saved under a name that matches no ledger (stray-csv), and a hazard ledger whose
//                         向监管部门报告日期 column was deleted (cut-column).
//
// Both good folders must check exactly like fixtures/general/compliant.yaml (test/e2e/excel.test.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import YAML from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE = 'fixtures/general/compliant.yaml';
const OUT = join(ROOT, 'fixtures', 'excel');

const compliant = YAML.parse(readFileSync(join(ROOT, SOURCE), 'utf8'));

// ---------------------------------------------------------------------------------------------------
// The lists that move out of the YAML into ledgers, with their columns: field path in a list item, the
// Chinese title (the schema's `title`, as the template writes it) and the English field name.

/** @typedef {{ path: string, zh: string, en: string, type?: 'date' | 'boolean' | 'number' }} Column */

/** @type {Record<string, { pointer: string[], columns: Column[] }>} */
const TABLES = {
  hazards: {
    pointer: ['hazards'],
    columns: [
      { path: 'id', zh: '隐患编号', en: 'id' },
      { path: 'description', zh: '隐患描述', en: 'description' },
      { path: 'level', zh: '隐患等级', en: 'level' },
      { path: 'foundOn', zh: '发现日期', en: 'foundOn', type: 'date' },
      { path: 'deadline', zh: '整改期限', en: 'deadline', type: 'date' },
      { path: 'status', zh: '整改状态', en: 'status' },
      { path: 'closedOn', zh: '整改完成日期', en: 'closedOn', type: 'date' },
      { path: 'reportedToRegulator', zh: '向监管部门报告日期', en: 'reportedToRegulator', type: 'date' },
      { path: 'reportedToEmployees', zh: '向职工通报日期', en: 'reportedToEmployees', type: 'date' },
      { path: 'owner', zh: '整改责任人', en: 'owner' },
    ],
  },
  risks: {
    pointer: ['risks'],
    columns: [
      { path: 'id', zh: '风险编号', en: 'id' },
      { path: 'name', zh: '风险点', en: 'name' },
      { path: 'level', zh: '风险等级', en: 'level' },
      { path: 'controls', zh: '管控措施', en: 'controls' },
      { path: 'owner', zh: '管控责任人', en: 'owner' },
      { path: 'monitoring', zh: '监测监控措施', en: 'monitoring' },
    ],
  },
  training: {
    pointer: ['training', 'records'],
    columns: [
      { path: 'person', zh: '姓名', en: 'person' },
      { path: 'role', zh: '人员类别', en: 'role' },
      { path: 'kind', zh: '培训类型', en: 'kind' },
      { path: 'hours', zh: '学时', en: 'hours', type: 'number' },
      { path: 'completedOn', zh: '完成日期', en: 'completedOn', type: 'date' },
      { path: 'passed', zh: '考核是否合格', en: 'passed', type: 'boolean' },
    ],
  },
  drills: {
    pointer: ['emergency', 'drills'],
    columns: [
      { path: 'date', zh: '演练日期', en: 'date', type: 'date' },
      { path: 'scenario', zh: '演练科目', en: 'scenario' },
      { path: 'kind', zh: '演练类型', en: 'kind' },
      { path: 'reportedOn', zh: '报送监管部门日期', en: 'reportedOn', type: 'date' },
    ],
  },
  'special-operators': {
    pointer: ['training', 'specialOperators'],
    columns: [
      { path: 'name', zh: '姓名', en: 'name' },
      { path: 'operation', zh: '作业类别', en: 'operation' },
      { path: 'certificate.number', zh: '特种作业操作证.证书编号', en: 'certificate.number' },
      { path: 'certificate.issuedOn', zh: '特种作业操作证.发证日期', en: 'certificate.issuedOn', type: 'date' },
      { path: 'certificate.expiresOn', zh: '特种作业操作证.有效期至', en: 'certificate.expiresOn', type: 'date' },
      { path: 'certificate.lastReviewOn', zh: '特种作业操作证.最近复审日期', en: 'certificate.lastReviewOn', type: 'date' },
    ],
  },
  'safety-managers': {
    pointer: ['responsibility', 'safetyManagers'],
    // Leaf titles alone (证书编号, 有效期至 …): unique within the item, so the reader accepts them.
    columns: [
      { path: 'name', zh: '姓名', en: 'name' },
      { path: 'appointedOn', zh: '任职日期', en: 'appointedOn', type: 'date' },
      { path: 'certificate.number', zh: '证书编号', en: 'number' },
      { path: 'certificate.issuedOn', zh: '发证日期', en: 'issuedOn', type: 'date' },
      { path: 'certificate.expiresOn', zh: '有效期至', en: 'expiresOn', type: 'date' },
      // Left empty, as the template has it: the column is there, so rules reading it are decided.
      { path: 'certificate.lastReviewOn', zh: '最近复审日期', en: 'lastReviewOn', type: 'date' },
      { path: 'fullTime', zh: '是否专职', en: 'fullTime', type: 'boolean' },
      { path: 'registeredSafetyEngineer', zh: '是否注册安全工程师', en: 'registeredSafetyEngineer', type: 'boolean' },
    ],
  },
  projects: {
    pointer: ['management', 'projects'],
    columns: [
      { path: 'name', zh: '项目名称', en: 'name' },
      // Left empty for this carrier's projects: the column is there, so the project is read as 其他.
      { path: 'kind', zh: '项目类别', en: 'kind' },
      { path: 'safetyAssessedOn', zh: '安全评价（预评价）完成日期', en: 'safetyAssessedOn', type: 'date' },
      { path: 'safetyFacilitiesDesignedOn', zh: '安全设施设计完成日期', en: 'safetyFacilitiesDesignedOn', type: 'date' },
      { path: 'safetyDesignApprovedOn', zh: '安全设施设计审查同意日期', en: 'safetyDesignApprovedOn', type: 'date' },
      { path: 'deviationsFromDesign', zh: '未按批准的安全设施设计施工的项数', en: 'deviationsFromDesign' },
      { path: 'startedOn', zh: '开工日期', en: 'startedOn', type: 'date' },
      { path: 'inUseOn', zh: '投入生产和使用日期', en: 'inUseOn', type: 'date' },
      { path: 'acceptedOn', zh: '安全设施竣工验收日期', en: 'acceptedOn', type: 'date' },
      { path: 'safetyBudgeted', zh: '安全设施投资是否纳入概算', en: 'safetyBudgeted', type: 'boolean' },
    ],
  },
};

const listOf = (name) => TABLES[name].pointer.reduce((node, key) => node?.[key], compliant);

/** The compliant enterprise without the lists that the CSV files hold. */
function enterpriseWithoutLists() {
  const data = structuredClone(compliant);
  for (const { pointer } of Object.values(TABLES)) {
    const parent = pointer.slice(0, -1).reduce((node, key) => node[key], data);
    delete parent[pointer.at(-1)];
  }
  return data;
}

// ---------------------------------------------------------------------------------------------------
// Cells as a spreadsheet writes them.

/** Dates as Excel shows them, depending on the cell format someone once picked. */
const DATE_STYLES = {
  iso: (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
  slash: (y, m, d) => `${y}/${m}/${d}`,
  chinese: (y, m, d) => `${y}年${m}月${d}日`,
  dot: (y, m, d) => `${y}.${m}.${d}`,
  // A date cell formatted as 常规 (General): the serial number, day 1 = 1900-01-01 (Excel's 1900 leap-year bug included).
  serial: (y, m, d) => String((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000),
};
const DATE_ROTATION = ['slash', 'chinese', 'dot', 'serial', 'iso'];
const pad = (n) => String(n).padStart(2, '0');

function formatDate(iso, style) {
  const [y, m, d] = iso.split('-').map(Number);
  return DATE_STYLES[style](y, m, d);
}

const get = (row, path) => path.split('.').reduce((node, key) => node?.[key], row);

/** Excel quotes a cell only when it holds the delimiter, a quote or a line break. */
const quote = (cell, delimiter) => (cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csvLine = (cells, delimiter = ',') => cells.map((cell) => quote(cell, delimiter)).join(delimiter);

/**
 * One ledger as text (CRLF). `booleans` is [true word, false word]; dates rotate through every style,
 * by row and column, so each column and each row mixes them; `cell` may override any cell.
 */
function ledger(name, { headers, booleans = ['是', '否'], cell = () => undefined, trailingEmptyRow = false, delimiter = ',', without = [] }) {
  const columns = TABLES[name].columns.filter((column) => !without.includes(column.path));
  const rows = listOf(name).map((item, r) =>
    columns.map((column, c) => {
      const override = cell(r, column, item);
      if (override !== undefined) return override;
      const value = get(item, column.path);
      if (value === undefined) return '';
      if (column.type === 'date') return formatDate(value, DATE_ROTATION[(r + c) % DATE_ROTATION.length]);
      if (column.type === 'boolean') return value ? booleans[0] : booleans[1];
      return String(value);
    }),
  );
  const lines = [csvLine(headers ?? columns.map((column) => column.zh), delimiter), ...rows.map((row) => csvLine(row, delimiter))];
  if (trailingEmptyRow) lines.push(delimiter.repeat(columns.length - 1));
  return `${lines.join('\r\n')}\r\n`;
}

const gbk = (text) => {
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') !== text) throw new Error(`not representable in GBK: ${text.slice(0, 60)}…`);
  return bytes;
};
const utf8 = (text) => Buffer.from(text, 'utf8');
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
const utf8Bom = (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);
const crlf = (text) => text.replace(/\r?\n/g, '\r\n');

function write(path, bytes) {
  const file = join(OUT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

function enterpriseYaml(data, comment) {
  const lines = [
    `# Generated by test/support/write-excel-fixtures.js from ${SOURCE}: do not edit by hand.`,
    ...comment.map((line) => `# ${line}`),
  ];
  return `${lines.join('\n')}\n${YAML.stringify(data, { lineWidth: 0 })}`;
}

// ---------------------------------------------------------------------------------------------------
// gbk-enterprise/: Excel and Notepad on Chinese Windows.

function writeGbkEnterprise() {
  const dir = 'gbk-enterprise';
  const yaml = enterpriseYaml(enterpriseWithoutLists(), [
    '山西晋安危险货物运输有限公司：台账见同一文件夹下的 CSV 文件（Excel 另存为“CSV (逗号分隔)”，GBK 编码）。',
    'This file itself is GBK with CRLF line ends, as Notepad saves "ANSI" on Chinese Windows.',
  ]);
  write(`${dir}/enterprise.yaml`, gbk(crlf(yaml)));

  const zh = (name) => TABLES[name].columns.map((column) => column.zh);
  // The template's required marker kept on 隐患编号*, and a header typed with a stray space.
  const hazardHeaders = zh('hazards').map((h) => ({ 隐患编号: '隐患编号*', 整改责任人: '整改 责任人' })[h] ?? h);
  write(`${dir}/hazards.csv`, gbk(ledger('hazards', { headers: hazardHeaders, trailingEmptyRow: true })));
  write(`${dir}/risks.csv`, gbk(ledger('risks', { headers: zh('risks').map((h) => (h === '风险等级' ? ' 风险等级 ' : h)), trailingEmptyRow: true })));
  write(`${dir}/training.csv`, gbk(ledger('training', { booleans: ['√', '×'], trailingEmptyRow: true })));
  write(`${dir}/drills.csv`, gbk(ledger('drills', { trailingEmptyRow: true })));
  write(`${dir}/special-operators.csv`, gbk(ledger('special-operators', { trailingEmptyRow: true })));
  write(`${dir}/safety-managers.csv`, gbk(ledger('safety-managers', { booleans: ['是', '否'], trailingEmptyRow: true })));
  write(`${dir}/projects.csv`, gbk(ledger('projects', { booleans: ['√', '×'], trailingEmptyRow: true })));
}

// ---------------------------------------------------------------------------------------------------
// utf8-bom-enterprise/: Excel's "CSV UTF-8 (逗号分隔)".

function writeUtf8BomEnterprise() {
  const dir = 'utf8-bom-enterprise';
  const data = enterpriseWithoutLists();
  data.hazards = { $csv: 'ledgers/隐患台账.csv' };
  write(`${dir}/enterprise.yaml`, utf8(enterpriseYaml(data, [
    '山西晋安危险货物运输有限公司：台账另存为“CSV UTF-8”；隐患台账放在 ledgers/ 子文件夹，用 $csv 引入。',
  ])));

  const en = (name) => TABLES[name].columns.map((column) => column.en);
  const zh = (name) => TABLES[name].columns.map((column) => column.zh);
  write(`${dir}/ledgers/隐患台账.csv`, utf8Bom(ledger('hazards', { headers: zh('hazards'), trailingEmptyRow: true })));
  write(`${dir}/risks.csv`, utf8Bom(ledger('risks', { headers: zh('risks') })));
  write(`${dir}/drills.csv`, utf8Bom(ledger('drills', { headers: zh('drills') })));
  // English field names, in the case people type them.
  write(`${dir}/training.csv`, utf8Bom(ledger('training', {
    headers: en('training').map((h) => ({ hours: 'Hours', completedOn: 'CompletedOn' })[h] ?? h),
    booleans: ['TRUE', 'FALSE'],
    // A number typed with the Chinese IME in full-width mode. (学时 is the only numeric column in any
    // ledger and no value reaches 1,000, so no cell can carry a thousands separator without changing data.)
    cell: (r, column) => (r === 4 && column.path === 'hours' ? '１６' : undefined),
  })));
  write(`${dir}/special-operators.csv`, utf8Bom(ledger('special-operators', { headers: en('special-operators') })));
  write(`${dir}/safety-managers.csv`, utf8Bom(ledger('safety-managers', { headers: en('safety-managers'), booleans: ['TRUE', 'FALSE'] })));
  write(`${dir}/projects.csv`, utf8Bom(ledger('projects', { headers: en('projects').map((h) => (h === 'safetyBudgeted' ? 'SafetyBudgeted' : h)), booleans: ['有', '无'] })));
}

// ---------------------------------------------------------------------------------------------------
// utf16-tab-enterprise/: Excel's "Unicode 文本 (*.txt)" (UTF-16 LE with BOM, tab-separated, CRLF), the
// files renamed to the convention's .csv names; enterprise.yaml saved by Notepad as "Unicode" (UTF-16 LE).

function writeUtf16Enterprise() {
  const dir = 'utf16-tab-enterprise';
  write(`${dir}/enterprise.yaml`, utf16le(crlf(enterpriseYaml(enterpriseWithoutLists(), [
    '山西晋安危险货物运输有限公司：记事本另存为“Unicode”（UTF-16 LE）；台账由 Excel 另存为“Unicode 文本”（制表符分隔）。',
  ]))));
  for (const name of Object.keys(TABLES)) {
    write(`${dir}/${name}.csv`, utf16le(ledger(name, { delimiter: '\t', booleans: ['√', '×'], trailingEmptyRow: true })));
  }
}

// ---------------------------------------------------------------------------------------------------
// malformed/<case>/: one failure per folder.

/** Deterministic bytes (xorshift32, fixed seed): "random" binary that is the same on every run. */
function junk(length, seed = 0x2026_1120) {
  const bytes = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function writeMalformed() {
  const base = enterpriseWithoutLists();
  const yaml = (comment, data = base) => utf8(enterpriseYaml(data, comment));
  const hazards = (options = {}) => ledger('hazards', options);
  const hazardHeaders = TABLES.hazards.columns.map((column) => column.zh);
  const folder = (name, comment, files, data) => {
    write(`malformed/${name}/enterprise.yaml`, yaml([`malformed/${name}: ${comment}`], data));
    for (const [file, bytes] of Object.entries(files)) write(`malformed/${name}/${file}`, bytes);
  };

  // Line 3 (YH-2026-064): a comma typed into the description in a text editor, unquoted → 11 fields.
  folder('ragged-row', 'line 3 of hazards.csv has 11 fields, the header 10.', {
    'hazards.csv': gbk(hazards().replace('维修车间灭火器过期2具', '维修车间,灭火器过期2具')),
  });

  // Line 3: a description that opens a quote and never closes it.
  folder('unclosed-quote', 'line 3 of hazards.csv opens a quote that never closes.', {
    'hazards.csv': gbk(hazards().replace('维修车间灭火器过期2具', '"维修车间灭火器过期2具')),
  });

  // Line 3, field 5 (整改期限): 30 February. UTF-8 with BOM, as "CSV UTF-8" writes.
  folder('bad-date', 'hazards.csv line 3 整改期限 is 2026/2/30, a day that does not exist.', {
    'hazards.csv': utf8Bom(hazards({ cell: (r, column) => (r === 1 && column.path === 'deadline' ? '2026/2/30' : undefined) })),
  });

  // An extra 备注 (remarks) column, as nearly every Chinese ledger has one.
  folder('unknown-header', 'hazards.csv has a 备注 column the schema does not know.', {
    'hazards.csv': gbk(
      hazards({ headers: hazardHeaders })
        .split('\r\n')
        .map((line, i) => (line === '' ? line : `${line},${i === 0 ? '备注' : i === 2 ? '已更换' : ''}`))
        .join('\r\n'),
    ),
  });

  // No 整改状态 (status, required) column at all.
  const statusAt = hazardHeaders.indexOf('整改状态');
  folder('missing-column', 'hazards.csv has no 整改状态 column.', {
    'hazards.csv': gbk(
      hazards()
        .split('\r\n')
        .map((line) => (line === '' ? line : line.split(',').filter((_, i) => i !== statusAt).join(',')))
        .join('\r\n'),
    ),
  });

  // The hazard ledger has no yes/no column: the broken boolean is in safety-managers.csv (是否专职 = 专职).
  folder('bad-boolean', 'safety-managers.csv line 3 是否专职 says 专职, not 是/否.', {
    'safety-managers.csv': gbk(ledger('safety-managers', { cell: (r, column) => (r === 1 && column.path === 'fullTime' ? '专职' : undefined) })),
  });

  // An .xlsx renamed to .csv: the ZIP local-file-header magic, then binary.
  folder('binary-junk', 'hazards.csv is an .xlsx (ZIP) renamed, not text.', {
    'hazards.csv': Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00', 'latin1'), junk(2048)]),
  });

  // An include that leaves the enterprise folder; ../outside.csv exists and is a perfectly good ledger.
  folder('escape', 'hazards come from ../outside.csv, outside the enterprise folder.', {}, { ...base, hazards: { $csv: '../outside.csv' } });
  write('malformed/outside.csv', gbk(hazards()));

  // GBK with a cell that is no date at all: the message must show 整改期限 and 下月底 decoded, not mojibake.
  folder('gbk-bad-cell', 'hazards.csv (GBK) line 4 整改期限 says 下月底.', {
    'hazards.csv': gbk(hazards({ cell: (r, column) => (r === 2 && column.path === 'deadline' ? '下月底' : undefined) })),
  });

  // Workbooks the loader refuses at the file: an Excel 97-2003 .xls (an OLE container), and an .xlsx that is
  // a ZIP header followed by junk (a download cut short).
  folder('old-workbook', 'drills.xls is an old Excel 97-2003 workbook.', {
    'drills.xls': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), junk(1024)]),
  });
  folder('corrupt-workbook', 'drills.xlsx is damaged: a ZIP header, then junk.', {
    'drills.xlsx': Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00', 'latin1'), junk(1024)]),
  });

  // The hazards are both in the YAML and in hazards.csv beside it.
  folder('conflict', 'hazards are in the YAML and in hazards.csv.', { 'hazards.csv': gbk(hazards()) }, { ...base, hazards: compliant.hazards });
}

// ---------------------------------------------------------------------------------------------------
// unread/<case>/: ledgers the check cannot read, which it must say aloud.

function writeUnread() {
  const yaml = (comment) => utf8(enterpriseYaml(enterpriseWithoutLists(), comment));
  const ledgers = (dir, skip = []) => {
    for (const name of Object.keys(TABLES).filter((table) => !skip.includes(table))) write(`${dir}/${name}.csv`, utf8Bom(ledger(name, {})));
  };
  write('unread/renamed-yaml/自评-2026.yaml', yaml(['Named 自评-2026.yaml, not enterprise.yaml: the ledgers beside it are not pulled in.']));
  ledgers('unread/renamed-yaml');

  write('unread/stray-csv/enterprise.yaml', yaml(['The drills were saved as 台账汇总.csv, a name that matches no ledger: there is no drills.csv.']));
  ledgers('unread/stray-csv', ['drills']);
  write('unread/stray-csv/台账汇总.csv', utf8Bom(ledger('drills', {})));

  write('unread/cut-column/enterprise.yaml', yaml(['hazards.csv has no 向监管部门报告日期 column: the rules that read it cannot be decided.']));
  ledgers('unread/cut-column', ['hazards']);
  write('unread/cut-column/hazards.csv', utf8Bom(ledger('hazards', { without: ['reportedToRegulator'] })));
}

rmSync(OUT, { recursive: true, force: true });
writeGbkEnterprise();
writeUtf8BomEnterprise();
writeUtf16Enterprise();
writeMalformed();
writeUnread();
