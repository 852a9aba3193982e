import { describe, expect, test } from 'vitest';
import { agencySlug, slugify } from './slug';

describe('agency slugs', () => {
  test.each([
    ['安丘市凌河街道办事处', 'anqiushi-linghejiedao-banshichu'],
    ['民权县绿洲街道办事处', 'minquanxian-lvzhoujiedao-banshichu'],
    ['威海市环翠区鲸园街道', 'weihaishi-huancuiqu-jingyuanjiedao'],
    ['平潭综合实验区市场监督管理局', 'pingtanzongheshiyanqu-shichangjianduguanliju'],
    ['重庆市', 'chongqingshi'],
  ])('reads %s as %s: pinyin without tones, a hyphen after each administrative unit', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  test('keeps ASCII letters and digits and drops punctuation', () => {
    expect(slugify('第2中学（测试）')).toMatch(/^[a-z0-9-]+$/);
  });

  test('uses the frontmatter slug when one is given', () => {
    expect(agencySlug({ agency: '安丘市凌河街道办事处', slug: 'linghe' })).toBe('linghe');
    expect(agencySlug({ agency: '安丘市凌河街道办事处' })).toBe('anqiushi-linghejiedao-banshichu');
  });
});
