import type { Block } from './document';
import { fold } from './normalize';

export interface Contact {
  address?: string;
  postcode?: string;
  phone?: string;
  fax?: string;
  email?: string;
}

const END = String.raw`[^;；,，。()（）]+`;
const NUMBER = String.raw`(\d[\d\-－—\s]{5,}\d)`;
const FIELDS: Record<keyof Contact, RegExp> = {
  address: new RegExp(String.raw`地\s*址\s*[:：]\s*(${END})`, 'u'),
  postcode: /邮\s*(?:政)?\s*编\s*(?:码)?\s*[:：]?\s*(\d{6})(?!\d)/u,
  phone: new RegExp(String.raw`电\s*话\s*(?:号码)?\s*[:：]?\s*${NUMBER}`, 'u'),
  fax: new RegExp(String.raw`传\s*真\s*(?:号码)?\s*[:：]?\s*${NUMBER}`, 'u'),
  email: /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/u,
};

const FIELD_START = /^\s*(?:联系)?(?:地\s*址|邮\s*编|邮政编码|电\s*话|传\s*真|电子邮箱|邮\s*箱|E-?mail)/iu;

function parse(text: string): Contact {
  const contact: Contact = {};
  for (const [field, re] of Object.entries(FIELDS) as [keyof Contact, RegExp][]) {
    const m = re.exec(text);
    if (m) contact[field] = m[1]!.trim().replace(/[－—]/gu, '-');
  }
  return contact;
}

/**
 * The contact block reports print near the top or in section 六 (“如对本报告有任何疑问，请与…联系（地址：…）”).
 * Only the first paragraph that names a way to get in touch is read, so hotlines in the prose don't leak in.
 */
export function findContact(blocks: readonly Block[]): Contact | undefined {
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== 'paragraph' || !/联系|咨询|疑问/u.test(b.text)) continue;
    let text = b.text;
    // A list of fields may go on over the next lines (邮编：…；电话：… after the address line).
    for (let next = blocks[i + 1], j = i + 1; next?.kind === 'paragraph' && FIELD_START.test(next.text); next = blocks[++j]) text += next.text;
    const contact = parse(fold(text));
    if (Object.keys(contact).length) return contact;
  }
  return undefined;
}
