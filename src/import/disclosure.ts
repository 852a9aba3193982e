import type { Block } from './document';
import { fold } from './normalize';

export interface Disclosure {
  total?: number;
  channels?: Record<string, number>;
  npc_suggestions?: number;
  cppcc_proposals?: number;
  fees_collected?: number;
}

/** Channel names as reports write them; the first form of each is the name kept (门户网站 is the 政府网站). */
const CHANNELS: readonly (readonly [string, RegExp])[] = [
  ['政府网站', /(?:政府)?(?:门户)?网站/u],
  ['微信公众号', /微信公众号/u],
  ['政务微信', /政务微信/u],
  ['官方微博', /官方微博/u],
  ['政务微博', /政务微博/u],
  ['政务号', /(?<!微信公众)政务号/u],
  ['政务新媒体', /政务新媒体/u],
  ['抖音', /抖音/u],
  ['今日头条', /头条号|今日头条/u],
];

const clauses = (text: string) => fold(text).split(/[,，;；。、:：]/u).map((c) => c.replace(/\s+/gu, ''));

const PUBLISHED = /(?:公开|发布|推送)[^\d]{0,12}?(\d+)条/u;
// 应主动公开的…信息N条 is a category of the total, not the total.
const TOTAL = /(?<!应)主动公开[^\d]{0,12}?(\d+)条/u;
// Some reports say how many items the website carried without the word 主动 (海坛片区 2022).
const TOTAL_FALLBACK = /公开(?:政府|政务)?信息(\d+)条/u;

function proactiveFigures(paragraphs: readonly string[]): Pick<Disclosure, 'total' | 'channels'> {
  let at = paragraphs.findIndex((p) => clauses(p).some((c) => TOTAL.test(c)));
  const pattern = at >= 0 ? TOTAL : TOTAL_FALLBACK;
  if (at < 0) at = paragraphs.findIndex((p) => clauses(p).some((c) => TOTAL_FALLBACK.test(c)));
  if (at < 0) return {};
  const total = Number(clauses(paragraphs[at]!).map((c) => pattern.exec(c)).find(Boolean)![1]);
  const channels: Record<string, number> = {};
  // Channels are listed in the sentence of the total or the lines right after it.
  for (const c of paragraphs.slice(at, at + 4).flatMap(clauses)) {
    const m = PUBLISHED.exec(c);
    const channel = m && CHANNELS.find(([, re]) => re.test(c.slice(0, m.index + m[0].length)));
    if (channel && channels[channel[0]] === undefined) channels[channel[0]] = Number(m[1]);
  }
  return Object.keys(channels).length ? { total, channels } : { total };
}

/** 共收到1件人大代表建议 / 人大代表建议3件 / 未承办政协委员提案 → counts. */
function handled(text: string, subject: string): number | undefined {
  const t = fold(text).replace(/\s+/gu, '');
  const before = new RegExp(String.raw`(\d+)件[^\d,，。;；]{0,6}?${subject}`, 'u').exec(t);
  const after = new RegExp(String.raw`${subject}[^\d,，。;；]{0,6}?(\d+)件`, 'u').exec(t);
  const hits = [before, after].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index);
  if (hits.length) return Number(hits[0]![1]);
  if (new RegExp(String.raw`(?:未|没有|无)(?:承办|收到|办理|涉及)?[^,，。;；\d]{0,4}${subject}`, 'u').test(t)) return 0;
  return undefined;
}

function fees(text: string): number | undefined {
  const t = fold(text).replace(/\s+/gu, '');
  if (/(?:未|没有|无)(?:收取|产生)[^。;；]{0,20}?(?:处理费|费用)|实际收取的总金额均?为0/u.test(t)) return 0;
  const m = /(?:收取|收缴)了?(?:政府信息公开)?(?:信息处理费|费用)(?:共计|合计|共)?(\d+)元/u.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** Figures the narrative states (contract: `disclosure`); a figure not stated is left out, never guessed as 0. */
export function findDisclosure(blocks: readonly Block[]): Disclosure | undefined {
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const out: Disclosure = { ...proactiveFigures(paragraphs) };
  const all = paragraphs.join('\n');
  const npc = handled(all, '人大代表(?:的)?建议');
  const cppcc = handled(all, '政协(?:委员)?(?:的)?提案');
  const fee = paragraphs.map(fees).find((v) => v !== undefined);
  if (npc !== undefined) out.npc_suggestions = npc;
  if (cppcc !== undefined) out.cppcc_proposals = cppcc;
  if (fee !== undefined) out.fees_collected = fee;
  return Object.keys(out).length ? out : undefined;
}
