// Newer words of the input stage (includes, likely causes of YAML syntax errors) and of the command line.

export const inputCatalog = {
  'include-not-found': { zh: '引用的文件 {file} 不存在（路径相对于本 YAML 文件所在文件夹）', en: 'the included file {file} does not exist (the path is relative to this YAML file’s folder)' },
  'include-conflict-csv': {
    zh: '既由 {other} 引入，又有同名 CSV 文件 {file}：一张表只能有一个来源，请只保留一处',
    en: 'given by {other} and by the CSV file {file} beside it: a table has one source; keep one',
  },
  // likely causes of a YAML syntax error (input/yaml-hints.ts), at the place of the cause
  'yaml-hint-fullwidth-colon': {
    zh: 'YAML 语法错误：此处是全角冒号「：」，键和值之间应为半角冒号加空格，如 name: 甲公司',
    en: 'YAML syntax error: this is a full-width colon "："; a key and its value are separated by an ASCII colon and a space, e.g. name: 甲公司',
  },
  'yaml-hint-tab': { zh: 'YAML 语法错误：缩进中有制表符（Tab），YAML 只能用空格缩进', en: 'YAML syntax error: a tab in the indentation; YAML indents with spaces only' },
  'yaml-hint-missing-space': { zh: 'YAML 语法错误：冒号后缺少空格，应写作「{key}: 值」', en: 'YAML syntax error: no space after the colon; write "{key}: value"' },
  'yaml-hint-fullwidth-space': { zh: 'YAML 语法错误：行首有全角空格「　」，缩进只能用半角空格', en: 'YAML syntax error: a full-width space "　" at the start of the line; indent with ASCII spaces only' },
  'yaml-hint-unclosed-quote': { zh: 'YAML 语法错误：此处的引号 {quote} 没有闭合（一直到文件末尾都没有对应的 {quote}）', en: 'YAML syntax error: the quote {quote} opened here is never closed' },
  'yaml-hint-unclosed-bracket': { zh: 'YAML 语法错误：此处的 {open} 没有对应的 {close}', en: 'YAML syntax error: the {open} opened here has no matching {close}' },
  'yaml-hint-mixed-indent': { zh: 'YAML 语法错误：此行缩进与同一层级的其他行不一致（同级的键须左对齐，子项须比上级多缩进）', en: 'YAML syntax error: this line is indented differently from the others at its level (keys at one level line up; children are indented further)' },
  // cli (the command as the user runs it: safety-audit, npx safety-audit, node bin/safety-audit.js)
  'usage-help-hint': { zh: '用法见：{command} --help', en: 'usage: {command} --help' },
} as const satisfies Record<string, { zh: string; en: string }>;
