import { z } from 'astro/zod';
import raw from '../../site.config.json';

/** The portal's identity: who runs it and the registration numbers a government site must show. */
export const siteConfigSchema = z.strictObject({
  /** Site name, shown in the header and <title> */
  name: z.string().min(1),
  description: z.string().min(1),
  /** 主办单位 */
  organisation: z.string().min(1),
  /** 承办单位 */
  operator: z.string().min(1).optional(),
  contact: z
    .strictObject({ phone: z.string().optional(), email: z.string().optional(), address: z.string().optional() })
    .optional(),
  /** 网站标识码 */
  siteIdCode: z.string().optional(),
  /** ICP备案号 */
  icp: z.string().optional(),
  /** 公安机关备案号 */
  police: z.string().optional(),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

const parsed = siteConfigSchema.safeParse(raw);
if (!parsed.success) {
  throw new Error(`site.config.json: ${z.prettifyError(parsed.error)}`);
}
export const siteConfig: SiteConfig = parsed.data;
