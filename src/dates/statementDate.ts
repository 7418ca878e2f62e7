// When a statement was made, from the words around its cue: "on May 28", "May 28, 2021", "on Wednesday",
// "yesterday", resolved against the document date. Without a document date an explicit month and day
// gives "--MM-DD". Deliberately small: explicit dates only; relative spans come with the dates stage.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
/** "May 28", "Dec. 30, 2020" */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`);
/** "28 May", "28 May 2019" */
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4}))?`,
);
/** "on Wednesday", but not "the Sunday Times". */
const WEEKDAY =
  /\b(?:on\s+|last\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!\s+[A-Z])/;
const YESTERDAY = /\byesterday\b/i;
const MAY_HOLD_DATE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b/i;

/** Feb. 30 is no day; Feb. 29 only in a leap year (2000 stands for "some leap year" when none is given). */
function isRealDay(month: number, day: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function parseIso(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The last document date parsed: a document's statements all resolve against the same one. Read only. */
let lastDocDate: string | null = null;
let lastReference: Date | null = null;

function referenceDay(docDate: string): Date | null {
  if (docDate !== lastDocDate) {
    lastReference = parseIso(docDate);
    lastDocDate = docDate;
  }
  return lastReference;
}

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The date a clause names, resolved against `docDate` ("YYYY-MM-DD" or null). */
export function resolveStatementDate(clause: string, docDate: string | null): string | null {
  // Every pattern below needs a capital (month, weekday) or "yesterday".
  if (!MAY_HOLD_DATE.test(clause)) return null;
  const ref = docDate ? referenceDay(docDate) : null;
  const md = MONTH_DAY.exec(clause);
  const dm = md ? null : DAY_MONTH.exec(clause);
  if (md || dm) {
    const monthWord = (md ? md[1] : dm?.[2]) ?? "";
    const month = MONTHS[monthWord.toLowerCase().replace(/\.$/, "")] ?? 0;
    const day = Number(md ? md[2] : dm?.[1]);
    const yearGiven = md ? md[3] : dm?.[3];
    if (!isRealDay(month, day, yearGiven ? Number(yearGiven) : 2000)) return null;
    if (yearGiven) return `${yearGiven}-${pad(month)}-${pad(day)}`;
    if (!ref) return `--${pad(month)}-${pad(day)}`;
    // A month and day after the document date refer to the year before ("on Dec. 30" in a January report).
    let year = ref.getUTCFullYear();
    if (month - 1 > ref.getUTCMonth() || (month - 1 === ref.getUTCMonth() && day > ref.getUTCDate())) year--;
    return isRealDay(month, day, year) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  if (!ref) return null;
  const wd = WEEKDAY.exec(clause);
  if (wd) {
    const target = WEEKDAYS[(wd[1] ?? "").toLowerCase()] ?? 0;
    const back = (ref.getUTCDay() - target + 7) % 7;
    return iso(new Date(ref.getTime() - back * 86_400_000));
  }
  if (YESTERDAY.test(clause)) return iso(new Date(ref.getTime() - 86_400_000));
  return null;
}
