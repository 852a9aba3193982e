import { describe, expect, test } from 'vitest';
import { latestPublicationDate, publicationDate } from './dates';

describe('publication dates', () => {
  test('take the date printed on the report', () => {
    expect(publicationDate({ year: 2023, published: '2024-01-13' })).toBe('2024-01-13');
  });

  test('fall back to the statutory deadline, 31 January of the next year', () => {
    expect(publicationDate({ year: 2023, published: undefined })).toBe('2024-01-31');
  });

  test('find the newest date of a set, or none for no reports', () => {
    expect(latestPublicationDate([{ year: 2022, published: '2023-01-20' }, { year: 2023, published: undefined }, { year: 2021, published: undefined }])).toBe('2024-01-31');
    expect(latestPublicationDate([])).toBeUndefined();
  });
});
