// A small pack written inline, shared by the rules and engine tests.
export const rule = (fields: Record<string, string>) => `
  - id: ${fields.id ?? 'T-001'}
    title: {zh: 测试规则, en: Test rule}
    severity: ${fields.severity ?? 'general'}
    dimension: ${fields.dimension ?? 'management'}
    basis: ["law#第一条"]
${['each', 'when', 'assert', 'at'].filter((k) => fields[k]).map((k) => `    ${k}: ${JSON.stringify(fields[k])}`).join('\n')}${fields.escalate ? `\n    escalate: ${fields.escalate}` : ''}
    message: {zh: ${JSON.stringify(fields.zh ?? '不合规')}, en: ${JSON.stringify(fields.en ?? 'fails')}}
    remediation: {zh: 整改, en: Fix it}
    examples: {pass: [{/a: 1}], fail: [{/a: 2}]}`;

export const packText = (...rules: string[]) => `pack: test
version: "1"
title: {zh: 测试, en: Test}
sector: general
sources:
  law: {zh: 某法, en: Some law}
rules:${rules.join('')}
`;
