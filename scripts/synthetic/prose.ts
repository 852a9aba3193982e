import type { Random } from './random';

/** Topics that real reports mention; each report names a few, so searches find some reports and not others. */
export const TOPICS = [
  '政府开放日', '信息共享机制', '政策解读', '12345热线', '乡村振兴', '营商环境', '义务教育', '医疗保障', '养老服务',
  '安全生产', '生态环境保护', '食品安全', '减税降费', '重大建设项目', '公共资源交易', '财政预决算', '人大代表建议',
  '政协委员提案', '行政执法公示', '双随机一公开', '一网通办', '政务新媒体', '基层政务公开标准化', '民生实事',
  '防汛抗旱', '疫情防控', '老旧小区改造', '高标准农田', '河长制', '垃圾分类',
];

const OPENERS = [
  '{year}年，{agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，按照“公开为常态、不公开为例外”的原则，持续深化政务公开工作。',
  '{year}年以来，{agency}围绕中心工作，聚焦群众关切，不断完善政务公开制度，拓展公开渠道，提升公开质效。',
];
const SENTENCES = [
  '全年通过政府网站主动公开政府信息{n}条，其中政策文件{m}条，工作动态{k}条。',
  '围绕{topic}等重点领域，及时发布政策文件和解读材料，做到应公开尽公开。',
  '严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则。',
  '完善依申请公开受理、审查、答复等工作流程，规范答复文书格式，确保依法按时答复。',
  '加强政务新媒体管理，定期开展自查，及时更新内容，提高信息发布的及时性和准确性。',
  '组织开展{topic}专题宣传活动{k}次，通过线上线下相结合的方式回应社会关切。',
  '依托政府网站和政务服务中心设置政府信息公开查阅点，方便群众查阅政府信息。',
  '建立健全{topic}信息发布机制，明确责任科室和工作人员，落实信息发布审核责任。',
  '对照政务公开标准目录，梳理公开事项{m}项，动态调整主动公开基本目录。',
  '召开政务公开专题会议{k}次，研究部署年度重点工作，将政务公开纳入年度绩效考核。',
  '开展政务公开业务培训{k}次，参训人员{m}人次，工作人员业务能力明显提升。',
  '及时公开财政预算决算、“三公”经费等信息，主动接受社会监督。',
  '办理人大代表建议{k}件、政协委员提案{k}件，办理结果全部按要求公开。',
  '畅通政民互动渠道，全年收到群众留言咨询{m}条，均已按时办理答复。',
  '推进{topic}相关信息集中公开，在政府网站开设专栏，集中发布相关政策和办理情况。',
  '落实重大行政决策预公开制度，对涉及群众切身利益的决策事项公开征求意见{k}次。',
];
const PROBLEMS = [
  '一是政策解读形式较为单一，图解、视频等多样化解读产品偏少。',
  '二是部分信息更新不够及时，个别栏目内容不够丰富。',
  '三是基层政务公开工作人员业务水平有待进一步提高。',
  '四是依申请公开答复的规范化水平仍需提升。',
];
const REMEDIES = [
  '一是丰富解读形式，围绕{topic}等群众关注的政策，制作图文、视频解读材料。',
  '二是加强栏目维护，建立信息更新提醒机制，确保信息及时准确。',
  '三是加强业务培训，提升工作人员依法公开意识和能力。',
  '四是规范依申请公开办理流程，严格落实答复时限要求。',
];

const fill = (rng: Random, s: string, ctx: { agency: string; year: number; topics: string[] }) =>
  s
    .replaceAll('{agency}', ctx.agency)
    .replaceAll('{year}', String(ctx.year))
    .replace(/\{topic\}/gu, () => rng.pick(ctx.topics))
    .replace(/\{n\}/gu, () => String(rng.int(100, 3000)))
    .replace(/\{m\}/gu, () => String(rng.int(10, 300)))
    .replace(/\{k\}/gu, () => String(rng.int(1, 12)));

const paragraph = (rng: Random, ctx: Parameters<typeof fill>[2], count: number) =>
  Array.from({ length: count }, () => fill(rng, rng.pick(SENTENCES), ctx)).join('');

/** A narrative body shaped like a real report's (~4–5 KB of Chinese), with its numbered parts. */
export function narrative(rng: Random, agency: string, year: number): string {
  const topics = [rng.pick(TOPICS), rng.pick(TOPICS), rng.pick(TOPICS)];
  const ctx = { agency, year, topics };
  const subs = ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'];
  return [
    `本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求编制。报告中所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '## 一、总体情况',
    fill(rng, rng.pick(OPENERS), ctx),
    ...subs.flatMap((s, i) => [`### （${'一二三四五'[i]}）${s}`, paragraph(rng, ctx, 4), paragraph(rng, ctx, 3)]),
    '## 二、主动公开政府信息情况',
    '## 三、收到和处理政府信息公开申请情况',
    '## 四、政府信息公开行政复议、行政诉讼情况',
    '## 五、存在的主要问题及改进情况',
    `${year}年，${agency}政府信息公开工作取得了一定成效，但仍存在一些不足：${PROBLEMS.join('')}`,
    `下一步，将重点做好以下工作：${REMEDIES.map((r) => fill(rng, r, ctx)).join('')}`,
    '## 六、其他需要报告的事项',
    `本机关${year}年度未收取信息处理费。${paragraph(rng, ctx, 2)}`,
  ].join('\n\n');
}
