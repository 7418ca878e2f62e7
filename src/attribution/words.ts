// Closed word classes that several attribution modules read (forms of "be", modals, quotation marks, …).

export const BE = new Set(["is", "was", "were", "are", "be", "been", "being", "’s", "'s", "am"]);

/** Words after which a cue form is a noun ("of support", "for the states"). */
export const NOUN_CONTEXT = new Set([
  "of",
  "for",
  "in",
  "on",
  "at",
  "with",
  "by",
  "from",
  "about",
  "into",
  "over",
  "against",
  "new",
  "more",
  "less",
  "public",
  "political",
  "strong",
  "broad",
  "such",
  "same",
  "phone",
  "telephone",
  "conference",
  "first",
  "final",
  "recent",
  "latest",
  "last",
  "video",
  "radio",
]);

export const CLAUSE_STOP = new Set([";", "(", ")", "[", "]", "—", "–", "?", "!"]);

export const QUOTE_MARKS = new Set(['"', "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›", "''", "``"]);

/** Words before which a subject does not reach: clause openers and conjunctions of clauses. */
export const SUBJECT_STOPS = new Set(
  "that which who whom whose because when while as if although though but since once until unless where whereas however".split(
    " ",
  ),
);

/** Cue words that are also nouns of an utterance or a record ("report", "comments", "tweet"). */
export const UTTERANCE_NOUNS =
  /^(?:reports?|comments?|remarks?|messages?|tweets?|posts?|emails?|statements?|notes?|letters?|memos?|blogs?|videos?|surveys?|polls?|studies|study|findings?|analys[ie]s)$/;

/** Words that may follow an inverted speaker ("said X on Tuesday", "said X, who …"). */
export const AFTER_SPEAKER = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "when",
  "while",
  "last",
  "this",
  "told",
  "to",
  "of",
  "about",
  "yesterday",
  "today",
  "who",
]);

/** Words that open a subordinate clause before its main clause ("While X said …, Y …"). */
export const FRONTED_SUBORDINATORS = new Set([
  "while",
  "although",
  "though",
  "whereas",
  "because",
  "since",
  "if",
  "when",
  "after",
  "before",
  "as",
  "once",
  "even",
]);

/** What a statement went out by ("said by telephone", "wrote by email"): no passive's agent. */
export const BY_MEDIUM =
  /^(?:telephone|phone|cellphone|email|e-mail|text|video|videolink|satellite|letter|fax|zoom|skype|videoconference|teleconference|radio)$/;

/** Words that open an object: a determiner, a possessive or a number word. */
export const OBJECT_OPENERS = new Set(
  "the a an its their his her our my this these those three two four five several many dozens hundreds thousands at".split(
    " ",
  ),
);

/** End (exclusive token index) of content that starts at `from`: the unit end, a claimed token, or a semicolon. */
export const ADJUNCT_AFTER_COMMA = new Set([
  "which",
  "compared",
  "despite",
  "although",
  "though",
  "whereas",
  "while",
  "who",
  "whose",
  "whom",
  "just",
  "unlike",
  "amid",
  "minutes",
  "hours",
  "days",
  "weeks",
  "months",
  "no",
]);

/** Words in -ing that are prepositions, not participles. */
export const ING_PREPOSITIONS = new Set([
  "including",
  "during",
  "regarding",
  "concerning",
  "following",
  "according",
  "considering",
  "pending",
  "excluding",
  "notwithstanding",
  "barring",
  "involving",
]);

/** Labels and datelines before a colon that name no speaker. */
export const NOT_A_HEADLINE_SPEAKER = new Set(
  "q a update updated breaking exclusive watch video photos analysis opinion editorial note editor’s editor's correction related read more also see source sources photo credit by latest remember contributing contributors look boom wow plus".split(
    " ",
  ),
);

export const LIST_DASHES = new Set(["―", "—", "–", "-"]);

/** Verbs of what a record shows ("polls show", "records reveal"), and the records that show it. */
export const EVIDENCE_VERBS = new Set(["show", "reveal", "indicate", "suggest", "find", "confirm"]);

/** Words that end a stance verb's object and start an adjunct. */
export const ADJUNCT_START = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "since",
  "while",
  "when",
  "because",
  "as",
  "last",
  "this",
  "earlier",
  "later",
  "yesterday",
  "today",
  "on",
  "through",
  "via",
  "amid",
  "despite",
]);

export const TIME_NOUNS = new Set([
  "years",
  "year",
  "days",
  "day",
  "weeks",
  "week",
  "months",
  "month",
  "hours",
  "minutes",
  "ago",
  "decades",
]);

/**
 * Content runs to the end of the clause, unless another attribution starts inside it after a comma
 * ("Clinton is honest, and three-quarters said the same of Sanders"): then it stops at that comma.
 */
export const MODALS = new Set([
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "shall",
  "should",
  "must",
  "’ll",
  "'ll",
]);
