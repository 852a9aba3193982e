import { describe, expect, it } from 'vitest';
import { findContact } from './contact';
import { paragraph } from './document';

describe('the contact block', () => {
  it('reads every field of a contact sentence', () => {
    const text = '如对本报告有任何疑问，请与安丘市凌河街道办事处联系（地址：安丘市雄鹰大道2号凌河街道办事处驻地，邮编：262100，电话：0536-4641001，传真：0536-4641002，电子邮箱：lhdangzhengban@wf.shandong.cn）。';
    expect(findContact([paragraph(text)])).toEqual({
      address: '安丘市雄鹰大道2号凌河街道办事处驻地',
      postcode: '262100',
      phone: '0536-4641001',
      fax: '0536-4641002',
      email: 'lhdangzhengban@wf.shandong.cn',
    });
  });

  it('keeps the spaces an address is printed with, and reads fields without a colon', () => {
    expect(findContact([paragraph('请与鲸园街道联系（地址：威海市环翠区戚谷疃小区 1 号楼，电话：0631-5222975）。')])).toEqual({ address: '威海市环翠区戚谷疃小区 1 号楼', phone: '0631-5222975' });
    expect(findContact([paragraph('请与本局办公室联系（邮编350400；电话0591-23163265）')])).toEqual({ postcode: '350400', phone: '0591-23163265' });
  });

  it('follows the fields onto the next line', () => {
    expect(findContact([paragraph('请与社会事业局联系。联系地址：金井湾商务营运中心3号楼7层；'), paragraph('邮编：350400；电话：0591-86175957。')])).toEqual({
      address: '金井湾商务营运中心3号楼7层',
      postcode: '350400',
      phone: '0591-86175957',
    });
  });

  it('does not read a list of what is published as an address', () => {
    expect(findContact([paragraph('及时更新机关职能、机构设置、办公地址、办公时间、联系方式。')])).toBeUndefined();
  });
});
