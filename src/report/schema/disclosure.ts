import { z } from 'astro/zod';

const count = z.int().nonnegative();

/** Figures the narrative states (all optional). */
export const disclosure = z.strictObject({
  /** 主动公开政府信息总数 (条) */
  total: count.optional(),
  /** 主动公开 by channel, names as written: 政府网站, 微信公众号 … (条) */
  channels: z.record(z.string().min(1), count).optional(),
  /** 人大代表建议办理件数 (件) */
  npc_suggestions: count.optional(),
  /** 政协委员提案办理件数 (件) */
  cppcc_proposals: count.optional(),
  /** 信息处理费 (元) */
  fees_collected: count.optional(),
});
