// The tool's words about Excel workbooks (.xlsx ledgers and the `init --xlsx` template), in Chinese and English.

export const workbookCatalog = {
  'xlsx-other-format': {
    zh: '无法读取 {ext} 格式的表格（旧版 Excel 97-2003、WPS 或其他格式）：请在 Excel 或 WPS 中“另存为”→“Excel 工作簿 (*.xlsx)”',
    en: 'cannot read a {ext} spreadsheet (old Excel 97-2003, WPS or another format): use Save As → "Excel Workbook (*.xlsx)"',
  },
  'xlsx-encrypted': {
    zh: '工作簿设有打开密码（已加密），或是改了扩展名的旧版 .xls 文件，无法读取：请取消密码（文件→信息→保护工作簿→用密码进行加密，清空）或另存为 .xlsx',
    en: 'the workbook is password-protected (encrypted), or an old .xls renamed to .xlsx; not read: remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) or save it as .xlsx',
  },
  'xlsx-too-large': {
    zh: '工作簿解压后为 {size} MiB，超过上限 {max} MiB，未读取（可能是恶意构造的压缩包；大型台账请拆分，或用 --max-file-size 调整）',
    en: 'the workbook unpacks to {size} MiB, over the limit of {max} MiB; not read (it may be a hostile archive; split large ledgers, or raise --max-file-size)',
  },
  'xlsx-corrupt': { zh: '不是有效的 .xlsx 工作簿（文件已损坏或不是 Excel 文件），未读取', en: 'not a valid .xlsx workbook (damaged, or not an Excel file); not read' },
  'xlsx-sheet-empty': { zh: '工作表为空：第一行应为表头', en: 'the sheet is empty: its first row must be the header' },
  'xlsx-merged-header': { zh: '表头单元格 {range} 已合并：请取消合并，每列一个表头', en: 'header cells {range} are merged: unmerge them, one header per column' },
  'xlsx-outside-header': { zh: '此单元格有内容，但所在列没有表头：请补充表头或删除内容', en: 'this cell has a value but its column has no header: add the header or clear the cell' },
  'xlsx-formula-no-value': {
    zh: '公式 ={formula} 没有保存计算结果（文件不是由 Excel/WPS 保存的）：请在 Excel 中打开并保存，或填写数值',
    en: 'the formula ={formula} was saved without its value (the file was not saved by Excel/WPS): open and save it in Excel, or type the value',
  },
  'xlsx-cell-error': { zh: '单元格的值是错误值 {value}：请修正公式或填写数值', en: 'the cell holds the error value {value}: fix the formula or type the value' },
  'xlsx-sheet-unmatched': {
    zh: '未读取工作表「{sheet}」：表名不对应任何台账（可用的表名：{tables}）',
    en: 'the sheet "{sheet}" was not read: its name matches no ledger (sheet names: {tables})',
  },
  'xlsx-workbook-unmatched': {
    zh: '未读取 {name}：其中没有以台账命名的工作表（可用的表名：{tables}）',
    en: '{name} was not read: none of its sheets is named after a ledger (sheet names: {tables})',
  },
  'xlsx-sheet-missing': { zh: '工作簿中没有工作表「{sheet}」（现有：{sheets}）', en: 'the workbook has no sheet "{sheet}" (it has: {sheets})' },
  'xlsx-sheet-ambiguous': {
    zh: '工作簿有多张工作表，且没有一张名为「{table}」：请用 sheet: 指明（现有：{sheets}）',
    en: 'the workbook has several sheets and none is named "{table}": name one with sheet: (it has: {sheets})',
  },
  'xlsx-conflict': { zh: '{path}（{table}）已由 {other} 给出，此工作表又给出一次：请只保留一处', en: '{path} ({table}) is already given by {other}, and again by this sheet: keep one' },
  'xlsx-include-not-table': { zh: '{path} 处不是列表，不能用 $xlsx 引入工作表', en: 'the value at {path} is not a list, so $xlsx cannot fill it' },
  'workbook-beside-other-yaml': {
    zh: '未读取 {name}：只有名为 enterprise.yaml 的自评文件会自动读取同一文件夹中的工作簿；请将 {yaml} 改名为 enterprise.yaml，或在其中用 {$xlsx: {name}} 引用',
    en: '{name} was not read: only a self-assessment named enterprise.yaml reads the workbooks beside it; rename {yaml} to enterprise.yaml, or include it with {$xlsx: {name}}',
  },
  'fields-path': { zh: '字段', en: 'Field' },
  'fields-title': { zh: '中文名', en: 'Chinese title' },
  'fields-type': { zh: '类型', en: 'Type' },
  'fields-allowed': { zh: '可填的值', en: 'Allowed values' },
  'fields-required': { zh: '必填', en: 'Required' },
  'fields-table': { zh: '台账（CSV 文件 / 工作表：列）', en: 'Ledger (CSV file / sheet: column)' },
  'fields-source': { zh: '{file} / {sheet}：{column}', en: '{file} / {sheet}: {column}' },
  'init-xlsx-next': {
    zh: '在 {workbook} 中逐表填写台账（第 2 行为示例，检查时跳过），在 enterprise.yaml 中填写其余各项，然后运行：{command} check {folder}',
    en: 'fill the ledgers in {workbook} (row 2 is an example the check skips) and the rest in enterprise.yaml, then run: {command} check {folder}',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
