// The general part of a self-assessment: the enterprise, the assessment, one section per
// five-in-place dimension, the risk register and the hazard ledger. Sector sections are added by
// the packs (see compose-assessment-schema.ts). Every field has a Chinese `title` (the label a
// safety manager knows, also accepted as a CSV header) and an English `description`.
//
// Evidence, not verdicts: fields hold dates, amounts, counts and lists that a person can look up;
// the rule packs compute compliance from them.

import type { JsonSchema } from './types.js';
import { SECTORS } from './sectors.js';

const date = (title: string, description: string): JsonSchema => ({ type: 'string', format: 'date', title, description });
const text = (title: string, description: string): JsonSchema => ({ type: 'string', minLength: 1, title, description });
const count = (title: string, description: string): JsonSchema => ({ type: 'integer', minimum: 0, title, description });
const amount = (title: string, description: string): JsonSchema => ({ type: 'number', minimum: 0, title, description });
const flag = (title: string, description: string): JsonSchema => ({ type: 'boolean', title, description });

const object = (title: string, description: string, properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object', title, description, additionalProperties: false, properties, ...(required.length ? { required } : {}),
});

/** The schema keyword naming the CSV file that may hold a list beside enterprise.yaml (the folder convention). */
export const SCHEMA_CSV_KEY = 'x-csv';

/** A list; `csv` names the ledger file that may hold it. */
const list = (title: string, description: string, items: JsonSchema, csv?: string): JsonSchema =>
  ({ type: 'array', title, description, items, ...(csv ? { [SCHEMA_CSV_KEY]: csv } : {}) });

const certificate = (title: string, description: string): JsonSchema =>
  object(title, description, {
    number: text('证书编号', 'Certificate number.'),
    issuedOn: date('发证日期', 'Date the certificate was issued.'),
    expiresOn: date('有效期至', 'Last day the certificate is valid.'),
    lastReviewOn: date('最近复审日期', 'Date of the most recent periodic review (复审), where the certificate requires one.'),
  });

/** A licence or permit the enterprise holds: its number and the days it is valid. */
const licence = (title: string, description: string): JsonSchema =>
  object(title, description, {
    number: text('许可证编号', 'Licence number.'),
    issuedOn: date('发证日期', 'Date issued.'),
    expiresOn: date('有效期至', 'Last day the licence is valid.'),
  });

/**
 * Activities that bring duties of their own and have no sector code. Hazardous chemicals are read from
 * the sector's own `hazardousChemicals.activities`, and a road carrier's dangerous goods from its
 * `roadTransport.licence.scope`, so neither is repeated here.
 */
const OPERATIONS = ['金属冶炼', '烟花爆竹生产', '烟花爆竹经营', '民用爆炸物品生产', '民用爆炸物品销售', '危险物品运输', '人员密集场所经营', '城市轨道交通运营'] as const;

/** What a construction project is for: 安全生产法 第三十二至三十四条、第九十八条 bind the first three kinds. */
const PROJECT_KINDS = ['矿山', '金属冶炼', '危险物品生产储存装卸', '其他'] as const;

const enterprise = object('企业基本信息', 'The enterprise under assessment.', {
  name: text('企业名称', 'Registered name of the enterprise.'),
  creditCode: {
    type: 'string', format: 'credit-code', title: '统一社会信用代码',
    description: 'Unified social credit code: 18 characters with a GB 32100-2015 check character.',
  },
  sectors: {
    type: 'array', uniqueItems: true, title: '行业领域',
    description: 'Sectors the enterprise operates in; each declared sector brings its rule pack and its section of this file.',
    items: { type: 'string', enum: [...SECTORS], title: '行业领域', description: 'A sector code.' },
  },
  operations: {
    type: 'array', uniqueItems: true, title: '特定生产经营活动',
    description:
      'Activities with duties of their own that no sector code names: 金属冶炼; 烟花爆竹 or 民用爆炸物品 production or trade; '
      + 'carrying dangerous goods (危险物品运输) other than under a road-transport licence, whose scope already says so; running a '
      + 'hotel, mall, entertainment venue, scenic area or other crowded place (人员密集场所经营, 生产安全事故应急条例 第七、八、十条); '
      + 'operating urban rail transit (城市轨道交通运营). Omit or leave empty when none applies.',
    items: { type: 'string', enum: [...OPERATIONS], title: '活动', description: 'One activity.' },
  },
  region: text('所在地区', 'Province, city and county, e.g. 山西省太原市小店区.'),
  employees: count('从业人员数', 'Number of employees, including dispatched workers and interns.'),
  supervision: object('属地监管', 'The supervising authority.', {
    department: text('监管部门', 'Supervising department, e.g. the county emergency management bureau.'),
    officer: text('监管责任人', 'Officer responsible for supervising the enterprise.'),
  }),
}, ['name', 'creditCode', 'sectors', 'region', 'employees']);

const assessment = object('自评信息', 'Who assessed, and when.', {
  date: date('自评日期', 'Date the self-assessment was completed.'),
  assessor: text('自评人', 'Person who completed the self-assessment.'),
}, ['date', 'assessor']);

const personProperties = {
  name: text('姓名', 'Full name.'),
  appointedOn: date('任职日期', 'Date of appointment to the post.'),
  certificate: certificate('安全生产知识和管理能力考核合格证', 'Certificate of the safety knowledge and management ability assessment.'),
};

const responsibility = object('主体责任', 'Five-in-place: responsibility (主体责任到位).', {
  principal: object('主要负责人', 'The principal responsible person (董事长, 总经理 or actual controller).', {
    ...personProperties,
    commitment: object('履职尽责承诺', "The principal's annual safety commitment (安全生产履职尽责承诺).", {
      signedOn: date('签订日期', 'Date the commitment was signed.'),
      publicisedOn: date('公示日期', 'Date it was made known to employees.'),
    }),
  }),
  responsibilitySystem: object('全员安全生产责任制', 'The all-staff safety responsibility system.', {
    issuedOn: date('印发日期', 'Date the system was issued.'),
    revisedOn: date('最近修订日期', 'Date of the latest revision.'),
    posts: count('岗位总数', 'Number of posts in the organisation.'),
    postsWithDuties: count('已明确责任的岗位数', 'Posts whose responsible person, scope and assessment standard are written down.'),
  }),
  safetyBody: object('安全生产管理机构', 'Safety management body and staff.', {
    established: flag('是否设置安全生产管理机构', 'A safety management body has been set up.'),
    fullTimeStaff: count('专职安全生产管理人员数', 'Full-time safety management staff.'),
    partTimeStaff: count('兼职安全生产管理人员数', 'Part-time safety management staff.'),
  }),
  safetyManagers: list('安全生产管理人员', 'Safety management staff.', object('安全生产管理人员', 'One safety manager.', {
    ...personProperties,
    fullTime: flag('是否专职', 'Works full time on safety management.'),
    registeredSafetyEngineer: flag('是否注册安全工程师', 'Holds the registered safety engineer qualification.'),
  }, ['name']), 'safety-managers.csv'),
});

const management = object('基础管理', 'Five-in-place: basic management (基础管理到位).', {
  standardisation: object('安全生产标准化', 'Safety production standardisation grading.', {
    grade: { type: 'string', enum: ['一级', '二级', '三级'], title: '标准化等级', description: 'Grade awarded.' },
    certificateNumber: text('证书编号', 'Grading certificate number.'),
    gradedOn: date('定级日期', 'Date the grade was awarded.'),
    expiresOn: date('有效期至', 'Last day the grade is valid.'),
  }),
  licence: licence('安全生产许可证', 'Work-safety licence (安全生产许可证条例 第二条): mines, construction firms, and producers of hazardous chemicals, fireworks and civil explosives.'),
  hazchemOperatingLicence: licence('危险化学品经营许可证', 'Hazardous-chemicals trading licence (危险化学品安全管理条例 第三十三条), trading and warehousing included.'),
  hazchemUseLicence: licence('危险化学品安全使用许可证', 'Hazardous-chemicals safe-use licence (危险化学品安全管理条例 第二十九条) of a chemical enterprise that uses hazardous chemicals in production.'),
  hazchemUseQuantityReached: flag(
    '危险化学品使用量是否达到安全使用许可数量标准',
    'The chemical enterprise uses hazardous chemicals in production in the quantities of the published 危险化学品使用量的数量标准 (危险化学品安全管理条例 第二十九条第二款), so it needs a safe-use licence.',
  ),
  projects: list('建设项目', 'Construction, renovation and expansion projects (for 三同时).', object('建设项目', 'One project.', {
    name: text('项目名称', 'Project name.'),
    kind: {
      type: 'string', enum: [...PROJECT_KINDS], title: '项目类别',
      description:
        'A mine, metal-smelting project, or one for producing, storing or loading dangerous goods (安全生产法 第三十二条), else 其他. '
        + 'If omitted, a project of a mine, a metal smelter, or a producer or storer of hazardous chemicals, fireworks or civil explosives is read as of its kind, any other as 其他.',
    },
    safetyAssessedOn: date('安全评价（预评价）完成日期', 'Date the safety assessment (安全预评价) of the project was completed.'),
    safetyFacilitiesDesignedOn: date('安全设施设计完成日期', 'Date the safety facilities design was completed.'),
    safetyDesignApprovedOn: date('安全设施设计审查同意日期', 'Date the supervising department approved the safety facilities design (安全生产法 第三十三条第二款), and any major change to it.'),
    deviationsFromDesign: count('未按批准的安全设施设计施工的项数', 'Safety facilities built otherwise than the approved design, as found by the supervisor, an inspection or the acceptance; 0 when none.'),
    startedOn: date('开工日期', 'Date construction started.'),
    inUseOn: date('投入生产和使用日期', 'Date the project was put into production or use; omit if not yet in use.'),
    acceptedOn: date('安全设施竣工验收日期', 'Date the safety facilities passed completion acceptance.'),
    safetyBudgeted: flag('安全设施投资是否纳入概算', 'Safety facility investment is in the project budget.'),
  }, ['name']), 'projects.csv'),
});

const investment = object('安全投入', 'Five-in-place: safety investment (安全投入到位).', {
  safetyFee: object('安全生产费用', 'Safety production fee (安全生产费用) of the current year.', {
    year: count('年度', 'Year the figures belong to.'),
    priorYearRevenue: amount('上年度营业收入（元）', "Previous year's operating revenue, in yuan."),
    extracted: amount('本年度已提取（元）', 'Fee extracted so far this year, in yuan.'),
    planned: amount('本年度计划提取（元）', 'Fee the enterprise plans to extract for the whole year, in yuan.'),
    spent: amount('本年度已使用（元）', 'Fee spent so far this year, in yuan.'),
  }),
  insurance: object('安全生产责任保险', 'Work-safety liability insurance (安全生产责任保险).', {
    policyNumber: text('保单号', 'Policy number.'),
    insurer: text('保险公司', 'Insurer.'),
    validFrom: date('保险起期', 'First day of cover.'),
    validTo: date('保险止期', 'Last day of cover.'),
    insuredEmployees: count('参保人数', 'Employees covered by the policy.'),
    deathCoverPerPerson: amount('每人死亡赔偿限额（元）', 'Death indemnity limit per person, in yuan.'),
  }),
});

const training = object('安全培训', 'Five-in-place: safety training (安全培训到位).', {
  plan: object('年度安全培训计划', 'Annual safety training plan.', {
    year: count('年度', 'Year the plan covers.'),
    approvedOn: date('印发日期', 'Date the plan was issued.'),
  }),
  records: list('培训记录', 'Training records (training file, 安全生产教育和培训档案).', object('培训记录', 'One person, one course.', {
    person: text('姓名', 'Trainee.'),
    role: {
      type: 'string', enum: ['主要负责人', '安全生产管理人员', '新上岗从业人员', '从业人员', '特种作业人员'],
      title: '人员类别', description: 'Category of trainee.',
    },
    kind: { type: 'string', enum: ['初次培训', '再培训', '岗前培训'], title: '培训类型', description: 'Initial, annual refresher or pre-job training.' },
    hours: amount('学时', 'Class hours (学时).'),
    completedOn: date('完成日期', 'Date the course ended.'),
    passed: flag('考核是否合格', 'Passed the course assessment.'),
  }, ['person', 'role', 'hours', 'completedOn']), 'training.csv'),
  specialOperators: list('特种作业人员', 'Special operators (特种作业人员) and their operation certificates.', object('特种作业人员', 'One special operator.', {
    name: text('姓名', 'Full name.'),
    operation: text('作业类别', 'Type of special operation, e.g. 电工作业, 焊接与热切割作业.'),
    certificate: certificate('特种作业操作证', 'Special operation certificate.'),
  }, ['name', 'operation']), 'special-operators.csv'),
});

const emergency = object('应急救援', 'Five-in-place: emergency rescue (应急救援到位).', {
  plan: object('生产安全事故应急救援预案', 'Emergency response plan.', {
    issuedOn: date('发布日期', 'Date the plan was issued.'),
    reviewedOn: date('最近评审日期', 'Date of the latest review (评审/论证).'),
    filedOn: date('备案日期', 'Date the plan was filed with the supervising department.'),
    publicisedOn: date('向从业人员公布日期', 'Date the plan was made known to employees.'),
  }),
  drills: list('应急演练记录', 'Emergency drills held.', object('应急演练', 'One drill.', {
    date: date('演练日期', 'Date of the drill.'),
    scenario: text('演练科目', 'What was drilled.'),
    kind: { type: 'string', enum: ['综合演练', '专项演练', '现场处置方案演练'], title: '演练类型', description: 'Comprehensive, special or on-site drill.' },
    reportedOn: date('报送监管部门日期', 'Date the drill was reported to the county-level supervisor.'),
  }, ['date', 'scenario']), 'drills.csv'),
  rescue: object('应急救援队伍', 'Rescue organisation.', {
    team: flag('是否建立应急救援组织', 'The enterprise has its own rescue organisation.'),
    partTimeRescuers: count('兼职应急救援人员数', 'Designated part-time rescuers.'),
    agreementWith: text('救援协议单位', 'Professional rescue team the enterprise has an agreement with.'),
    agreementExpiresOn: date('救援协议有效期至', 'Last day of the rescue agreement.'),
  }),
});

const risks = list('安全风险分级管控清单', 'Risk register (安全风险分级管控).', object('风险', 'One identified risk.', {
  id: text('风险编号', 'Identifier in the register.'),
  name: text('风险点', 'Risk point or activity.'),
  level: { type: 'string', enum: ['重大', '较大', '一般', '低'], title: '风险等级', description: 'Risk level: 重大 (red), 较大 (orange), 一般 (yellow), 低 (blue).' },
  controls: text('管控措施', 'Control measures.'),
  owner: text('管控责任人', 'Person responsible for the controls.'),
  monitoring: text('监测监控措施', 'How the risk is monitored.'),
}, ['id', 'name', 'level']), 'risks.csv');

const hazards = list('隐患排查治理台账', 'Hazard ledger (隐患排查治理台账).', object('隐患', 'One hazard found.', {
  id: text('隐患编号', 'Identifier in the ledger.'),
  description: text('隐患描述', 'What was found, and where.'),
  level: { type: 'string', enum: ['一般', '重大'], title: '隐患等级', description: 'General or major accident hazard.' },
  foundOn: date('发现日期', 'Date the hazard was found.'),
  deadline: date('整改期限', 'Deadline for remediation.'),
  status: { type: 'string', enum: ['未整改', '整改中', '已整改'], title: '整改状态', description: 'Remediation status.' },
  closedOn: date('整改完成日期', 'Date remediation was accepted and the hazard closed.'),
  reportedToRegulator: date('向监管部门报告日期', 'Date the hazard was reported to the supervising department.'),
  reportedToEmployees: date('向职工通报日期', "Date the hazard was reported to employees (职工大会/职代会 or notice)."),
  owner: text('整改责任人', 'Person responsible for remediation.'),
}, ['id', 'description', 'level', 'foundOn', 'status']), 'hazards.csv');

export const generalSections = { enterprise, assessment, responsibility, management, investment, training, emergency, risks, hazards };

export const baseAssessmentSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://safety-audit.dev/schema/assessment.json',
  title: '安全生产自评',
  description: "An enterprise's work-safety self-assessment.",
  type: 'object',
  additionalProperties: false,
  required: ['enterprise', 'assessment'],
  properties: generalSections,
};
