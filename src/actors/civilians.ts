// Words for people who act for themselves, not for their state: "Palestinian refugees", "Syrian civilians",
// "Saudi students" are groups of their own, where "Iranian officials" and "Syrian forces" are the state's.
// Shared by the actor stage (speakers) and the relations stage (subjects and objects): civilianAfter is the
// one test of the shape both use.

const CIVILIAN_NOUNS: ReadonlySet<string> = new Set(
  (
    "refugees civilians residents protesters protestors demonstrators students workers families " +
    "villagers fishermen children women youths fans voters expatriates migrants pilgrims farmers " +
    "tourists passengers detainees prisoners hostages activists journalists doctors teachers"
  ).split(" "),
);

/** "Palestinian", "Saudi", "French", "Greek", "Swiss": the shapes of a demonym. */
const DEMONYM_SHAPE = /(?:an|ese|ish|i|ch|ek|ss)$/i;

/**
 * Is the state's demonym at text[start, end) followed by a word for civilians ("Palestinian refugees in
 * Lebanon")? Returns that word's end, or -1.
 */
export function civilianAfter(text: string, start: number, end: number): number {
  if (!DEMONYM_SHAPE.test(text.slice(start, end))) return -1;
  const m = /^[ \u00a0]+([A-Za-z]+)/.exec(text.slice(end, end + 30));
  return m && CIVILIAN_NOUNS.has((m[1] as string).toLowerCase()) ? end + m[0].length : -1;
}
