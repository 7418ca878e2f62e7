// Words that shape a group's or an organisation's name: the heads that end one ("Movement", "Party"), the
// ampersands that hold one together, counted crowds and the people named after someone who are not theirs.
// Shared by the unknown-name finder, the speaker parser and the relations stage.

const ORG_HEAD =
  /^(?:Movement|Front|Council|Coalition|Brigades?|Battalions?|Division|Army|Party|Ministry|Force|Forces|Corps|Committee|Commission|Organi[sz]ation|Union|Alliance|League|Authority|Agency|Bureau|Command|Assembly|Parliament|Congress|Militia|Gathering|Bloc|Group|Institute|Center|Centre|Foundation|Association)$/;

/** "Committee", "Committees", "Brigades". */
export function isOrgHead(word: string): boolean {
  return ORG_HEAD.test(word) || (word.endsWith("s") && ORG_HEAD.test(word.slice(0, -1)));
}

/**
 * A word that heads an organisation named with an "of" phrase ("Bank of Japan", "Ministry of Health",
 * "Supreme Court of Israel", "University of Texas"), which is not the place or body after "of". Not
 * "Government" or "Republic": "the Government of Iran" is Iran's.
 */
export function headsOrganisationOf(word: string): boolean {
  return isOrgHead(word) || OF_HEADS.test(word);
}

const OF_HEADS =
  /^(?:Bank|Board|Court|Department|Office|Ministry|Service|University|College|School|Church|Academy|House|Chamber|Tribunal|Society|Council|Federation|Confederation|Conference|Secretariat|Institute|Museum|Library|Agency|Authority|Fund)$/;

/**
 * Does an ampersand between the words `left` and `right` (`next`: the word after `right`) hold one name
 * together? "S&P", "AT&T", "Texas A&M" (a short capitalised part), "JPMorgan Chase & Co", "Peace & Justice
 * Party" (a company's or an organisation's head ends it); not "Iran & Hezbollah", "Smotrich & Ben-Gvir".
 */
export function ampersandJoins(left: string, right: string, next: string): boolean {
  return (
    /^[A-Z]{1,3}$/.test(left) ||
    /^[A-Z]{1,3}$/.test(right) ||
    /^(?:Co|Company|Sons|Partners|Associates)\.?$/.test(right) ||
    isOrgHead(next.replace(/[.,’']+$/, ""))
  );
}

/** Crowds counted before "of" ("Dozens of", "Hundreds of"). */
export const COUNTED = /^(?:tens|dozens|hundreds|thousands|millions|scores)$/i;

/** People named after someone who are not theirs ("Netanyahu opponents", "Imran Khan supporters"). */
export const NOT_MEMBERS =
  /^(?:opponents|critics|supporters|loyalists|rivals|detractors|foes|enemies|fans|admirers)$/i;
