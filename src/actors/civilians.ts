// Words for people who act for themselves, not for their state: "Palestinian refugees", "Syrian civilians",
// "Saudi students" are groups of their own, where "Iranian officials" and "Syrian forces" are the state's.
// Shared by the actor stage (speakers) and the relations stage (subjects and objects).

export const CIVILIAN_NOUNS: ReadonlySet<string> = new Set(
  (
    "refugees civilians residents protesters protestors demonstrators students workers people families citizens " +
    "villagers fishermen children women youths fans voters nationals expatriates migrants pilgrims farmers " +
    "tourists passengers detainees prisoners hostages activists journalists doctors teachers"
  ).split(" "),
);
