import { hasTables, type Report } from '../report/schema';
import type { Block } from './document';
import { fold } from './normalize';

/** 收到政府信息公开申请4件 / 收到依申请公开2件 / 受理…申请4条 / 办理政府信息公开申请218件. */
const RECEIVED = /(?:收到|受理|新收|办理)[^,。;\d]{0,12}?申请(?:公开)?(?:共计|共)?(\d+)[件条]/u;

/**
 * Rule 6 of the contract: a figure the narrative states and section 3 holds should agree. Only
 * the applications received are compared; other prose counts (依申请公开信息数311条) mean other things.
 */
export function proseWarnings(report: Report, blocks: readonly Block[]): string[] {
  if (!hasTables(report)) return [];
  const received = report.applications.received[6] ?? null;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const m = RECEIVED.exec(fold(b.text).replace(/\s+/gu, ''));
    if (!m) continue;
    if (Number(m[1]) === received) return [];
    return [`勾稽关系 rule 6 (正文与表格一致) broken: the text says “${m[0]}”, section 3 一、本年新收 总计 is ${received ?? 'blank'}`];
  }
  return [];
}
