// Validation of the dates that inputs and options carry: "YYYY-MM-DD" publication dates, and the
// "YYYY", "YYYY-MM" or "YYYY-MM-DD" bounds of a time window (--from, --to, ?from=, ?to=).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written "YYYY-MM-DD" ("2024-02-30" is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** True for a window bound: a year "YYYY", a month "YYYY-MM" (01–12), or a real "YYYY-MM-DD". */
export function isWindowDay(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12;
  return isIsoDate(value);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
