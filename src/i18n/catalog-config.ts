// The words of the configuration file (safety-audit.config.yaml), `config --print`, and the adjustments the
// configuration makes to the rules, which every report shows.

export const configCatalog = {
  'config-unknown-rule': { zh: '规则编号 {rule} 不存在于已加载的规则包中', en: 'no rule {rule} in the packs loaded' },
  'config-disabled-reason': { zh: '停用规则须写明理由（规则编号: 理由）', en: 'a disabled rule needs its reason (RULE-ID: reason)' },
  'config-unknown-pack': { zh: '未知的规则包 {value}，可用：{known}', en: 'unknown pack {value}; bundled packs: {known}' },
  'config-lower-shutdown': {
    zh: '{rule} 为停产整顿级规则，不能调低为 {severity}：晋政发〔2021〕1号要求此类情形一律停产整顿，不设例外',
    en: '{rule} is shutdown-level and cannot be lowered to {severity}: the notice (晋政发〔2021〕1号) orders such cases shut down without exception',
  },
  'config-disable-shutdown': {
    zh: '{rule} 为停产整顿级规则（或在特定情形下升为停产整顿），不能停用：晋政发〔2021〕1号要求此类情形一律停产整顿',
    en: '{rule} is (or can be raised to) shutdown level and cannot be disabled: the notice (晋政发〔2021〕1号) orders such cases shut down without exception',
  },
  'waivers-file-ignored': {
    zh: '企业文件夹中的豁免清单未采用：配置 waivers.centralOnly 规定只采用集团豁免清单{central}',
    en: "this waivers file in an enterprise's folder was not read: waivers.centralOnly admits only the group's file{central}",
  },
  'waivers-central-file': { zh: '（{file}）', en: ' ({file})' },
  // adjustments, in every report
  'report-adjustments': { zh: '配置对规则的调整', en: 'Rules changed by the configuration' },
  'adjustment-raised': { zh: '{rule}：级别由「{from}」调高为「{to}」', en: '{rule}: severity raised from {from} to {to}' },
  'adjustment-lowered': { zh: '{rule}：级别由「{from}」调低为「{to}」', en: '{rule}: severity lowered from {from} to {to}' },
  'adjustment-unchanged': { zh: '{rule}：级别设为「{to}」（与规则包相同）', en: '{rule}: severity set to {to} (as in its pack)' },
  'adjustment-disabled': { zh: '{rule}（{severity}）已停用，未检查。理由：{reason}', en: '{rule} ({severity}) is disabled and was not checked. Reason: {reason}' },
  'adjustment-where': { zh: '（{where}）', en: ' ({where})' },
  'status-adjusted': { zh: '配置调整', en: 'Adjusted' },
  'status-disabled': { zh: '已停用', en: 'Disabled' },
  // config --print
  'usage-config-print': { zh: '请用 safety-audit config --print 显示生效的配置', en: 'use safety-audit config --print to show the effective configuration' },
  'config-file-used': { zh: '配置文件：{file}', en: 'Config file: {file}' },
  'config-file-none': { zh: '未找到配置文件（自 {cwd} 向上查找 safety-audit.config.yaml 至根目录）', en: 'no config file (safety-audit.config.yaml searched from {cwd} up to the root)' },
  'config-setting': { zh: '设置', en: 'Setting' },
  'config-value': { zh: '取值', en: 'Value' },
  'config-source': { zh: '来源', en: 'Source' },
  'config-source-default': { zh: '默认', en: 'default' },
  'config-source-file': { zh: '配置文件 {where}', en: 'config file {where}' },
  'config-source-flag': { zh: '命令行 {flag}', en: 'command line {flag}' },
  'config-source-env': { zh: '环境变量 {variable}', en: 'environment {variable}' },
  'config-all-packs': { zh: '全部内置规则包（{packs}）', en: 'every bundled pack ({packs})' },
  'config-today': { zh: '今天（{date}）', en: 'today ({date})' },
  'config-none': { zh: '无', en: 'none' },
  'config-auto': { zh: 'auto（大批量时用全部核心）', en: 'auto (every core for large runs)' },
  'config-rules-note': { zh: '（集团规则包目录）', en: " (the group's pack folders)" },
} as const satisfies Record<string, { zh: string; en: string }>;
