// Newer words of the input stage (includes, likely causes of YAML syntax errors) and of the command line.

export const inputCatalog = {
  'include-not-found': { zh: '引用的文件 {file} 不存在（路径相对于本 YAML 文件所在文件夹）', en: 'the included file {file} does not exist (the path is relative to this YAML file’s folder)' },
  'include-conflict-csv': {
    zh: '既由 {other} 引入，又有同名 CSV 文件 {file}：一张表只能有一个来源，请只保留一处',
    en: 'given by {other} and by the CSV file {file} beside it: a table has one source; keep one',
  },
  // cli (the command as the user runs it: safety-audit, npx safety-audit, node bin/safety-audit.js)
  'usage-help-hint': { zh: '用法见：{command} --help', en: 'usage: {command} --help' },
} as const satisfies Record<string, { zh: string; en: string }>;
