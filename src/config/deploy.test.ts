import { describe, expect, test } from 'vitest';
import { deployment, searchSites } from './deploy.mjs';

describe('the deployment', () => {
  test('takes its base path from BASE_PATH, with one slash at each end', () => {
    expect(deployment({ BASE_PATH: 'xxgk/ndbg' }).base).toBe('/xxgk/ndbg/');
    expect(deployment({}).base).toBe('/');
  });

  test('searches the other sites of SEARCH_SITES, written as base paths, without itself', () => {
    expect(searchSites({})).toEqual([]);
    expect(searchSites({ BASE_PATH: '/hubei/', SEARCH_SITES: ' /anhui, /hubei/ ,/beijing,/anhui/ ' })).toEqual(['/anhui/', '/beijing/']);
    expect(searchSites({ SEARCH_SITES: '/' })).toEqual([]);
    expect(searchSites({ BASE_PATH: '/fed/', SEARCH_SITES: '/' })).toEqual(['/']);
  });

  test('refuses a site on another origin, naming it', () => {
    expect(() => searchSites({ SEARCH_SITES: '/anhui/,https://gov.example.cn/hubei/' })).toThrow(/SEARCH_SITES: “https:\/\/gov\.example\.cn\/hubei\/” is not a base path on this site's origin/u);
    expect(() => searchSites({ SEARCH_SITES: '//cdn.example.cn/' })).toThrow(/“\/\/cdn\.example\.cn\/”/u);
  });
});
