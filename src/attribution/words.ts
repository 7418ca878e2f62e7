// Closed word classes that several attribution modules read (forms of "be", modals, quotation marks, …).

// Closed word classes that several attribution modules read (forms of "be", modals, quotation marks, …).

/** Forms of "be", with the contracted "’s". */
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

/** Marks that end a clause where a speaker or an attribution is sought: no phrase reaches past them. */
export const CLAUSE_STOP = new Set([";", "(", ")", "[", "]", "—", "–", "?", "!"]);

/** Quotation marks as tokens, straight, curly, angled and doubled (''…'' and ``…``, as some wires write them). */
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

/** Words after a comma that open an adjunct rather than more content ("…, which", "…, despite", "…, days after"). */
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
  "q a update updated breaking exclusive watch video photos analysis opinion editorial note editor’s editor's correction related read more also see source sources photo credit by latest remember contributing contributors look boom wow plus date dated published posted filed".split(
    " ",
  ),
);

/** Dashes that open a reactions list's line or sign a quotation ("― Khalil Mroueh"): a unit to read even without a cue. */
export const LIST_DASHES = new Set(["―", "—", "–", "-"]);

/** Verbs of what a record shows ("polls show", "records reveal"). */
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

/** Nouns of time that head an adjunct, not a subject or an object ("Tuesday", "week", "morning"). */
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

/** Modal verbs, with the contracted "’ll". */
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

/** Words that open a verb's object or complement rather than go on with a noun phrase. */
export const VERB_OBJECT_OPENERS =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|him|them|it|us|me|himself|herself|itself|themselves|no|one|two|to|on|in|at|for|with|about|from|into|up|out|over|down|off|back|away|against|by|as)$/;
