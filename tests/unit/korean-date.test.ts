import assert from 'node:assert/strict';
import {test} from 'node:test';
import {koreanDate} from '../../src/optimizations/intl-free-dates/koreanDate';

const themeFormats = (['short', 'long'] as const).map(
  (month) => new Intl.DateTimeFormat('ko', {day: 'numeric', month, year: 'numeric', timeZone: 'UTC'}),
);

test('koreanDate writes a date as the theme did with Intl (docs: short month, blog: long), in UTC whatever the clock zone', () => {
  const dates = [
    '2026-01-05T00:00:00Z',
    '2026-11-29T23:59:59Z',
    '2024-02-29T12:00:00Z',
    '1999-12-31T23:30:00Z',
    '2030-10-01T00:00:01Z',
  ].map((iso) => new Date(iso));
  for (const format of themeFormats) {
    for (const date of dates) assert.equal(koreanDate(date), format.format(date), date.toISOString());
  }
});

test('koreanDate does not pad months and days', () => {
  assert.equal(koreanDate(new Date('2026-03-07T09:00:00Z')), '2026년 3월 7일');
});
