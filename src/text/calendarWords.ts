// The calendar's names, lower-cased: months and weekdays. Attribution reads them as time words ("said on
// Monday"), the relations stage as words that are no one's name ("Monday", "May" at a sentence's start).

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
