import { describe, expect, it } from 'vitest';
import { findAgency, namedOrgans, titleAgency } from './agency';
import { dateLine } from './dates';
import { paragraph } from './document';
import { dateUnderTitle, findPublished, findSourceUrl, findTitle, findYear } from './metadata';

describe('report metadata', () => {
  it('reads a title split over lines, without the layout’s spaces', () => {
    expect(findTitle([paragraph('临淄区齐陵街道'), paragraph('2024年政府信息公开工作年度报告'), paragraph('本年度报告中所列数据…。')], {})).toBe('临淄区齐陵街道2024年政府信息公开工作年度报告');
    expect(findTitle([paragraph('民权县绿洲街道办事处 2023 年政府信息公开工作 年度报告')], {})).toBe('民权县绿洲街道办事处2023年政府信息公开工作年度报告');
    expect(findTitle([paragraph('根据《条例》要求，编制本报告。')], {})).toBeUndefined();
  });

  it('takes the year from the title, else from the statistics period', () => {
    expect(findYear('高青县芦湖街道2020年政府信息公开工作年度报告', [])).toBe(2020);
    expect(findYear('某某局二〇二三年政府信息公开工作年度报告', [])).toBe(2023);
    expect(findYear('某局政府信息公开工作年度报告', [paragraph('本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。')])).toBe(2022);
  });

  it('reads the date under the signature, in figures or Chinese numerals', () => {
    expect(dateLine('2024年1月13日 ')).toBe('2024-01-13');
    expect(dateLine('\u3000二〇二五年一月二十日\u3000\u3000')).toBe('2025-01-20');
    expect(dateLine('2024.1.13')).toBe('2024-01-13');
    expect(dateUnderTitle([paragraph('某局2023年政府信息公开工作年度报告'), paragraph('（2024年1月13日）'), paragraph('正文。')])).toBe('2024-01-13');
    expect(dateLine('截至2023年12月31日，共公开…')).toBeUndefined();
    expect(findPublished([paragraph('正文。'), paragraph('平潭综合实验区社会事业局'), paragraph('2025年1月20日')])).toEqual({ date: '2025-01-20', index: 2 });
  });

  it('takes the site the report names for its electronic copy as the source', () => {
    expect(findSourceUrl([paragraph('报告电子版可从威海市环翠区人民政府网站（网址：<http://www.huancui.gov.cn/>）查阅或下载。')], {})).toBe('http://www.huancui.gov.cn/');
    expect(findSourceUrl([paragraph('报告电子版可在高青县人民政府门户网站（www.gaoqing.gov.cn）查阅和下载。')], {})).toBe('www.gaoqing.gov.cn');
    expect(findSourceUrl([paragraph('门户网站（www.pingtan.gov.cn）')], { sourceUrl: 'https://www.pingtan.gov.cn/a.htm' })).toBe('https://www.pingtan.gov.cn/a.htm');
  });

  it('writes the agency in its fullest form, but not as an office inside it', () => {
    const organs = namedOrgans([paragraph('如对报告内容有疑问，请与临淄区齐陵街道办事处联系（地址：临淄区齐陵路67号）。')], undefined);
    expect(organs).toEqual(['临淄区齐陵街道办事处']);
    expect(findAgency(titleAgency('临淄区齐陵街道2024年政府信息公开工作年度报告')!, organs, () => false)).toBe('临淄区齐陵街道办事处');
    expect(findAgency('高青县芦湖街道', ['高青县芦湖街道党政办公室'], () => false)).toBe('高青县芦湖街道');
  });

  it('finds the organ in a title that leads with the year', () => {
    expect(titleAgency('2023年安丘市政府信息公开工作年度报告')).toBe('安丘市');
    expect(titleAgency('某某局关于2023年度政府信息公开工作年度报告')).toBe('某某局');
    expect(titleAgency('关于安丘市2023年政府信息公开工作年度报告')).toBe('安丘市');
    expect(titleAgency('某某局二〇二三年政府信息公开工作年度报告')).toBe('某某局');
  });

  it('reads a title naming only a place as that place’s government', () => {
    expect(findAgency('平潭综合实验区', [], () => false)).toBe('平潭综合实验区管委会');
    expect(findAgency('安丘市', [], (n) => n === '安丘市')).toBe('安丘市人民政府');
  });
});
