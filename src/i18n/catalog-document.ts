// The consultant's documents (html, pdf, docx): the cover, the signature block, the chart's words.

export const documentCatalog = {
  'doc-client': { zh: '委托单位', en: 'Client' },
  'doc-auditor': { zh: '评价人员', en: 'Auditor' },
  'doc-firm': { zh: '评价机构', en: 'Firm' },
  'doc-scope': { zh: '评价范围', en: 'Scope' },
  'doc-period': { zh: '评价期间', en: 'Audit period' },
  'doc-period-range': { zh: '{from} 至 {to}', en: '{from} to {to}' },
  'doc-generated-cst': { zh: '{year}年{month}月{day}日 {time} (北京时间)', en: '{day} {monthName} {year}, {time} (China Standard Time, UTC+8)' },
  'doc-signature': { zh: '签章', en: 'Signature' },
  'doc-disclaimer': { zh: '声明', en: 'Disclaimer' },
  'doc-sign-date': { zh: '日期', en: 'Date' },
  'doc-packs-applied': { zh: '适用的规则包与判定依据', en: 'Rule packs and editions applied' },
  'doc-chart-none': { zh: '无不合格、无法判定项', en: 'nothing failed or undecided' },
  'doc-chart-rest': { zh: '通过 {pass}　不适用 {na}', en: '{pass} passed · {na} not applicable' },
  'doc-chart-caption-docx': { zh: '图：各维度不合格与无法判定的检查项数；各项数目见下表', en: 'Figure: failed and undecided checks per dimension; every count is in the table below' },
  'usage-docx-file': { zh: 'docx 只能写入文件：请用 -f docx:报告.docx', en: 'docx can only be written to a file: use -f docx:report.docx' },
} as const satisfies Record<string, { zh: string; en: string }>;
