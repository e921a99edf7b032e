// The tool's words about a group's own rule packs (`--rules`, `init --pack`), in Chinese and English.

export const groupPackMessages = {
  'pack-rule-prefix': { zh: '规则编号 {rule} 须以本规则包的前缀 {prefix}- 开头（idPrefix）', en: 'rule id {rule} must begin with the pack\'s prefix {prefix}- (idPrefix)' },
  'pack-group-prefix-missing': {
    zh: '集团规则包 {pack} 须声明 idPrefix（如 idPrefix: JT），其规则编号都以它开头，不与内置规则冲突',
    en: 'group pack {pack} must declare idPrefix (e.g. idPrefix: JT): every rule id begins with it, so none collides with a bundled rule',
  },
  'pack-group-prefix-taken': { zh: '前缀 {prefix} 已被内置规则包 {other} 使用，请另选一个', en: 'the prefix {prefix} is used by the bundled pack {other}; choose another' },
  'pack-group-collision': { zh: '{what} {name} 已在 {other} 中使用', en: '{what} {name} is already used in {other}' },
  'pack-group-section': {
    zh: '集团规则包的章节名须以 x 加大写字母开头（如 xGroup），以免与内置章节冲突：{section}',
    en: 'a group pack\'s section must begin with x and a capital letter (e.g. xGroup), so it never collides with a bundled section: {section}',
  },
  'group-rule': { zh: '集团规则', en: 'group rule' },
  'usage-rules-missing': { zh: '--rules 指定的规则包文件夹不存在：{value}', en: '--rules: no such rule pack folder or file: {value}' },
  'usage-rules-empty': { zh: '--rules 指定的文件夹中没有规则包（*.yaml）：{value}', en: '--rules: the folder holds no rule pack (*.yaml): {value}' },
  'init-pack-written': { zh: '已生成集团规则包 {folder}（规则编号前缀 {prefix}-）：', en: 'wrote the group rule pack {folder} (rule ids begin {prefix}-):' },
  'init-pack-next': {
    zh: '把制度名称、条款写进 sources，按需增改规则，然后运行：safety-audit rules test --rules {folder}，再 safety-audit check 企业文件夹 --rules {folder}',
    en: 'put your rules\' document and articles under sources, add or change rules, then run: safety-audit rules test --rules {folder}, and safety-audit check SUBSIDIARIES --rules {folder}',
  },
  'usage-pack-name': { zh: '--pack 的名称应为小写字母、数字和连字符，以字母开头（如 jinneng-group），收到 {value}', en: '--pack takes a name of lower-case letters, digits and hyphens, starting with a letter (e.g. jinneng-group), not {value}' },
  'usage-pack-sector': { zh: '--pack 生成集团规则包，不能与 --sector 或 --rules 同用', en: '--pack writes a group rule pack and cannot be combined with --sector or --rules' },
} as const satisfies Record<string, { zh: string; en: string }>;
