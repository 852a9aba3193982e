import { describe, expect, expectTypeOf, test } from 'vitest';
import { realFixtures, seeds } from '../../test-support/seeds';
import { validateReport } from '../validate';
import { reportSchema, type Report2019, type Report2021 } from './index';

describe('report schema', () => {
  test.each(seeds())('accepts seed $name and keeps every value as given', ({ expected }) => {
    expect(reportSchema.parse(structuredClone(expected))).toEqual(expected);
  });

  test.each(realFixtures())('accepts the real published report $name', ({ expected }) => {
    expect(reportSchema.parse(structuredClone(expected))).toEqual(expected);
  });

  test('accepts a prose-only report (template "none") without table keys', () => {
    const result = validateReport({ title: 't', agency: 'a', region: ['山东省'], year: 2018, template: 'none' });
    expect(result.ok).toBe(true);
  });

  test('turns an unquoted YAML date into YYYY-MM-DD', () => {
    const data = { ...structuredClone(seeds()[0]!.expected), published: new Date('2024-01-13T00:00:00Z') };
    expect(reportSchema.parse(data).published).toBe('2024-01-13');
  });

  type Case = [string, (d: any) => void, string[]];
  const cases: Case[] = [
    ['a text in a cell', (d) => (d.applications.results.withheld.third_party[2] = 'x'), ['applications.results.withheld.third_party[2]: expected a whole number ≥ 0, or null for a blank cell']],
    ['a negative count', (d) => (d.applications.received[0] = -1), ['applications.received[0]: expected a whole number ≥ 0, or null for a blank cell']],
    ['a fraction of an application', (d) => (d.appeals.review[1] = 0.5), ['appeals.review[1]: expected a whole number ≥ 0, or null for a blank cell']],
    ['a row with 6 cells', (d) => d.applications.received.pop(), ['applications.received: expected 7 cells (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计)']],
    ['a section-4 row with 6 cells', (d) => d.appeals.litigation_direct.push(0), ['appeals.litigation_direct: expected 5 cells (结果维持, 结果纠正, 其他结果, 尚未审结, 总计)']],
    ['a missing table', (d) => delete d.appeals, ['appeals: Invalid input: expected object, received undefined']],
    ['an unknown template', (d) => (d.template = '2020'), ["template: Invalid discriminator value. Expected '2021' | '2019' | 'none'"]],
    ['a misspelt row key', (d) => (d.applications.results.withheld.thrid_party = [0, 0, 0, 0, 0, 0, 0]), ['applications.results.withheld: Unrecognized key: "thrid_party"']],
    ['the 2019 single （六）其他处理 row in a 2021 report', (d) => (d.applications.results.other = [0, 0, 0, 0, 0, 0, 0]), ['applications.results.other: Invalid input: expected object, received array']],
    ['a date written with slashes', (d) => (d.published = '2024/01/13'), ['published: expected a date written YYYY-MM-DD']],
    ['a negative fee amount', (d) => (d.proactive.fees.amount = -3), ['proactive.fees.amount: expected an amount in 万元 ≥ 0, or null for a blank cell']],
    ['a slug with Chinese', (d) => (d.slug = '凌河'), ['slug: expected lowercase ASCII letters, digits and single hyphens']],
  ];

  test.each(cases)('rejects %s, naming the key path and what was expected', (_name, breakIt, messages) => {
    const data = structuredClone(seeds()[0]!.expected);
    breakIt(data);
    const result = validateReport(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(messages);
  });

  test('accepts null (blank or “/” in the source) in any cell', () => {
    const data = structuredClone(seeds()[0]!.expected) as any;
    data.applications.results.withheld.third_party = [null, null, null, null, null, null, null];
    data.proactive.fees.amount = null;
    data.appeals.review[4] = null;
    expect(validateReport(data).ok).toBe(true);
  });
});

describe('inferred report types', () => {
  test('take the proactive fields of each template from the label table', () => {
    type Count = number | null;
    expectTypeOf<Report2021['proactive']['rules']>().toEqualTypeOf<{ issued: Count; repealed: Count; in_force: Count }>();
    expectTypeOf<Report2021['proactive']['fees']>().toEqualTypeOf<{ amount: Count }>();
    expectTypeOf<Report2019['proactive']['licensing']>().toEqualTypeOf<{ previous: Count; change: Count; decisions: Count }>();
    expectTypeOf<Report2019['proactive']['procurement']>().toEqualTypeOf<{ items: Count; amount: Count }>();
    expectTypeOf<Report2019['applications']['results']['other']>().toEqualTypeOf<Count[]>();
    expectTypeOf<Report2021['applications']['results']['other']['unpaid_fee']>().toEqualTypeOf<Count[]>();
  });
});
