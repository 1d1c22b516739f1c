/**
 * A UTC date the way `Intl.DateTimeFormat('ko', {year: 'numeric', month:
 * 'short' or 'long', day: 'numeric', timeZone: 'UTC'})` writes it ("2026년 1월
 * 5일"; Korean months have one form), without Intl: on a page that otherwise
 * never touches ICU, creating that formatter is one of the longer tasks after
 * hydration on a slow phone. Docs' last-updated dates and blog dates use it.
 */
export function koreanDate(date: Date): string {
  return `${date.getUTCFullYear()}년 ${date.getUTCMonth() + 1}월 ${date.getUTCDate()}일`;
}
