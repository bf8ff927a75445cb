/**
 * Korean letters write the year once: "2026년 12월 4일(금)" the first time, then "12월 10일(목)"
 * for later dates of the same year (a year on every date makes a short message heavy to scan).
 * A date in another year than the last one written keeps its year, so a message that runs into
 * January still says "2027년 1월 8일(금)".
 * @example yearOnceKo('2026년 12월 4일(금)까지 … 2026년 12월 10일(목)까지') // '2026년 12월 4일(금)까지 … 12월 10일(목)까지'
 */
export function yearOnceKo(text: string): string {
  let shown = '';
  return text.replace(/(\d{4})년 (?=\d{1,2}월 \d{1,2}일)/g, (whole, year: string) => {
    if (year === shown) return '';
    shown = year;
    return whole;
  });
}
