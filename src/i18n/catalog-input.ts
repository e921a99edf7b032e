// The input stage's newer words: includes, and the likely causes of YAML syntax errors (input/yaml-hints.ts).

export const inputCatalog = {
  'include-not-found': { zh: '引用的文件 {file} 不存在（路径相对于本 YAML 文件所在文件夹）', en: 'the included file {file} does not exist (the path is relative to this YAML file’s folder)' },
  'include-conflict-csv': {
    zh: '既由 {other} 引入，又有同名 CSV 文件 {file}：一张表只能有一个来源，请只保留一处',
    en: 'given by {other} and by the CSV file {file} beside it: a table has one source; keep one',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
