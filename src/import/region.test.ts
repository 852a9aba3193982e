import { describe, expect, it } from 'vitest';
import { inferRegion, isPlace } from './region';

describe('the region an agency name starts with', () => {
  it('finds the county and its parents in the national division data', () => {
    expect(inferRegion('安丘市凌河街道办事处')).toEqual({ region: ['山东省', '潍坊市', '安丘市'] });
    expect(inferRegion('威海市环翠区鲸园街道')).toEqual({ region: ['山东省', '威海市', '环翠区'] });
    expect(inferRegion('潍坊市教育局')).toEqual({ region: ['山东省', '潍坊市'] });
    expect(inferRegion('山东省人民政府办公厅')).toEqual({ region: ['山东省'] });
  });

  it('drops the data’s placeholder levels (北京市 › 市辖区)', () => {
    expect(inferRegion('北京市东城区东华门街道办事处').region).toEqual(['北京市', '东城区']);
  });

  it('tells counties of the same name apart by the street that follows', () => {
    expect(inferRegion('朝阳区三里屯街道办事处')).toEqual({ region: ['北京市', '朝阳区'] });
  });

  it('keeps what same-named counties share and warns when nothing tells them apart', () => {
    const result = inferRegion('朝阳区人民政府');
    expect(result.region).toBeUndefined();
    expect(result.warning).toBe('region of 朝阳区人民政府 is ambiguous (北京市/朝阳区, 吉林省/长春市/朝阳区); pass --region');
  });

  it('finds the county of a township named without it', () => {
    expect(inferRegion('景芝镇人民政府')).toEqual({ region: ['山东省', '潍坊市', '安丘市'] });
  });

  it('knows zones that have their own government outside the county list', () => {
    expect(inferRegion('平潭综合实验区管委会')).toEqual({ region: ['福建省', '平潭综合实验区'] });
  });

  it('says so when the name holds no place', () => {
    expect(inferRegion('国家统计局').warning).toBe('no administrative division found in the agency name 国家统计局; pass --region');
  });

  it('knows a name that is only a place', () => {
    expect(isPlace('安丘市')).toBe(true);
    expect(isPlace('安丘市凌河街道')).toBe(false);
  });
});
