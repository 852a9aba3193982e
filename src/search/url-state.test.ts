import { describe, expect, test } from 'vitest';
import { hasSearch, paramsFromState, stateFromParams } from './url-state';

describe('search state in the URL', () => {
  test('reads the query, the filters and the sort', () => {
    const state = stateFromParams(new URLSearchParams('q=依申请公开&year=2023&province=山东省&sort=year-asc'));
    expect(state).toEqual({ q: '依申请公开', filters: { year: '2023', province: '山东省' }, sort: 'year-asc' });
  });

  test('ignores unknown parameters, empty values and an unknown sort', () => {
    expect(stateFromParams(new URLSearchParams('q=&year=&colour=red&sort=random'))).toEqual({ q: '', filters: {}, sort: 'year-desc' });
  });

  test('writes the same search back in a fixed order, leaving the default sort out', () => {
    const query = 'q=%E5%87%8C%E6%B2%B3&year=2023&city=%E6%BD%8D%E5%9D%8A%E5%B8%82&template=2021%E5%B9%B4%E7%89%88';
    const state = stateFromParams(new URLSearchParams(`template=2021年版&city=潍坊市&year=2023&q=凌河`));
    expect(paramsFromState(state).toString()).toBe(query);
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
  });

  test('knows when there is nothing to search for', () => {
    expect(hasSearch(stateFromParams(new URLSearchParams('')))).toBe(false);
    expect(hasSearch(stateFromParams(new URLSearchParams('agency=x')))).toBe(true);
  });
});
