/**
 * The official row and column labels of the annual-report tables (国办公开办函〔2019〕60号
 * and 〔2021〕30号), in official order. The zod schema builds its keys from these lists,
 * and pages, CSV headers, the importer and the tests read the Chinese labels from here.
 */

export const TEMPLATES = ['2019', '2021'] as const;
export type TableTemplate = (typeof TEMPLATES)[number];

export interface Label {
  readonly key: string;
  readonly label: string;
}

/** Keys of a label list, as a tuple type the schema can map over. */
export type KeysOf<L extends readonly Label[]> = L[number]['key'];

export const keysOf = <const L extends readonly Label[]>(labels: L): KeysOf<L>[] =>
  labels.map((l) => l.key);

// ── Section 2 — 主动公开政府信息情况 ──────────────────────────────────────────

export const PROACTIVE_TITLE = '主动公开政府信息情况';

export interface ProactiveGroup {
  /** e.g. 第二十条第（一）项 */
  readonly article: string;
  readonly columns: readonly Label[];
  readonly rows: readonly Label[];
}

const COLUMNS_2021_DOCS = [
  { key: 'issued', label: '本年制发件数' },
  { key: 'repealed', label: '本年废止件数' },
  { key: 'in_force', label: '现行有效件数' },
] as const;
const COLUMNS_2021_DECISIONS = [{ key: 'decisions', label: '本年处理决定数量' }] as const;
const COLUMNS_2021_FEES = [{ key: 'amount', label: '本年收费金额（单位：万元）' }] as const;

export const PROACTIVE_2021 = [
  {
    article: '第二十条第（一）项',
    columns: COLUMNS_2021_DOCS,
    rows: [
      { key: 'rules', label: '规章' },
      { key: 'normative_documents', label: '行政规范性文件' },
    ],
  },
  { article: '第二十条第（五）项', columns: COLUMNS_2021_DECISIONS, rows: [{ key: 'licensing', label: '行政许可' }] },
  {
    article: '第二十条第（六）项',
    columns: COLUMNS_2021_DECISIONS,
    rows: [
      { key: 'punishment', label: '行政处罚' },
      { key: 'coercion', label: '行政强制' },
    ],
  },
  { article: '第二十条第（八）项', columns: COLUMNS_2021_FEES, rows: [{ key: 'fees', label: '行政事业性收费' }] },
] as const satisfies readonly ProactiveGroup[];

const COLUMNS_2019_DOCS = [
  { key: 'made', label: '本年新制作数量' },
  { key: 'published', label: '本年新公开数量' },
  { key: 'total_published', label: '对外公开总数量' },
] as const;
const COLUMNS_2019_ITEMS = [
  { key: 'previous', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减' },
  { key: 'decisions', label: '处理决定数量' },
] as const;
const COLUMNS_2019_FEES = [
  { key: 'previous', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减' },
] as const;
const COLUMNS_2019_PROCUREMENT = [
  { key: 'items', label: '采购项目数量' },
  { key: 'amount', label: '采购总金额（万元）' },
] as const;

export const PROACTIVE_2019 = [
  {
    article: '第二十条第（一）项',
    columns: COLUMNS_2019_DOCS,
    rows: [
      { key: 'rules', label: '规章' },
      { key: 'normative_documents', label: '规范性文件' },
    ],
  },
  {
    article: '第二十条第（五）项',
    columns: COLUMNS_2019_ITEMS,
    rows: [
      { key: 'licensing', label: '行政许可' },
      { key: 'other_services', label: '其他对外管理服务事项' },
    ],
  },
  {
    article: '第二十条第（六）项',
    columns: COLUMNS_2019_ITEMS,
    rows: [
      { key: 'punishment', label: '行政处罚' },
      { key: 'coercion', label: '行政强制' },
    ],
  },
  { article: '第二十条第（八）项', columns: COLUMNS_2019_FEES, rows: [{ key: 'fees', label: '行政事业性收费' }] },
  { article: '第二十条第（九）项', columns: COLUMNS_2019_PROCUREMENT, rows: [{ key: 'procurement', label: '政府集中采购' }] },
] as const satisfies readonly ProactiveGroup[];

export const PROACTIVE_GROUPS: Record<TableTemplate, readonly ProactiveGroup[]> = {
  '2019': PROACTIVE_2019,
  '2021': PROACTIVE_2021,
};

/** Fields in 万元 that may hold decimals; every other proactive field counts items (件). */
export const PROACTIVE_AMOUNT_FIELDS = ['amount'] as const;
/** The one proactive field that may be negative (本年增/减). */
export const PROACTIVE_SIGNED_FIELDS = ['change'] as const;

// ── Section 3 — 收到和处理政府信息公开申请情况 ──────────────────────────────

export const APPLICATIONS_TITLE = '收到和处理政府信息公开申请情况';
export const APPLICATIONS_RULE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** The seven applicant columns; 商业企业 … 其他 sit under 法人或其他组织. */
export const APPLICANT_COLUMNS = [
  { key: 'natural_person', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'public_interest', label: '社会公益组织' },
  { key: 'legal_services', label: '法律服务机构' },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计' },
] as const;
export const APPLICANT_GROUP_LABEL = '法人或其他组织';
export const APPLICANT_HEADER_LABEL = '申请人情况';
/** Indexes of the columns under 法人或其他组织. */
export const APPLICANT_GROUP_COLUMNS = [1, 2, 3, 4, 5] as const;

export const WITHHELD_ROWS = [
  { key: 'state_secret', label: '属于国家秘密' },
  { key: 'law_prohibited', label: '其他法律行政法规禁止公开' },
  { key: 'security_stability', label: '危及“三安全一稳定”' },
  { key: 'third_party', label: '保护第三方合法权益' },
  { key: 'internal_affairs', label: '属于三类内部事务信息' },
  { key: 'process_info', label: '属于四类过程性信息' },
  { key: 'enforcement_files', label: '属于行政执法案卷' },
  { key: 'query_items', label: '属于行政查询事项' },
] as const;

export const UNAVAILABLE_ROWS = [
  { key: 'not_held', label: '本机关不掌握相关政府信息' },
  { key: 'needs_creation', label: '没有现成信息需要另行制作' },
  { key: 'unclear', label: '补正后申请内容仍不明确' },
] as const;

export const NOT_PROCESSED_ROWS = [
  { key: 'petition', label: '信访举报投诉类申请' },
  { key: 'duplicate', label: '重复申请' },
  { key: 'publication', label: '要求提供公开出版物' },
  { key: 'excessive', label: '无正当理由大量反复申请' },
  { key: 'confirmation', label: '要求行政机关确认或重新出具已获取信息' },
] as const;

/** （六）其他处理 has these three rows in template 2021 and is one row in template 2019. */
export const OTHER_ROWS_2021 = [
  { key: 'overdue_correction', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
  { key: 'unpaid_fee', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
  { key: 'other', label: '其他' },
] as const;

/** One line of the official section-3 table, with where its 7 cells live in the data. */
export interface ApplicationRow {
  /** Key path inside `applications`, e.g. ['results', 'withheld', 'third_party']. */
  readonly path: readonly string[];
  /** Official numbering as printed, e.g. 三（三）4. */
  readonly code: string;
  readonly label: string;
  /** The 三、本年度办理结果 block and its （三）不予公开-style sub-group, when the row sits in one. */
  readonly section?: string;
  readonly group?: string;
  /** Printed numbering of the row itself, e.g. 4. or （一） or 一、 */
  readonly number: string;
  /** true for rows summed into results.total (rule 2). */
  readonly isResult: boolean;
}

const RESULTS_SECTION = '三、本年度办理结果';
const CHINESE_GROUP_NUMBERS = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'] as const;

function groupRows(groupIndex: number, groupKey: string, groupLabel: string, rows: readonly Label[]): ApplicationRow[] {
  const groupNumber = CHINESE_GROUP_NUMBERS[groupIndex]!;
  return rows.map((row, i) => ({
    path: ['results', groupKey, row.key],
    code: `三${groupNumber}${i + 1}.`,
    number: `${i + 1}.`,
    label: row.label,
    section: RESULTS_SECTION,
    group: `${groupNumber}${groupLabel}`,
    isResult: true,
  }));
}

function resultRow(groupIndex: number, key: string, label: string, isResult = true): ApplicationRow {
  const number = CHINESE_GROUP_NUMBERS[groupIndex]!;
  return { path: ['results', key], code: `三${number}`, number, label, section: RESULTS_SECTION, isResult };
}

function applicationRows(template: TableTemplate): ApplicationRow[] {
  const other =
    template === '2021'
      ? groupRows(5, 'other', '其他处理', OTHER_ROWS_2021)
      : [resultRow(5, 'other', '其他处理')];
  return [
    { path: ['received'], code: '一、', number: '一、', label: '本年新收政府信息公开申请数量', isResult: false },
    { path: ['carried_over'], code: '二、', number: '二、', label: '上年结转政府信息公开申请数量', isResult: false },
    resultRow(0, 'disclosed', '予以公开'),
    resultRow(1, 'partially_disclosed', '部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ...groupRows(2, 'withheld', '不予公开', WITHHELD_ROWS),
    ...groupRows(3, 'unavailable', '无法提供', UNAVAILABLE_ROWS),
    ...groupRows(4, 'not_processed', '不予处理', NOT_PROCESSED_ROWS),
    ...other,
    resultRow(6, 'total', '总计', false),
    { path: ['carried_forward'], code: '四、', number: '四、', label: '结转下年度继续办理', isResult: false },
  ];
}

/** Every section-3 row in official order: 25 rows in template 2021, 23 in template 2019. */
export const APPLICATION_ROWS: Record<TableTemplate, readonly ApplicationRow[]> = {
  '2019': applicationRows('2019'),
  '2021': applicationRows('2021'),
};

// ── Section 4 — 政府信息公开行政复议、行政诉讼情况 ────────────────────────────

export const APPEALS_TITLE = '政府信息公开行政复议、行政诉讼情况';

export const APPEAL_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

export const APPEAL_ROWS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigation_direct', label: '未经复议直接起诉' },
  { key: 'litigation_after_review', label: '复议后起诉' },
] as const;
export const LITIGATION_LABEL = '行政诉讼';

/** The heading each official section carries in the report, used by pages and the importer. */
export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  proactive: `二、${PROACTIVE_TITLE}`,
  applications: `三、${APPLICATIONS_TITLE}`,
  appeals: `四、${APPEALS_TITLE}`,
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;
