import type { Block } from './document';
import { compact, fold } from './normalize';

/** Suffixes that make a longer form of the same organ (街道 → 街道办事处); 党政办公室 and the like are offices inside it. */
const ORGAN_SUFFIXES = ['办事处', '人民政府', '管委会', '管理委员会'];
/** A title naming a development zone alone means its administrative committee. */
const ZONE = /(?:实验区|开发区|高新区|新区|示范区|园区|合作区)$/u;

/** The organ the title names: the text before the year (or before 政府信息公开). */
export function titleAgency(title: string): string | undefined {
  // Some titles lead with the year: 2023年安丘市政府信息公开工作年度报告.
  const m = /^(.+?)(?:(?:19|20)\d{2}年|[〇零一二][〇零一二三四五六七八九]{3}年|关于|政府信息公开)/u.exec(compact(title).replace(/^(?:关于)?(?:(?:19|20)\d{2}年度?)?/u, ''));
  return m?.[1] || undefined;
}

/** Organs the report names in its contact line (请与…联系) and signature. */
export function namedOrgans(blocks: readonly Block[], signatureIndex: number | undefined): string[] {
  const names: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const m of fold(b.text).matchAll(/请(?:与|联系|致电)\s*([^,，。;；:：()（）\s]{2,40}?)\s*(?:联系|[,，。;；(（])/gu)) names.push(m[1]!);
  }
  if (signatureIndex !== undefined) {
    const sig = blocks[signatureIndex - 1];
    if (sig?.kind === 'paragraph' && sig.text.length <= 40) names.push(compact(sig.text));
  }
  return names;
}

/**
 * The publishing organ in its fullest form: the title's name, lengthened when the contact line or
 * signature writes the same name with an organ suffix (临淄区齐陵街道 → 临淄区齐陵街道办事处).
 * `isPlace` tells whether a name is just a place (安丘市), which then means its government.
 */
export function findAgency(fromTitle: string, organs: readonly string[], isPlace: (name: string) => boolean): string {
  for (const organ of organs) {
    const suffix = organ.startsWith(fromTitle) ? organ.slice(fromTitle.length) : '';
    if (ORGAN_SUFFIXES.includes(suffix)) return organ;
  }
  if (ZONE.test(fromTitle)) return `${fromTitle}管委会`;
  if (isPlace(fromTitle)) return `${fromTitle}人民政府`;
  return fromTitle;
}
