// The relations stage on analysis-style sentences: every phenomenon the relations issue names (narrative
// relations, stance inside statements, negation and refusal, reciprocity, coordination, passives, dates,
// hypotheticals, coreferent targets), each as a table row of what must and must not come out.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ExtractionResult } from "../contract/extraction.js";
import { createExtractor } from "../pipeline/extract.js";

const extractor = createExtractor({});

/** "Source -type(polarity)-> Target" for every relation, by actor name. */
function edges(
  text: string,
  date: string | null = "2023-06-01",
): { list: string[]; result: ExtractionResult } {
  const result = extractor.extract({ text, date });
  const name = (id: string) => result.actors.find((a) => a.id === id)?.name ?? id;
  return {
    list: result.relations.map((r) => `${name(r.source)} -${r.type}(${r.polarity})-> ${name(r.target)}`),
    result,
  };
}

interface Case {
  name: string;
  text: string;
  has?: string[];
  hasNot?: string[];
  /** Exactly these, in any order. */
  only?: string[];
}

const CASES: Case[] = [
  {
    name: "regression (new-user test): a contact only possible or to come is none yet ('said he could meet Assad soon', 'will visit Damascus'); a stance announced still is one ('said it would support')",
    text: "Erdogan said on Sunday that he could meet Syrian President Bashar al-Assad soon. Erdogan said he will visit Damascus. Hamas said it would support the Syrian regime. Erdogan met Putin in Moscow.",
    has: ["Hamas -support(1)-> Syria", "Recep Tayyip Erdogan -meet(0)-> Vladimir Putin"],
    hasNot: ["Recep Tayyip Erdogan -meet(0)-> Bashar al-Assad", "Recep Tayyip Erdogan -visit(0)-> Syria"],
  },
  {
    name: "regression (appositive stance nouns): 'X, a Trump supporter,' and 'A longtime Clinton critic, X said' relate X to the name the noun holds; 'X, an ally of Assad,' makes no membership that hides the support; a critic for a portfolio takes no stance",
    text: "Bob Kowalkowsky, a Trump supporter, said the rally was peaceful. A longtime Clinton critic, Peter Schweizer said the deals were suspicious. Talal Naji, an ally of Assad, told reporters that the talks failed. Scott Brison, the Liberal critic for finance, penned an op-ed.",
    has: [
      "Bob Kowalkowsky -support(1)-> Trump",
      "Peter Schweizer -criticize(-1)-> Clinton",
      "Talal Naji -support(1)-> Bashar al-Assad",
    ],
    hasNot: ["Scott Brison -criticize(-1)-> Liberal"],
  },
  {
    name: "regression (review of the margin round): taking responsibility is no attack; a cause that sparks attacks is no target; an -s verb with its own object after a reduced relative stays a verb; a platform is a target unless a source follows it",
    text: "Clinton took responsibility for the attack on Israel. The Gaza war sparked attacks by the Houthis. The resolution Jordan adopted condemns Israel for the settlements. Trump's attacks on Twitter and Facebook over censorship intensified.",
    has: ["Jordan -condemn(-1)-> Israel", "Trump -attack(-1)-> Twitter"],
    hasNot: ["Clinton -attack(-1)-> Israel", "Houthis -attack(-1)-> Gaza"],
  },
  {
    name: "regression (cheers and votes): 'cheered on X' and 'casting her vote for X' support X; a receiving verb's giver comes after 'of' or 'from' only ('won support for Haniya' is no support from Haniya)",
    text: "Qassim had cheered on the Hamas delegation. Khoury knows she’ll be casting her vote for Berri this year. Fatah won support for Haniya. Hamas won the backing of Qatar.",
    has: ["Qassim -support(1)-> Hamas", "Khoury -support(1)-> Nabih Berri", "Qatar -support(1)-> Hamas"],
    hasNot: ["Isma'il Haniya -support(1)-> Fatah"],
  },
  {
    name: "regression (measures and claims): a measure of an act is part of its phrase ('launched a second day of criticism against', 'unleashed a barrage of attacks on'); whoever claims responsibility for an attack made it, not whoever denies it",
    text: "Qassim launched a second day of criticism against Egypt on Thursday. Iran unleashed a barrage of attacks on Israel. Hamas claimed full responsibility for the attack on Fatah. Jordan denied responsibility for the attack on Syria.",
    has: ["Qassim -criticize(-1)-> Egypt", "Iran -attack(-1)-> Israel", "Hamas -attack(-1)-> Fatah"],
    hasNot: ["Jordan -attack(-1)-> Syria"],
  },
  {
    name: "regression (received acts): a hostile act the subject received is toward it ('faced attacks by Israel', 'the target of attacks by Israel', each of a list); an -s form after a past tense, 'be', a preposition or a determiner is a noun ('faced attacks' is no mutual attack of the subject's list); a platform after 'on' is where, not whom ('attacks on Twitter'); stabbing is an attack",
    text: "Hamas faced attacks by Israel. Fatah has been the target of attacks by Egypt. Qatar and Oman faced attacks. Hamas and Fatah drew criticism from Jordan. Syria and Turkey have been targets of attacks on Twitter by Iran. Haniyeh was stabbed to death by Fatah gunmen.",
    has: [
      "Israel -attack(-1)-> Hamas",
      "Egypt -attack(-1)-> Fatah",
      "Jordan -criticize(-1)-> Hamas",
      "Jordan -criticize(-1)-> Fatah",
      "Iran -attack(-1)-> Syria",
      "Fatah -attack(-1)-> Isma'il Haniya",
    ],
    hasNot: ["Qatar -attack(-1)-> Oman", "Oman -attack(-1)-> Qatar", "Iran -attack(-1)-> Twitter"],
  },
  {
    name: "regression (second review of the owner round): the owner of an act done 'of' someone is its doer ('condemned Israel's killing of Haniyeh', 'criticized Trump's firing of Comey'); support withheld from a person's agenda is a stance; the nearer gerund's doer does it ('accused Iran of destabilizing Lebanon by arming Hezbollah'); a withdrawn endorsement is nobody's support ('pulled his endorsement from Trump'); only a gesture's maker takes its stance ('protested a show of support for Hamas'); what a hostile act is about carries no tone ('condemned the support for Hamas')",
    text: "Hamas condemned Israel's killing of Haniyeh. Democrats criticized Trump's firing of Comey. Manchin did not support Biden's agenda. Israel accused Iran of destabilizing Lebanon by arming Hezbollah. Cruz pulled his endorsement from Trump. Israel protested a show of support for Hamas. Egypt condemned the support for Hamas. Qatar staged a show of support for Hamas.",
    has: [
      "Hamas -condemn(-1)-> Israel",
      "Democrats -criticize(-1)-> Trump",
      "Manchin -reject(-1)-> Biden",
      "Iran -aid(1)-> Hizbullah",
      "Qatar -support(1)-> Hamas",
    ],
    hasNot: [
      "Israel -aid(1)-> Hizbullah",
      "Trump -support(1)-> Cruz",
      "Israel -support(1)-> Hamas",
      "Israel -praise(1)-> Hamas",
      "Egypt -praise(1)-> Hamas",
    ],
  },
  {
    name: "regression (second review of the owner round): 'genuine concerns about Iran' is no praise; 'we had better hope' warns no one; a complaint about someone's aides blames them; news provided is no aid ('provided Congress with information'); a record a network airs is not its speech; 'There's' is no name; a stance noun under a refusal is none ('did not give support to Fatah')",
    text: "“We have genuine concerns about Iran,” said Blinken. “We had better hope Iran keeps its word,” said Blinken. Trump complained that Clinton's aides had deleted emails. The FBI provided Congress with information. Fox News aired an ad that attacked Biden. “There's no one better than Messi,” said Guardiola. Hamas did not give support to Fatah.",
    has: ["Trump -criticize(-1)-> Clinton", "Guardiola -praise(1)-> Messi"],
    hasNot: [
      "Antony Blinken -praise(1)-> Iran",
      "Antony Blinken -criticize(-1)-> Iran",
      "Blinken -praise(1)-> Iran",
      "Blinken -criticize(-1)-> Iran",
      "Federal Bureau of Investigation -aid(1)-> Congress",
      "Fox News -attack(-1)-> Biden",
      "Guardiola -praise(1)-> There",
      "Hamas -support(1)-> Fatah",
    ],
  },
  {
    name: "regression (owner round): 'there was no one better than X' praises X; 'nobody knows better than X' does not",
    text: "“There was no one better than Jurgensen,” said Jalal Younus. “Nobody knows better than Iran what war costs,” said Zarif.",
    has: ["Jalal Younus -praise(1)-> Jurgensen"],
    hasNot: ["Zarif -praise(1)-> Iran", "Mohammad Javad Zarif -praise(1)-> Iran"],
  },
  {
    name: "regression (owner round): a gesture carries its stance to the verb's subject ('the Russian entourage was another show of support for Assad', 'Qatar made a show of support for Hamas')",
    text: "The Russian cultural entourage was another show of support for Assad. Qatar made a show of support for Hamas.",
    has: ["Russia -support(1)-> Bashar al-Assad", "Qatar -support(1)-> Hamas"],
  },
  {
    name: "regression (owner round): what came to someone from another is the other's ('Cruz picked up his first endorsement Thursday from Lee'); a bare day between a noun and its preposition ('an endorsement Thursday from')",
    text: "Cruz picked up his first endorsement Thursday from Lee. Rubio won an endorsement Friday from Romney. Haniya expressed his thanks to Iran.",
    has: ["Lee -support(1)-> Cruz", "Romney -support(1)-> Rubio", "Isma'il Haniya -thank(1)-> Iran"],
    hasNot: ["Cruz -support(1)-> Lee"],
  },
  {
    name: "regression (owner round): 'X better hope' warns X; 'the area of greatest concern' is no praise",
    text: "Trump tweeted: “James Comey better hope that there are no tapes of our conversations!” Senator Capito noted that “the Medicaid portion is the area of greatest concern for me.”",
    has: ["Trump -criticize(-1)-> James Comey"],
    hasNot: ["Capito -praise(1)-> Medicaid", "Trump -praise(1)-> James Comey"],
  },
  {
    name: "regression (owner round): a name before a role word is no 'her' ('married to the former England captain … supporting her')",
    text: "Coleen is married to the former England captain, and Wayne is always by her side supporting her.",
    hasNot: ["Wayne -support(1)-> England", "Wayne -support(1)-> United Kingdom"],
  },
  {
    name: "regression (owner round): what was done to an owner is judged, not the owner ('Iran condemned Haniyeh's assassination', 'Qatar criticized his arrest'); the doer named after 'by' is ('the assassination of Haniyeh by Israel'); the owner's own qualities stay theirs ('praised his courage')",
    text: "Iran condemned Haniyeh's assassination. Haniyeh visited Doha, and Qatar criticized his arrest. Iran condemned the assassination of Haniyeh by Israel. Nasrallah met Haniyeh, and Iran praised his courage.",
    has: ["Iran -condemn(-1)-> Israel"],
    hasNot: ["Iran -condemn(-1)-> Isma'il Haniya", "Qatar -criticize(-1)-> Isma'il Haniya"],
  },
  {
    name: "regression (owner round): a contest's champion before a name holds its title, no stance ('Turin Games champion Yevgeny Plushenko'); an owner's champion stays a supporter ('Iran's champion Hassan Nasrallah'); 'Trump critic Jeff Flake' stays a critic",
    text: "Turin Games champion Yevgeny Plushenko screamed blue murder. Iran's champion Hassan Nasrallah spoke. Trump critic Jeff Flake spoke.",
    only: ["Hassan Nasrallah -support(1)-> Iran", "Jeff Flake -criticize(-1)-> Trump"],
  },
  {
    name: "regression (owner round): a gerund after 'by' is done by its clause's subject ('Iran punished Hamas by cutting aid to Qatar'; 'went after Bannon by falsely accusing him' made Bannon the accuser); blame put on someone criticizes them; a stance aimed at someone targets them",
    text: "Iran punished Hamas by cutting aid to Qatar. Snyder put the blame on Iran. Iran's accusations were aimed at Saudi Arabia. Hamas thanked Iran by praising Qatar.",
    has: [
      "Iran -coerce(-1)-> Hamas",
      "Snyder -criticize(-1)-> Iran",
      "Iran -accuse(-1)-> Saudi Arabia",
      "Hamas -praise(1)-> Qatar",
    ],
    hasNot: ["Hamas -aid(1)-> Qatar", "Iran -praise(1)-> Qatar"],
  },
  {
    name: "regression (owner round): providing someone with something aids them ('Iran provided Hizbullah with rockets'); providing a thing is nothing ('The witness provided evidence', 'Hamas provided details')",
    text: "Iran provided Hizbullah with rockets. The witness provided evidence to the FBI. Hamas provided details.",
    only: ["Iran -aid(1)-> Hizbullah"],
  },
  {
    name: "regression (owner round): a record says what its maker says ('Flack posted a reply that assailed Ms. Edwards', 'issued a statement that praised Iran'); not a record someone else made ('read the letter that praised Iran')",
    text: "Frank Flack posted a reply that assailed Ms. Edwards for being irresponsible. Hamas issued a statement that praised Iran. Fatah read the letter that praised Qatar.",
    only: ["Frank Flack -criticize(-1)-> Edwards", "Hamas -praise(1)-> Iran"],
  },
  {
    name: "regression (owner round): hostility one urges on others is one's own ('Hamas urged Arab states to boycott Israel'); a record released to someone yields nothing ('released the letter to CNN'); the thing a free relative names ('blasted what he views as Republicans’ motivations'); a good thing lacking is a fault ('had lost all trust in the government')",
    text: "Hamas urged Arab states to boycott Israel. Cummings, who released the letter to CNN, blasted what he views as Republicans’ political motivations. The rebels said they had lost all trust in Ivory Coast.",
    has: [
      "Hamas -reject(-1)-> Israel",
      "Cummings -criticize(-1)-> Republicans",
      "rebels -criticize(-1)-> Ivory Coast",
    ],
    hasNot: ["Cummings -yield(1)-> CNN"],
  },
  {
    name: "regression (owner round): a time's name is no object ('praised her work during the Reagan years'); caring about someone supports them",
    text: "McFarlane also praised her work during the Reagan years. Bill Clinton really cared about Israel and the peace issue.",
    only: ["Bill Clinton -support(1)-> Israel"],
  },
  {
    name: "regression (review of the owner round): urging someone not to act is no act ('called on Israel not to attack Iran'); only a stance urged carries over ('urged Congress to sanction Russia' sanctions nothing of the urger's); a complaint about what befell someone faults no one ('complained that Ivanka had been treated badly'), nor one about someone the media ignored; a person lost is mourned ('had lost a great friend in Mandela'); an owner of people is no subject ('Trump's loyal friends in the Senate had blocked'); an aside splitting what was said lends no tone ('Trump has, Clinton said, praised Putin'); a victim is no subject ('Ukraine endured a cowardly assault by Russia')",
    text: "Obama called on Israel not to attack Iran. Trump urged Congress to sanction Russia. Trump complained that Ivanka had been treated badly. Sanders supporters complained that the media ignored Sanders. Obama said America had lost a great friend in Mandela. Pelosi said Trump's loyal friends in the Senate had blocked the bill. Trump has, Clinton said, praised Putin repeatedly. Zelensky said Ukraine endured a cowardly assault by Russia overnight. “Trump’s contempt for clean air endangers our children,” thundered Nancy Pelosi.",
    has: ["Nancy Pelosi -criticize(-1)-> Trump"],
    hasNot: [
      "Barack Obama -attack(-1)-> Iran",
      "Trump -sanction(-1)-> Russia",
      "Trump -criticize(-1)-> Ivanka",
      "Sanders supporters -criticize(-1)-> Sanders",
      "Barack Obama -criticize(-1)-> Mandela",
      "Pelosi -praise(1)-> Trump",
      "Clinton -praise(1)-> Trump",
      "Zelensky -criticize(-1)-> Ukraine",
    ],
  },
  {
    name: "regression (review of the owner round): trust regretted is distrust ('was wrong to trust Comey'); caring about someone's thing supports no one; an act that goes on keeps its object ('pledged to keep funding Hamas'); a collective noun before a verb is its subject ('The Kurdish militia help US forces')",
    text: "Trump said he was wrong to trust Comey. Voters care about Iran's nuclear program. Saudi Arabia pledged to keep funding Hamas. The Kurdish militia help US forces.",
    has: ["Trump -reject(-1)-> Comey", "Saudi Arabia -agree(1)-> Hamas"],
    hasNot: ["Voters -support(1)-> Iran", "Trump -support(1)-> Comey"],
  },
  {
    name: "regression (owner round): a noun compound is no verb ('US hedge fund Elliott Management'); a participle after a noun opens its own phrase ('released a video featuring Uighur fighters'); a title is no praise ('the Olympic sprint champion Usain Bolt'); heeding someone's laws is no praise; a demand's content carries no tone",
    text: "US hedge fund Elliott Management acquired derivatives. The Islamic State released a video featuring Uighur fighters. Dortmund’s chief executive confirmed that the Olympic sprint champion Usain Bolt will train with the team. Spokesman Liu Weimin called on foreign missions to respect China's laws. Qatar also funds Hamas. Corcoran respects Trump.",
    only: ["Qatar -aid(1)-> Hamas", "Corcoran -praise(1)-> Trump"],
  },
  {
    name: "regression (owner round): an inquiry into an act is not the act ('has been investigating the attack on the US mission'); 'not ready to support' supports no one, 'ready to support' does",
    text: "The House Select Committee on Benghazi has been investigating the attack on the US diplomatic mission in Libya. Trump retorted: “I am not ready to support Speaker Ryan’s agenda.” Hamas is ready to support Iran. Hamas launched an attack on Israel.",
    only: ["Hamas -support(1)-> Iran", "Hamas -attack(-1)-> Israel"],
  },
  {
    name: "regression (owner round): only agreeing and signing are done together ('Exxon, Chevron and BP pledged support' is no pledge to each other; 'Hamas and Fatah signed a deal' is); a possessive standing for the subject is its own ('pledged their support'); an appositive and its name promise nothing to each other",
    text: "Exxon, Chevron and BP pledged support. Exxon and BP pledged their support. Hamas and Fatah signed a deal. Donald Trump’s attorney general, Jeff Sessions, has promised “this trend will end”.",
    only: ["Hamas -agree(1)-> Fatah", "Fatah -agree(1)-> Hamas"],
  },
  {
    name: "regression (owner round): an aside inside the verb group keeps the subject ('Erdoğan has now, in effect, joined Russia and Iran in supporting Assad'); cheering someone praises them; 'a nice enough guy' is praise",
    text: "Openly defying the west, Erdoğan has now, in effect, joined Russia and Iran in supporting Assad. Obama has repeatedly cheered Netanyahu. Steve Nash said that Donald Trump was a nice enough guy.",
    has: [
      "Recep Tayyip Erdogan -support(1)-> Bashar al-Assad",
      "Recep Tayyip Erdogan -cooperate(1)-> Russia",
      "Barack Obama -praise(1)-> Benjamin Netanyahu",
      "Steve Nash -praise(1)-> Donald Trump",
    ],
  },
  {
    name: "regression (owner round): a list of names with described roles is one subject ('filmmaker Michael Moore, feminist icon Gloria Steinem, musician Alicia Keys and other speakers attacked Trump')",
    text: "On the mall, filmmaker Michael Moore, feminist icon Gloria Steinem, musician Alicia Keys and other speakers attacked Trump for his views. Turkey attacked Iran and praised Kurdish leader Barzani.",
    has: [
      "Michael Moore -attack(-1)-> Trump",
      "Gloria Steinem -attack(-1)-> Trump",
      "Alicia Keys -attack(-1)-> Trump",
      "Turkey -praise(1)-> Barzani",
    ],
    hasNot: ["Iran -praise(1)-> Barzani"],
  },
  {
    name: "regression (owner round): a complaint's verb is its tone toward the subject of the clause it reports ('Biden complained last week that Hillary Clinton had not done enough', 'Hamas charged that Fatah had sold out'); not a complaint about no one ('complained that it had not been invited'), about a thing ('complained about the treatment of Hamas prisoners') or a lament ('lamented the death of Mandela', 'lamented that Mandela had died')",
    text: "Vice President Joseph R. Biden Jr. complained last week that Hillary Clinton had not done enough to reach white voters. Hamas charged that Fatah had sold out the cause. Iran complained that it had not been invited. Qatar complained about the treatment of Hamas prisoners. Obama lamented the death of Mandela. Erdogan lamented that Mandela had died.",
    has: ["Joseph R. Biden Jr -criticize(-1)-> Hillary Clinton", "Hamas -criticize(-1)-> Fatah"],
    hasNot: [
      "Iran -criticize(-1)-> Hamas",
      "Iran -criticize(-1)-> Fatah",
      "Qatar -criticize(-1)-> Hamas",
      "Barack Obama -criticize(-1)-> Mandela",
      "Recep Tayyip Erdogan -criticize(-1)-> Mandela",
    ],
  },
  {
    name: "regression (owner round): a statement's tone with several names is about its subject when a name opens it ('that Ms. Shalala has failed … the Clinton Foundation'); not when none does",
    text: "Democrats worry that Ms. Shalala has failed to win voters wary of her ties to the Clinton Foundation. Hamas said that for years the talks with Israel and Egypt had failed. Strategists contend that Obama and the Democratic Party will now take the blame if the economy fails. Trump is alleging that the Democratic Party is attempting to schedule debates that conflict with NFL games. North Korea has trained more than 500 computer hackers capable of launching cyber warfare against the United States, Yonhap said.",
    has: [
      "Democrats -criticize(-1)-> Shalala",
      "Strategists -criticize(-1)-> Barack Obama",
      "Trump -criticize(-1)-> Democratic Party",
    ],
    hasNot: [
      "Democrats -criticize(-1)-> Clinton Foundation",
      "Hamas -criticize(-1)-> Israel",
      "Yonhap -praise(1)-> North Korea",
    ],
  },
  {
    name: "regression (owner round): trust withheld is distrust ('didn’t trust Trump', 'Iran can’t be trusted', 'is not qualified'); support withheld from a person is a stance ('said he wouldn’t support Hillary Clinton'), from a thing says nothing ('did not support the rebels'); a curly contraction is a negated helper ('he won’t endorse')",
    text: "Conservative Christians didn’t trust Trump. Netanyahu warned lawmakers last month that Iran can’t be trusted. Sanders said Hillary Clinton is not qualified to be president. Kirk also said he wouldn’t support Hillary Clinton for president. Qatar did not support the rebels. Mr. Hogan said he won’t endorse Mr. Romney. Hamas said it trusted Qatar. Iran did not support Assad's removal.",
    has: [
      "Conservative Christians -reject(-1)-> Trump",
      "Benjamin Netanyahu -criticize(-1)-> Iran",
      "Sanders -criticize(-1)-> Hillary Clinton",
      "Kirk -reject(-1)-> Hillary Clinton",
      "Hogan -reject(-1)-> Romney",
      "Hamas -support(1)-> Qatar",
    ],
    hasNot: [
      "Benjamin Netanyahu -praise(1)-> Iran",
      "Qatar -reject(-1)-> rebels",
      "Iran -reject(-1)-> Bashar al-Assad",
    ],
  },
  {
    name: "regression (owner round): respect for someone is praise ('Dykstra respects Sarah Palin'; not 'respected the truce with Hamas'), so is calling someone 'a class act'; 'took a stand against' criticizes; 'is not supporting Clinton' withholds support",
    text: "Marco, please attack Ted. Dykstra respects Sarah Palin. Israel respected the truce with Hamas. Bolton called Sarah Palin a class act. Cannes took a stand against Netflix. George is not supporting Clinton. Israel respects the ceasefire.",
    has: [
      "Marco -attack(-1)-> Ted",
      "Dykstra -praise(1)-> Sarah Palin",
      "Bolton -praise(1)-> Sarah Palin",
      "Cannes -criticize(-1)-> Netflix",
      "George -reject(-1)-> Clinton",
    ],
    hasNot: ["Ted -praise(1)-> Marco", "Israel -praise(1)-> Hamas"],
  },
  {
    name: "regression (owner round): a trigger's participle ends the object search of the verb before it ('released a statement today criticizing the Citizens United ruling' yields nothing to anyone); a sentence adverb before its comma is no name ('Coincidently, President Obama')",
    text: "Coincidently, President Barack Obama also released a statement today criticizing the Citizens United ruling.",
    only: ["Barack Obama -criticize(-1)-> Citizens United"],
  },
  {
    name: "regression (owner round): a thing a possessive determiner owns stands for its owner ('GM rebuffed his approaches', 'attack her performance'); not a person ('praised his wife'), a name ('his ally Iran'), a time ('support her this fall') or a thing merely offered ('offered his sentiments')",
    text: "Marchionne has long advocated more mergers, but GM has firmly rebuffed his previous approaches. Ms. Martinez withheld her endorsement, a slight that prompted Mr. Trump to attack her performance in office. Obama met Putin and praised his wife. Barkley, on “NBA on TNT,” offered his sentiments on the layoffs. Mrs. Clinton must not alienate Democrats, but her campaign hopes to drive Republicans to support her this fall.",
    has: ["GM -reject(-1)-> Marchionne", "Trump -attack(-1)-> Martinez", "Republicans -support(1)-> Clinton"],
    hasNot: [
      "Barack Obama -praise(1)-> Vladimir Putin",
      "Barkley -agree(1)-> TNT",
      "Republicans -support(1)-> Democrats",
    ],
  },
  {
    name: "regression (owner round): a name that owns a thing is a pronoun's antecedent ('Trump’s standing did not falter, and McCain endorsed him'); not one that owns people ('Abdulsalam’s deputies … them')",
    text: "Trump’s standing in the primary did not falter, and McCain has since endorsed him for president.",
    has: ["McCain -support(1)-> Trump"],
  },
  {
    name: "regression (stance round): an object described, then named in an appositive ('blamed the candidate, Jon Ossoff, for', 'accused the ailing media mogul’s daughter, Shari Redstone, of'); not a thing ('criticized the plan, Haniya said')",
    text: "Some Democrats, predictably, blamed the candidate, Jon Ossoff, for failing to win. Dauman accused the ailing media mogul’s daughter, Shari Redstone, of manipulating her father. Hamas criticized the plan, Haniya said.",
    has: ["Democrats -criticize(-1)-> Jon Ossoff", "Dauman -accuse(-1)-> Shari Redstone"],
    hasNot: ["Hamas -criticize(-1)-> Haniya"],
  },
  {
    name: "regression (third review of the analyst round): two subjects doing something hostile to a thing do nothing to each other ('Sen. Bernie Sanders and Sen. Elizabeth Warren attacked the bill'); a modal before 'become' makes an ally a possibility ('may become', 'will become'), not before 'remain'",
    text: "Sen. Bernie Sanders and Sen. Elizabeth Warren attacked the bill. Hamas and Israel attacked each other. Turkey may become an ally of Russia. Egypt will become an ally of Qatar, analysts said. Romney will remain a fierce critic of Trump.",
    has: ["Hamas -attack(-1)-> Israel", "Israel -attack(-1)-> Hamas", "Romney -criticize(-1)-> Trump"],
    hasNot: [
      "Bernie Sanders -attack(-1)-> Elizabeth Warren",
      "Elizabeth Warren -attack(-1)-> Bernie Sanders",
      "Turkey -support(1)-> Russia",
      "Egypt -support(1)-> Qatar",
    ],
  },
  {
    name: "regression (analyst round): 'pointed the finger at' accuses; not a thing ('pointed the finger at the wall')",
    text: "Trump has pointed the finger at outgoing CIA chief John Brennan. Smith pointed the finger at the wall.",
    has: ["Trump -accuse(-1)-> John Brennan"],
    only: ["Trump -accuse(-1)-> John Brennan"],
  },
  {
    name: "regression (analyst round): titled names and party labels in coordinations ('Rep. Justin Amash ( ) and Rep. Tom Massie ( ) criticized', 'blasted Donald Trump and Sen. Marco Rubio ( )')",
    text: "Rep. Justin Amash ( ) and Rep. Tom Massie ( ) also criticized Trump for not seeking approval.\n\nSen. Ted Cruz ( ) blasted rivals Donald Trump and Sen. Marco Rubio ( ) for their records.\n\nObama praised Sen. Tim Kaine (D-Va.) and Sen. Mark Warner (D-Va.) for their work.",
    has: [
      "Barack Obama -praise(1)-> Tim Kaine",
      "Barack Obama -praise(1)-> Mark Warner",
      "Justin Amash -criticize(-1)-> Donald Trump",
      "Tom Massie -criticize(-1)-> Donald Trump",
      "Ted Cruz -criticize(-1)-> Donald Trump",
      "Ted Cruz -criticize(-1)-> Marco Rubio",
    ],
  },
  {
    name: "regression (analyst round): a stray closing mark before a sentence's first name leaves it a name ('”Kelly has refrained from responding to Trump’s attacks'); so does a clause's subject for its participle ('” Sanders …, endorsing Keith Ellison')",
    text: "”Kelly has generally refrained from responding to Trump’s attacks.\n\n” Sanders is also trying to shape the party, endorsing Rep. Keith Ellison for its chair.",
    has: ["Trump -attack(-1)-> Kelly", "Sanders -support(1)-> Keith Ellison"],
  },
  {
    name: "regression (analyst round): the tone of a quotation said of someone is toward them ('“He’s done a great job,” Bill Self said of Kruger'); nothing of a thing ('said of the attack')",
    text: "“He’s done a great job with these guys,” Kansas coach Bill Self said of Kruger. “It was a terrible day,” Jones said of the attack.",
    has: ["Bill Self -praise(1)-> Kruger"],
    hasNot: ["Jones -criticize(-1)-> Kruger", "Jones -criticize(-1)-> Bill Self"],
  },
  {
    name: "regression (analyst round): a quotation said of someone, alone ('“He is a disgrace,” Smith said of Trump'); not of a title, a time, a thing named after someone, or a city ('said of the Republican nominee, Donald Trump', 'of Tuesday's attack', 'of the Iraq war', 'of Paris')",
    text: "“He is a disgrace,” Smith said of Trump.\n\n“He lies constantly,” Sanders said of the Republican nominee, Donald Trump.\n\n“It was awful,” Merkel said of Tuesday's attack in Berlin.\n\n“A shameful chapter,” Obama said of the Iraq war.\n\n“A terrible tragedy,” Merkel said of Paris.",
    has: ["Smith -criticize(-1)-> Donald Trump"],
    hasNot: [
      "Sanders -criticize(-1)-> Republican",
      "Angela Merkel -criticize(-1)-> Tuesday",
      "Barack Obama -criticize(-1)-> Iraq",
      "Angela Merkel -criticize(-1)-> France",
    ],
  },
  {
    name: "regression (review of the analyst round): an appositive after a description with its own 'of' ('accused the father of a fallen soldier, Khizr Khan, of')",
    text: "Trump accused the father of a fallen soldier, Khizr Khan, of attacking him. Hamas criticized the killing of a fallen soldier, Israel said.",
    has: ["Trump -accuse(-1)-> Khizr Khan"],
    hasNot: ["Hamas -criticize(-1)-> Israel"],
  },
  {
    name: "regression (reviews of the analyst round): an appositive followed by more objects is still named ('attacked his rival, Ted Cruz, and his wife'); a critic or ally denied or only possible is none ('is no public supporter of', 'has never been a sharp critic of', 'could become an ally of'), but a future or a possible present one is ('will remain a fierce critic of', 'may be the harshest critic of'); 'a onetime ally' is a former one",
    text: "Trump attacked his rival, Ted Cruz, and his wife. Susan Collins is no public supporter of Trump. Rand Paul has never been a sharp critic of Putin. Turkey will never become an ally of Assad. Erdogan could become an ally of Assad. Khodorkovsky, a onetime ally of Putin, fled. Romney will remain a fierce critic of Trump. McCain may be the harshest critic of Obama in Congress.",
    has: [
      "Trump -attack(-1)-> Ted Cruz",
      "Romney -criticize(-1)-> Trump",
      "McCain -criticize(-1)-> Barack Obama",
    ],
    hasNot: [
      "Recep Tayyip Erdogan -support(1)-> Bashar al-Assad",
      "Susan Collins -support(1)-> Trump",
      "Rand Paul -criticize(-1)-> Vladimir Putin",
      "Turkey -support(1)-> Bashar al-Assad",
      "Khodorkovsky -support(1)-> Vladimir Putin",
    ],
  },
  {
    name: "regression (stance round): a critic with a modifier of its own ('a sharp critic', 'a leading establishment critic'), after 'has emerged as' or 'has been'",
    text: "Mitt Romney, the 2012 nominee, has emerged as a leading establishment critic of Donald Trump. Given that Michael McFaul has been a sharp critic of the Trump administration, the offer surprised few.",
    has: ["Mitt Romney -criticize(-1)-> Donald Trump", "Michael McFaul -criticize(-1)-> Donald Trump"],
  },
  {
    name: "regression (stance round): a copula joined by ', and' or ', but' to a clause before it shares that clause's subject ('spent years in Damascus, and had become a close ally of Iran')",
    text: "Hamas spent years in Damascus, and had become a close ally of Iran. DeLay had not spoken out since the election, but was highly critical of Trump during the primary.",
    has: ["Hamas -support(1)-> Iran", "DeLay -criticize(-1)-> Trump"],
  },
  {
    name: "regression (correctness round): a title before a name found already is no name of its own, and titled names make a list ('House Speaker Paul Ryan, Senate Majority Leader Mitch McConnell and the top Republicans welcomed')",
    text: "House Speaker Paul Ryan, Senate Majority Leader Mitch McConnell and the top Republicans welcomed the Trump proposals.",
    has: ["House Speaker Paul Ryan -support(1)-> Trump", "Mitch McConnell -support(1)-> Trump"],
    hasNot: ["Senate Majority Leader -support(1)-> Trump"],
  },
  {
    name: "regression (correctness round): 'hit back at', 'spoke critically of', 'pushed back against' criticize; an electoral challenge is no criticism",
    text: "Trump has hit back at Clinton. Obama also spoke critically of Netanyahu. Erdogan pushed back against Biden. Sheriff Scott Jones is challenging Rep. Ami Bera.",
    has: [
      "Trump -criticize(-1)-> Clinton",
      "Barack Obama -criticize(-1)-> Benjamin Netanyahu",
      "Recep Tayyip Erdogan -criticize(-1)-> Biden",
    ],
    hasNot: ["Scott Jones -criticize(-1)-> Ami Bera"],
  },
  {
    name: "regression (review of the correctness round): only a past or present act is limited by 'not just' ('can't just support', 'won't just attack' still deny); 'cannot' negates; a rail is no railing",
    text: "Biden can’t just support Netanyahu unconditionally. Israel won’t just attack Iran. Biden cannot support Netanyahu. Trump railed against the judge at a San Diego rally. Biden took a high-speed rail at Amtrak’s station.",
    hasNot: [
      "Biden -support(1)-> Benjamin Netanyahu",
      "Israel -attack(-1)-> Iran",
      "Trump -criticize(-1)-> San Diego",
      "Biden -criticize(-1)-> Amtrak",
    ],
  },
  {
    name: "regression (correctness round): a medium between subject and verb is no subject ('Trump on Twitter attacked'); a contracted pronoun is a subject ('that he’s supporting')",
    text: "Trump on Twitter attacked Sadiq Khan. Hamas in a joint statement condemned Israel. Scott Walker said that he’s supporting Marco Rubio.",
    has: [
      "Trump -attack(-1)-> Sadiq Khan",
      "Hamas -condemn(-1)-> Israel",
      "Scott Walker -support(1)-> Marco Rubio",
    ],
    hasNot: ["Twitter -attack(-1)-> Sadiq Khan", "joint statement -condemn(-1)-> Israel"],
  },
  {
    name: "regression (correctness round): support withheld is a rejection ('has not endorsed', 'don't really trust'), an adverb inside the verb group keeps its negation ('did not really criticize'), and aid denied says nothing",
    text: "Graham, a onetime presidential hopeful, has not endorsed Trump. Americans don’t really trust Mrs. Clinton. Haniyeh did not really criticize Iran. Qatar did not support Hamas financially. A quarter of Republican voters trust Netanyahu.",
    has: ["Graham -reject(-1)-> Trump"],
    hasNot: [
      "United States -support(1)-> Clinton",
      "Isma'il Haniya -criticize(-1)-> Iran",
      "Qatar -reject(-1)-> Hamas",
      "Qatar -support(1)-> Hamas",
    ],
  },
  {
    name: "regression (correctness round): a fronted place's comma ends the setting, not a list of subjects ('At the UN, Erdogan met Netanyahu')",
    text: "At the UN, Erdogan met Netanyahu on Tuesday, voicing support for a ceasefire. The UN, the EU and Russia condemned Israel.",
    has: [
      "Recep Tayyip Erdogan -meet(0)-> Benjamin Netanyahu",
      "United Nations -condemn(-1)-> Israel",
      "European Union -condemn(-1)-> Israel",
    ],
    hasNot: ["United Nations -meet(0)-> Benjamin Netanyahu", "Benjamin Netanyahu -meet(0)-> United Nations"],
  },
  {
    name: "regression (correctness round): 'didn't just blame' limits the blame, it does not deny it; 'needled' criticizes; 'Reps.' is a title, no actor",
    text: "Rubio didn’t just blame Trump for the loss. Rubio didn’t blame Cruz for the loss. Pence needled Clinton on her emails. Several Republicans criticized the bill, including Reps. Mark Green and Tom Cole.",
    has: ["Rubio -criticize(-1)-> Trump", "Pence -criticize(-1)-> Clinton"],
    hasNot: ["Rubio -criticize(-1)-> Cruz", "Several Republicans -criticize(-1)-> Reps"],
  },
  {
    name: "regression: a participle after an object's comma is the subject's act, and the word after a participle of giving is its object ('Iran praised Hamas, offering aid to Gaza')",
    text: "Iran praised Hamas, offering aid to Gaza. Hamas, offering a truce, said Israel must withdraw. The Houthis attacked Israel, praising Hamas. Qatar welcomed the Hamas delegation, praising its flexibility.",
    has: ["Iran -aid(1)-> Gaza", "Houthis -praise(1)-> Hamas", "Qatar -praise(1)-> Hamas"],
    hasNot: ["Hamas -aid(1)-> Gaza", "Hamas -agree(1)-> Gaza"],
  },
  {
    name: "regression (fourth review of the stance round): only participles of giving take the subject of the verb before the comma, not a fronted place nor a reporter",
    text: "In Washington, Netanyahu gave a speech, pledging support for Trump. Israel killed Nasrallah, eroding support for Hezbollah in Lebanon. Israel bombed Rafah, sparking widespread criticism of Netanyahu. Israeli officials said Turkey hosted Hamas officials, offering support to their cause.",
    has: ["Benjamin Netanyahu -support(1)-> Trump", "Turkey -support(1)-> Hamas"],
    hasNot: [
      "United States -support(1)-> Trump",
      "Israel -support(1)-> Hizbullah",
      "Israel -criticize(-1)-> Benjamin Netanyahu",
      "Israel -support(1)-> Hamas",
    ],
  },
  {
    name: "regression: a participle after the comma shares the clause's subject ('Kim sent a message to Assad, extending firm support to the Syrian government'), and no 'extending firm' speaks",
    text: "Kim sent a message to Assad, extending firm support to the Syrian government.",
    has: ["Kim -consult(0)-> Bashar al-Assad", "Kim -support(1)-> Syria"],
    hasNot: ["Bashar al-Assad -support(1)-> Syria"],
  },
  {
    name: "regression: an agent noun's owner may carry a title ('one of President Trump’s staunchest supporters') after an appositive subject",
    text: "On most issues, the lanky Cotton, a rising star in the party, has emerged as one of President Trump’s staunchest supporters.",
    has: ["Cotton -support(1)-> Trump"],
  },
  {
    name: "'came out against', 'testified against' criticize; 'came out for Friday prayers', 'testified for the government' and 'came out of' do nothing",
    text: "Senator Susan Collins came out against Pruitt on Wednesday. Sen. Cory Booker testified against fellow Sen. Jeff Sessions’ nomination. Residents of Rafah came out for Friday prayers despite Israeli strikes. The minister came out of the meeting with Abbas. The FBI agent testified for the government.",
    has: ["Susan Collins -criticize(-1)-> Pruitt", "Cory Booker -criticize(-1)-> Jeff Sessions"],
    hasNot: [
      "minister -meet(0)-> Mahmoud Abbas",
      "Residents -support(1)-> Israel",
      "FBI agent -support(1)-> Federal Bureau of Investigation",
    ],
  },
  {
    name: "regression: 'Kim extended firm support to the Syrian government' is Kim's support, not a statement of 'Kim extended firm'",
    text: "Kim extended firm support to the Syrian government.",
    only: ["Kim -support(1)-> Syria"],
  },
  {
    name: "regression (third review of the stance round): two-word company names with an ampersand stay one actor",
    text: "Johnson & Johnson sued the FDA. Barnes & Noble criticized Amazon. Procter & Gamble said Trump's tariffs were a mistake.",
    has: ["Johnson & Johnson -accuse(-1)-> FDA", "Barnes & Noble -criticize(-1)-> Amazon"],
    hasNot: ["Johnson -accuse(-1)-> FDA", "Noble -criticize(-1)-> Amazon", "Gamble -criticize(-1)-> Trump"],
  },
  {
    name: "regression (third review of the stance round): 'its leader X' names the target; 'their' after a single subject is someone else's",
    text: "Hamas said Israel had killed its leader Ismail Haniyeh. Iran armed the Houthis and praised their attacks on shipping. Turkey hosted Hamas officials and defended their presence.",
    has: ["Israel -attack(-1)-> Isma'il Haniya", "Iran -praise(1)-> Houthis", "Turkey -support(1)-> Hamas"],
  },
  {
    name: "regression (third review of the stance round): a finite verb after a plural ends the coordination ('Hezbollah militants responded with rockets', 'fled to Qatar')",
    text: "Israel struck Gaza, and Hezbollah militants responded with rockets. Israel attacked Lebanon and Hamas leaders fled to Qatar.",
    only: ["Israel -attack(-1)-> Gaza", "Israel -attack(-1)-> Lebanon"],
  },
  {
    name: "regression (third review of the stance round): 'the congresswoman and Netanyahu critic' with its article",
    text: "Omar, the congresswoman and Netanyahu critic, said the war must end.",
    has: ["Omar -criticize(-1)-> Benjamin Netanyahu"],
  },
  {
    name: "regression: nouns that look like judgements carry no tone ('some kind of a James Bond enemy factory', 'a public good', 'great anguish')",
    text: "“It’s as if there’s some kind of a James Bond enemy factory,” said Levin. “Paid leave is a public good,” says Shabo. “Their behavior has caused Jon great anguish,” says his attorney, Mark Heller.",
    only: [],
  },
  {
    name: "regression: a possessive opening the object is the subject's own ('Huawei defended its independence', 'urged its citizens')",
    text: "Chinese telecom and internet company Huawei defended its independence on Sunday. Pakistan has urged its citizens to avoid coming to Iraq. Iran praised Hamas for its resistance.",
    has: ["Iran -praise(1)-> Hamas"],
    hasNot: ["Huawei -support(1)-> China", "Pakistan -demand(-1)-> Iraq"],
  },
  {
    name: "regression (second review of the stance round): an ampersand between two names joins nothing ('Iran & Hezbollah condemned …')",
    text: "Iran & Hezbollah condemned the Israeli strike on Damascus. Smotrich & Ben-Gvir attacked Gallant.",
    has: [
      "Iran -condemn(-1)-> Israel",
      "Hizbullah -condemn(-1)-> Israel",
      "Bezalel Smotrich -attack(-1)-> Yoav Gallant",
    ],
  },
  {
    name: "regression (second review of the stance round): a counted crowd after a dateline is the crowd's actor, and 'opponents' are not the one opposed",
    text: "BEIRUT, Oct 8 (Reuters) - Dozens of Hezbollah fighters fired rockets at Israeli positions. Thousands of Netanyahu opponents protested against Ben-Gvir.",
    has: ["Hizbullah -attack(-1)-> Israel"],
    hasNot: [
      "Lebanon -attack(-1)-> Israel",
      "Oct -attack(-1)-> Israel",
      "Benjamin Netanyahu -protest(-1)-> Itamar Ben-Gvir",
    ],
  },
  {
    name: "regression (second review of the stance round): an agent noun's 'and' needs its article ('Abbas is weak and Hamas supporters are growing')",
    text: "Abbas is weak and Hamas supporters are growing in number. Biden was cautious and Israel critics were furious.",
    only: [],
  },
  {
    name: "regression (second review of the stance round): a participle after a plural keeps the coordination ('Iran and Hezbollah financiers linked to …'); an irregular past ends it",
    text: "The Treasury sanctioned Iran and Hezbollah financiers linked to the smuggling network. Israel bombed Gaza, and Hamas fighters fought back.",
    has: ["Treasury -sanction(-1)-> Iran", "Treasury -sanction(-1)-> Hizbullah", "Israel -attack(-1)-> Gaza"],
    hasNot: ["Israel -attack(-1)-> Hamas"],
  },
  {
    name: "regression (second review of the stance round): a victim who is the speaker's own is no target of its blame",
    text: "Hezbollah said the assassination of Nasrallah was a cowardly crime. Hezbollah said Nasrallah was killed in a cowardly Israeli strike.",
    has: ["Hizbullah -criticize(-1)-> Israel"],
    hasNot: ["Hizbullah -criticize(-1)-> Hassan Nasrallah"],
  },
  {
    name: "regression (second review of the stance round): 'one of X's ministers publicly' is a minister; 'in general' and 'in public' are no nouns' prepositions",
    text: "Biden criticized one of Netanyahu's ministers publicly. Democrats in general oppose Netanyahu. Egypt and Jordan in public condemn Israel.",
    has: [
      "Democrats -criticize(-1)-> Benjamin Netanyahu",
      "Egypt -condemn(-1)-> Israel",
      "Jordan -condemn(-1)-> Israel",
    ],
    hasNot: ["Biden -criticize(-1)-> Benjamin Netanyahu"],
  },
  {
    name: "regression (second review of the stance round): appositive people after 'his critics,' with words after them; ', including former PM X,'; not ', including X supporters,'",
    text: "Netanyahu attacked his critics, Lapid and Gantz in particular. Several Palestinian leaders, including former PM Salam Fayyad, criticized Abbas. Demonstrators, including Imran Khan supporters, attacked the army headquarters.",
    has: [
      "Benjamin Netanyahu -attack(-1)-> Yair Lapid",
      "Benjamin Netanyahu -attack(-1)-> Benny Gantz",
      "Salam Fayyad -criticize(-1)-> Abbas",
    ],
    hasNot: ["Imran Khan -attack(-1)-> Demonstrators", "Demonstrators -attack(-1)-> Imran Khan"],
  },
  {
    name: "regression (second review of the stance round): a month before its day is no actor ('Oct 8', 'the Jan. 6 committee'); 'Jan Egeland' is",
    text: "Israel struck Hamas targets Oct 8, officials said. Trump attacked the Jan. 6 committee. Jan Egeland criticized Israel.",
    has: ["Jan Egeland -criticize(-1)-> Israel"],
    hasNot: ["Hamas -attack(-1)-> Oct", "Donald Trump -attack(-1)-> Jan", "Trump -attack(-1)-> Jan"],
  },
  {
    name: "regression: a crowd counted at a sentence's start is no actor named 'Dozens' ('Dozens of Hizbullah fighters attacked Israel')",
    text: "Dozens of Hizbullah fighters attacked Israel. Scores of Iranian officials praised Hamas.",
    has: ["Hizbullah -attack(-1)-> Israel"],
    hasNot: ["Dozens -attack(-1)-> Israel", "Scores -praise(1)-> Hamas"],
  },
  {
    name: "regression (review of the stance round): a later 'by' serves an earlier participle only over a bare 'and' between acts of one leaning",
    text: "Haniyeh was assassinated and mourned by Erdogan. Hamas was condemned, and supported by Iran. Abbas was attacked and defended by Fatah loyalists. The Houthis were sanctioned, emboldened by Iran's support.",
    hasNot: [
      "Recep Tayyip Erdogan -coerce(-1)-> Isma'il Haniya",
      "Recep Tayyip Erdogan -attack(-1)-> Isma'il Haniya",
      "Iran -condemn(-1)-> Hamas",
      "Fatah -attack(-1)-> Abbas",
      "Iran -sanction(-1)-> Houthis",
    ],
  },
  {
    name: "regression (review of the stance round): a demonym after 'the' is a subject with its verb; 'since backed by' is a participle",
    text: "The British condemned Iran's seizure of the tanker. The Chinese backed Russia at the UN. The Syrian National Army, since backed by Turkey, has attacked the Kurds.",
    has: [
      "United Kingdom -condemn(-1)-> Iran",
      "China -support(1)-> Russia",
      "Turkey -support(1)-> Syrian National Army",
    ],
  },
  {
    name: "regression (review of the stance round): under pressure, the topic after 'over' or 'on' is no target; an adjective may follow 'under'",
    text: "Netanyahu is under pressure from Biden over Rafah. Iraq is under intense pressure from both Washington and Tehran.",
    has: [
      "Biden -demand(-1)-> Benjamin Netanyahu",
      "United States -demand(-1)-> Iraq",
      "Iran -demand(-1)-> Iraq",
    ],
    hasNot: ["Iraq -demand(-1)-> United States", "Biden -demand(-1)-> Rafah"],
  },
  {
    name: "regression (review of the stance round): a name after 'his critics,' with a verb of its own is a new clause",
    text: "Erdogan lashed out at his critics, Turkish media reported. Netanyahu attacked his rivals, Channel 12 reported.",
    hasNot: ["Recep Tayyip Erdogan -criticize(-1)-> Turkey", "Benjamin Netanyahu -attack(-1)-> Channel 12"],
  },
  {
    name: "regression (review of the stance round): 'one of X's cabinet ministers' is a minister, not X; ', including supporters of X,' names no member",
    text: "Biden praised one of Netanyahu's cabinet ministers for his restraint. Demonstrators, including supporters of Imran Khan, attacked army headquarters in Rawalpindi.",
    hasNot: ["Biden -praise(1)-> Benjamin Netanyahu", "Imran Khan -attack(-1)-> Demonstrators"],
  },
  {
    name: "regression (review of the stance round): a statement's tone goes to no victim or ally it opens with; a date is no actor",
    text: "Blinken said Qatar has worked tirelessly to stop Hamas's barbaric terror. Zelensky said: “Kyiv was hit by a cowardly, vicious Russian missile strike.” The Hamas attack of October 7 shocked Israel.",
    hasNot: [
      "Blinken -criticize(-1)-> Qatar",
      "Zelensky -criticize(-1)-> Ukraine",
      "Hamas -attack(-1)-> October 7",
    ],
  },
  {
    name: "regression (stance round): an -s form after 'that' is a relative clause's verb ('the Mercer family that supports Bannon')",
    text: "The Mercer family that supports Bannon is rich. Hamas is the group that supports Iran. Israel said that attacks on Gaza would continue.",
    has: ["Mercer -support(1)-> Bannon", "Hamas -support(1)-> Iran"],
    hasNot: ["Israel -attack(-1)-> Gaza"],
  },
  {
    name: "regression (stance round): an agent noun after another noun and 'and' in an appositive ('Donohoe, a vegan and Peta supporter,')",
    text: "Burberry approached them, but Donohoe, a vegan and Peta supporter, turned them down.",
    has: ["Donohoe -support(1)-> Peta"],
  },
  {
    name: "regression (stance round): a name with a plural noun and a verb after it starts a clause ('bombed Gaza, and Hamas supporters rallied')",
    text: "Israel bombed Gaza, and Hamas supporters rallied.",
    only: ["Israel -attack(-1)-> Gaza"],
  },
  {
    name: "a name with a plural noun after 'and' and no verb is still a second object ('Gaza and Hamas positions')",
    text: "Israel bombed Gaza and Hamas positions.",
    only: ["Israel -attack(-1)-> Gaza", "Israel -attack(-1)-> Hamas"],
  },
  {
    name: "regression (stance round): an ampersand holds a name together ('S&P'), after 'and even'",
    text: "Erdogan has criticised the rating agencies for being politically motivated, and even accused S&P of bias.",
    has: ["Recep Tayyip Erdogan -accuse(-1)-> S&P"],
  },
  {
    name: "regression (stance round): the named ones in ', including X,' act for an unnamed subject",
    text: "But critics, including three UN rapporteurs, have accused the Modi government of targeting rights groups.",
    has: ["United Nations -accuse(-1)-> Modi"],
  },
  {
    name: "regression (stance round): a titled name after an owner's possessive and a modifier is the target ('the Supreme Court’s conservative Chief Justice John Roberts')",
    text: "Greg Abbott accused the Supreme Court’s conservative Chief Justice John Roberts of betrayal.",
    hasNot: ["Greg Abbott -accuse(-1)-> Supreme Court"],
  },
  {
    name: "regression (stance round): 'the campaign of her opponent, Sen. Bernie Sanders' is Sanders, not her",
    text: "Hillary Clinton’s campaign accused the campaign of her opponent, Sen. Bernie Sanders, of lying.",
    has: ["Hillary Clinton’s campaign -accuse(-1)-> Bernie Sanders"],
    hasNot: ["Hillary Clinton’s campaign -accuse(-1)-> Hillary Clinton"],
  },
  {
    name: "regression (stance round): a second object with a long title ('Obama and former secretary of state Hillary Clinton')",
    text: "Gray criticized both Obama and former secretary of state Hillary Clinton. Israel attacked Hamas and the head of state Abbas condemned it.",
    has: ["Gray -criticize(-1)-> Barack Obama", "Gray -criticize(-1)-> Hillary Clinton"],
    hasNot: ["Israel -attack(-1)-> Mahmoud Abbas"],
  },
  {
    name: "regression (stance round): a report's tone is no praise of its subject ('hackers capable of launching cyber warfare'), nor the speaker's praise of its own body",
    text: "North Korea has trained more than 500 computer hackers capable of launching cyber warfare against the United States, South Korea's defense ministry said Monday. Hamas political bureau head Ismail Haniyeh thanked the Syrian president for receiving the delegation, according to a Hamas statement.",
    hasNot: ["South Korea -praise(1)-> North Korea", "Hamas -praise(1)-> Hamas political bureau"],
  },
  {
    name: "regression (stance round): a statement's tone is toward the one name it holds; with several, toward none (its opener is as often a victim or an ally)",
    text: "“JPMorgan ignored risks and misled investors,” Senator Levin alleged. “JPMorgan ignored risks and misled investors in Britain,” Senator Levin alleged.",
    only: ["Levin -criticize(-1)-> JPMorgan"],
  },
  {
    name: "regression (stance round): a word after 'of' and a demonym is a noun ('a picture of American shame Eugene Robinson:')",
    text: "Trump’s travel ban is a picture of American shame Eugene Robinson:",
    only: [],
  },
  {
    name: "regression (stance round): 'them' after a relative clause is the name the clause hangs on, not its object",
    text: "Republicans who control the Senate are refusing to advance the nomination, prompting Democrats to accuse them of obstructionism.",
    has: ["Democrats -accuse(-1)-> Republicans"],
    hasNot: ["Democrats -accuse(-1)-> Senate"],
  },
  {
    name: "regression (stance round): whoever is under an act is its target ('under investigation by', 'under attack from', 'under pressure from')",
    text: "Manziel remains under investigation by the NFL. Gaza came under attack from Israel on Monday. Hamas is under pressure from Egypt to accept the deal.",
    has: ["NFL -investigate(-1)-> Manziel", "Israel -attack(-1)-> Gaza", "Egypt -demand(-1)-> Hamas"],
    hasNot: ["Hamas -demand(-1)-> Egypt"],
  },
  {
    name: "regression (stance round): 'allegations against X made by Y' are Y's",
    text: "The accusations against Netanyahu made by Hamas were rejected.",
    has: ["Hamas -accuse(-1)-> Benjamin Netanyahu"],
  },
  {
    name: "regression (stance round): coordinated participles share the passive's auxiliary and agent ('was fired, arrested … by', 'condemned and criticized by')",
    text: "Drake was fired, arrested at his home by armed FBI agents and charged. Hamas was condemned and criticized by Fatah. Iran was isolated, and attacked by Israel.",
    has: [
      "Federal Bureau of Investigation -coerce(-1)-> Drake",
      "Fatah -condemn(-1)-> Hamas",
      "Fatah -criticize(-1)-> Hamas",
      "Israel -attack(-1)-> Iran",
    ],
    hasNot: ["Drake -aid(1)-> Federal Bureau of Investigation"],
  },
  {
    name: "regression (stance round): a participle after a preposition is an adjective ('by armed Hamas members'); 'Iran armed Hizbullah' is still aid",
    text: "The raid was carried out by armed Hamas members. Iran armed Hizbullah fighters.",
    only: ["Iran -aid(1)-> Hizbullah"],
  },
  {
    name: "regression (stance round): 'one of X's strong points' is X's; 'one of X's allies' is not X",
    text: "Sanders attacked one of Clinton’s strong points. Trump praised one of Iran's closest allies.",
    has: ["Sanders -attack(-1)-> Clinton"],
    hasNot: ["Sanders -praise(1)-> Clinton", "Donald Trump -praise(1)-> Iran"],
  },
  {
    name: "regression (stance round): 'it's estimated' is no speaker joined to the agent before it",
    text: "Christian villages have been attacked by ISIS terrorists and it's estimated 3,000 Christians were forced to leave. Stepien was later banished by Christie.",
    has: ["Islamic State -attack(-1)-> Christian", "Christie -sever_relations(-1)-> Stepien"],
    hasNot: ["terrorists and it's -attack(-1)-> Christian"],
  },
  {
    name: "a backlash or a warm welcome from someone is their stance toward the clause's subject",
    text: "Haniya faced a backlash from Syrian rebels. Hamas received a warm welcome from Iran.",
    has: ["Iran -praise(1)-> Hamas"],
    hasNot: ["Isma'il Haniya -criticize(-1)-> Syrian opposition"],
  },
  {
    name: "regression (probe 7): the subject of a verb joined by 'and' is no antecedent of the next verb's object ('met Le Drian and thanked him')",
    text: "Mikati met Jean-Yves Le Drian in the Grand Serail and thanked him for France's efforts.",
    has: ["Najib Mikati -thank(1)-> Jean-Yves Le Drian"],
  },
  {
    name: "regression (probe 7): 'them' is not the body a role belongs to nor a modifier before a name; suspending operations is no sanction",
    text: "Samir Geagea, the head of the Lebanese Forces, went further and accused them of holding the state hostage. The US envoy Tim Lenderking met the Houthi deputies in Muscat and urged them to halt the attacks. Kataib Hezbollah announced on Tuesday that it was suspending operations against US forces.",
    hasNot: [
      "Samir Geagea -accuse(-1)-> Lebanese Forces",
      "Tim Lenderking -demand(-1)-> United States",
      "Kata'ib Hizbullah -sanction(-1)-> United States",
    ],
  },
  {
    name: "regression (review 6): support lost or sought is not held; a forecast or a condition is no refusal; a place is no pronoun's antecedent; a name inside what was said is no passive's subject",
    text: "Abbas lost Qatar's support. Abbas sought Iran's support. Analysts expect that Qatar will not support Hamas for long. Hamas will not meet Abbas unless Israel withdraws. Sinwar was hiding in Khan Younis when Israel targeted him. Erdogan's claim that Israel commits genocide was rejected by Netanyahu.",
    hasNot: [
      "Qatar -support(1)-> Abbas",
      "Iran -support(1)-> Abbas",
      "Qatar -reject(-1)-> Hamas",
      "Hamas -reject(-1)-> Abbas",
      "Israel -attack(-1)-> Khan Younis",
      "Benjamin Netanyahu -reject(-1)-> Israel",
    ],
  },
  {
    name: "a cooperative act refused with 'will not' / 'won't' is a rejection, as 'refused to' is; 'has not' is no act at all",
    text: "Hamas won't meet Abbas. Jumblatt said Hizbullah will not back Bassil. Graham has not endorsed Trump. Egypt will not attack Hamas.",
    has: ["Hamas -reject(-1)-> Abbas", "Hizbullah -reject(-1)-> Gebran Bassil"],
    hasNot: ["Graham -reject(-1)-> Donald Trump", "Egypt -attack(-1)-> Hamas", "Egypt -reject(-1)-> Hamas"],
  },
  {
    name: "a stance the subject wins or enjoys is toward the subject ('Abbas won Zubeidi's endorsement', 'Republican candidate X has won support from …')",
    text: "Abbas won Qatar's ringing endorsement. Hamas enjoys Iran's support. Republican candidate Rick Santorum has won support from Israel for his views.",
    has: ["Qatar -support(1)-> Abbas", "Iran -support(1)-> Hamas", "Israel -support(1)-> Rick Santorum"],
    hasNot: ["Israel -support(1)-> Republican"],
  },
  {
    name: "a day between a stance noun and its preposition ('voiced support on Monday for Hamas')",
    text: "Qatar voiced strong support on Monday for Hamas. Ankara expressed anger last week at Israel.",
    has: ["Qatar -support(1)-> Hamas"],
  },
  {
    name: "a second verb after 'and' keeps the first one's subject over adverbs and an aside in parentheses ('and even (gasp!) praised')",
    text: "Nasrallah criticized Riyadh's silence and even (remarkably) praised Qatar. Hamas rebuked Iran and later praised Egypt.",
    has: ["Hassan Nasrallah -praise(1)-> Qatar", "Hamas -praise(1)-> Egypt"],
    hasNot: ["Saudi Arabia -praise(1)-> Qatar"],
  },
  {
    name: "a party adjective before a role and a name is no target of its own ('Democratic presidential hopeful Bernie Sanders')",
    text: "Hamas endorsed Democratic presidential hopeful Bernie Sanders.",
    has: ["Hamas -support(1)-> Bernie Sanders"],
  },
  {
    name: "an object pronoun stands for the nearest fitting actor before it that is not the subject ('met Haniya and praised him', 'accused them of')",
    text: "Qassim met Haniya in Beirut and praised him. The Houthis questioned the Saudis' motives and accused them of betrayal. Erdogan criticized her policies.",
    has: ["Qassim -praise(1)-> Isma'il Haniya", "Houthis -accuse(-1)-> Saudi Arabia"],
    hasNot: [
      "Recep Tayyip Erdoğan -criticize(-1)-> Qassim",
      "Recep Tayyip Erdoğan -criticize(-1)-> Isma'il Haniya",
    ],
  },
  {
    name: "a stance answered by the subject was toward it ('refrained from responding to Trump's attacks', 'dismissed Israel's accusations')",
    text: "Hamas dismissed Israel's accusations. Nasrallah refrained from responding to Netanyahu's threats. Anifah Aman responded to Mr. Kang’s charges, saying they were lies.",
    has: [
      "Israel -accuse(-1)-> Hamas",
      "Benjamin Netanyahu -threaten(-1)-> Hassan Nasrallah",
      "Kang -accuse(-1)-> Anifah Aman",
    ],
  },
  {
    name: "a word between an owner's possessive and the noun ('Woolf's blunt criticism of Julian's poem'); frustration with",
    text: "Iran's steadfast support for Hizbullah is well known. Hamas voiced frustration with Egypt.",
    has: ["Iran -support(1)-> Hizbullah", "Hamas -criticize(-1)-> Egypt"],
  },
  {
    name: "regression (review): a stance noun between two names is no role ('said Hamas ally Talal Naji')",
    text: "“There has been progress,” said Hamas ally Talal Naji.",
    has: ["Talal Naji -support(1)-> Hamas"],
  },
  {
    name: "regression (review): only praise and criticism grant the act ('outlawed the Brotherhood for supporting Hamas', 'for allegedly supporting')",
    text: "Egypt outlawed the Muslim Brotherhood for supporting Hamas. Israel arrested the activists for allegedly supporting Hamas.",
    hasNot: ["Muslim Brotherhood -support(1)-> Hamas", "Israel -support(1)-> Hamas"],
  },
  {
    name: "regression (review): standing behind someone at a podium is no support",
    text: "Netanyahu stood behind Obama at the podium.",
    hasNot: ["Benjamin Netanyahu -support(1)-> Barack Obama"],
  },
  {
    name: "regression (review 2): who harmed, held or backed the people or thing a stance is about made nothing ('praised the soldiers killed by Hamas')",
    text: "Netanyahu praised the soldiers killed by Hamas. Egypt criticized the plan backed by Qatar. Iran condemned the prisoners released by Israel.",
    hasNot: [
      "Benjamin Netanyahu -praise(1)-> Hamas",
      "Egypt -criticize(-1)-> Qatar",
      "Iran -condemn(-1)-> Israel",
    ],
  },
  {
    name: "regression (review 2): 'NAME of ORG' between commas acts only after a description that opens the clause, not after an object ('who wrote to a rival, Jibril Rajoub of Fatah, criticized')",
    text: "Haniya, who wrote to a rival, Jibril Rajoub of Fatah, criticized Egypt. A senior official, Ali Baraka of Hamas, praised Iran.",
    has: ["Isma'il Haniya -criticize(-1)-> Egypt", "Ali Baraka -praise(1)-> Iran"],
    hasNot: ["Jibril Rajoub -criticize(-1)-> Egypt"],
  },
  {
    name: "regression (review 2): a comparative types only the relationship noun right after it ('a closer look at Hamas's ties with Iran'); handling of X is no stance",
    text: "Analysts took a closer look at Qatar's ties with Turkey. Hamas praised the handling of the talks by Egypt. Hamas called for closer ties with Iran.",
    has: ["Hamas -restore_relations(1)-> Iran"],
    hasNot: ["Qatar -restore_relations(1)-> Turkey", "Hamas -praise(1)-> Egypt"],
  },
  {
    name: "regression (review 2): an act taken for granted may have an adverb before it ('for quietly supporting') or follow 'attacked'; not one left alleged",
    text: "Hamas thanked Qatar for quietly supporting Hizbullah. Rubio attacked Trump for praising Putin. Hamas praised Egypt for allegedly backing Fatah.",
    has: ["Qatar -support(1)-> Hizbullah", "Trump -praise(1)-> Vladimir Putin"],
    hasNot: ["Egypt -support(1)-> Fatah"],
  },
  {
    name: "regression (review 3): a comparative with adjectives before the noun still restores ('closer economic ties', 'stronger diplomatic relations')",
    text: "Saudi Arabia has sought closer economic ties with China. Erdogan called for stronger diplomatic relations with Egypt.",
    has: ["Saudi Arabia -restore_relations(1)-> China", "Recep Tayyip Erdogan -restore_relations(1)-> Egypt"],
  },
  {
    name: "regression (review 3): a poll or a share of those polled takes no stance; a possessive's person owns a description ('Netanyahu’s ally, Itamar Ben-Gvir of Otzma Yehudit, slammed')",
    text: "In a Gallup poll released Thursday, Democrats said they opposed military aid to Israel. Of those, one in three said they trusted Hamas. Netanyahu’s ally, Itamar Ben-Gvir of Otzma Yehudit, slammed Gantz.",
    has: ["Itamar Ben-Gvir -criticize(-1)-> Benny Gantz"],
    hasNot: [
      "Gallup -criticize(-1)-> Israel",
      "Gallup poll -criticize(-1)-> Israel",
      "one in three -praise(1)-> Hamas",
    ],
  },
  {
    name: "regression: a role word between two names is a title, not a verb ('his feud with Fox News host Megyn Kelly' is no meeting)",
    text: "Donald Trump escalated his feud with Fox News host Megyn Kelly on Friday. MSNBC host Rachel Maddow criticized Trump. The Saudis host Blinken in Riyadh.",
    has: ["Donald Trump -criticize(-1)-> Megyn Kelly", "Saudi Arabia -meet(0)-> Blinken"],
    hasNot: [
      "Donald Trump -meet(0)-> Megyn Kelly",
      "Megyn Kelly -meet(0)-> Donald Trump",
      "MSNBC -meet(0)-> Rachel Maddow",
    ],
  },
  {
    name: "criticism and bars in other words ('dinged', 'barred', 'one of the most vocal critics of'); not 'took on the role', 'questioned the suspect', 'lamented Nasrallah's death' (reviews 5 and 6)",
    text: "Bill O’Reilly dinged the National Rifle Association for its statement. Hizbullah lamented Nasrallah's death. Democrats press Netanyahu to allow more aid. Brazilian courts barred Temer from running. Hank Green was one of the most vocal critics of Facebook. Egypt took on the role of mediator between Israel and Hamas. FBI agents questioned Hunter Biden about the laptop. Egypt and Qatar host Hamas negotiators in Cairo.",
    hasNot: [
      "Hizbullah -criticize(-1)-> Hassan Nasrallah",
      "Egypt -criticize(-1)-> Israel",
      "Federal Bureau of Investigation -criticize(-1)-> Hunter Biden",
    ],
    has: [
      "Qatar -meet(0)-> Hamas",
      "Bill O’Reilly -criticize(-1)-> National Rifle Association",
      "Democrats -demand(-1)-> Benjamin Netanyahu",
      "Brazil -sanction(-1)-> Temer",
      "Hank Green -criticize(-1)-> Facebook",
    ],
  },
  {
    name: "regression (review 6): the member a group phrase names speaks ('Allies like Britain', 'An increasing number of Democrats', 'A complaint filed by South Africa at the ICJ')",
    text: "Allies like Britain have urged Israel to let more aid in. An increasing number of Democrats have criticized Netanyahu. A complaint filed by South Africa at the ICJ accused Israel of genocide.",
    has: [
      "United Kingdom -demand(-1)-> Israel",
      "Democrats -criticize(-1)-> Benjamin Netanyahu",
      "South Africa -accuse(-1)-> Israel",
    ],
  },
  {
    name: "a passive's agent batters ('was battered by Issa'), a crowd's quantifier leads to its actor ('attacked by dozens of Hizbullah fighters')",
    text: "Cummings was battered by Issa during the hearing. The patrol was attacked by dozens of Hizbullah fighters.",
    has: ["Issa -criticize(-1)-> Cummings"],
  },
  {
    name: "people a pronoun's owner has are not the owner ('urging his party', 'thanked his supporters')",
    text: "Khamenei is ready to support Haniya and is urging his party to follow. Nasrallah thanked his supporters.",
    has: ["Ali Khamenei -support(1)-> Isma'il Haniya"],
    hasNot: ["Ali Khamenei -demand(-1)-> Isma'il Haniya", "Hassan Nasrallah -thank(1)-> Isma'il Haniya"],
  },
  {
    name: "closer, stronger or warmer ties with someone restore relations",
    text: "Hamas called for closer ties with Iran. Erdogan wants stronger relations with Egypt.",
    has: ["Hamas -restore_relations(1)-> Iran", "Recep Tayyip Erdogan -restore_relations(1)-> Egypt"],
  },
  {
    name: "the maker of what a stance is about ('criticized the plan offered by X', 'condemned the attack carried out by Y')",
    text: "Clinton then criticized the budget proposal recently offered by the Trump administration. Iran condemned the attack carried out by Israel.",
    has: ["Clinton -criticize(-1)-> Trump", "Iran -condemn(-1)-> Israel"],
  },
  {
    name: "a description, then 'NAME of ORG' between commas: the name acts ('A senior official, Ali Baraka of Hamas, praised Iran')",
    text: "A senior official, Ali Baraka of Hamas, praised Iran. Another chief executive, Jamie Dimon of JPMorgan Chase & Co, criticized Egypt.",
    has: ["Ali Baraka -praise(1)-> Iran", "Jamie Dimon -criticize(-1)-> Egypt"],
  },
  {
    name: "nouns whose owner is the target: the contributions, legacy or conduct of X",
    text: "Hamas praised the legacy of Qassem Soleimani. The opposition criticized the conduct of the Syrian regime.",
    has: ["Hamas -praise(1)-> Qasem Soleimani"],
  },
  {
    name: "a reduced passive with no comma: 'the Houthis criticized sharply by Riyadh', not 'Hamas criticized Iran by name'",
    text: "Talks with the Houthis criticized sharply by Saudi Arabia went on. Hamas criticized Iran by name.",
    has: ["Saudi Arabia -criticize(-1)-> Houthis", "Hamas -criticize(-1)-> Iran"],
    hasNot: ["Houthis -criticize(-1)-> Saudi Arabia"],
  },
  {
    name: "regression: an owner's role between a company and a name ('praised by Tidal owner Jay Z') makes the name the agent",
    text: "JPMorgan CEO Jamie Dimon criticized Coinbase. Toig was praised by Tidal owner Jay Z on Monday.",
    has: ["Jay Z -praise(1)-> Toig", "Jamie Dimon -criticize(-1)-> Coinbase"],
    hasNot: ["Tidal -praise(1)-> Toig"],
  },
  {
    name: "a possessive right after the clause's verb is its subject's, not a name's in the subject's appositive",
    text: "Brett McGurk, President Obama’s special envoy to the coalition, expressed his support for the Kurds.",
    has: ["Brett McGurk -support(1)-> Kurds"],
    hasNot: ["Barack Obama -support(1)-> Kurds"],
  },
  {
    name: "one of the owner's agents ('one of Nasrallah's closest allies', 'has emerged as one of …')",
    text: "Na'im Qassim, one of Nasrallah's closest allies, spoke. Yahya Sinwar has emerged as one of Haniya's fiercest critics.",
    has: ["Na'im Qassim -support(1)-> Hassan Nasrallah", "Yahya Sinwar -criticize(-1)-> Isma'il Haniya"],
  },
  {
    name: "support idioms: rallied, united or lined up behind, threw its support behind",
    text: "Arab states united behind Egypt. Qatar threw its support behind Hamas. Fatah lined up behind Mahmoud Abbas.",
    has: ["Egypt", "Hamas", "Mahmoud Abbas"].map(
      (t, i) => `${["Arab", "Qatar", "Fatah"][i]} -support(1)-> ${t}`,
    ),
  },
  {
    name: "praise and criticism take the act they name for granted (thanked Qatar for supporting Hamas)",
    text: "Hamas thanked Qatar for supporting Hizbullah. Khamenei criticized Erdogan (AKP) for abandoning Hamas.",
    has: ["Qatar -support(1)-> Hizbullah", "Recep Tayyip Erdogan -sever_relations(-1)-> Hamas"],
  },
  {
    name: "an accusation does not: accused Iran of arming, arrested for collaborating",
    text: "The United States accused Iran of arming the Houthis. Israeli police arrested two men for collaborating with Hamas. Riyadh blamed Tehran for attacking the Houthis.",
    hasNot: ["Iran -aid(1)-> Houthis", "Iran -attack(-1)-> Houthis"],
  },
  {
    name: "a name as an adjective after an owner's possessive is no target (praised Trump’s Christian faith)",
    text: "Hamas praised Donald Trump’s Christian faith. Hizbullah praised Iran’s Shiite militias.",
    has: ["Hamas -praise(1)-> Donald Trump"],
    hasNot: ["Hamas -praise(1)-> Christian", "Hamas -praise(1)-> Donald Trump’s Christian"],
  },
  // Second review of this session's rules.
  {
    name: "regression: an object pronoun after more than its own verb may be the name before (said Biden had betrayed him)",
    text: "Netanyahu said Biden had betrayed him. Khamenei told Haniyeh he supported him.",
    has: ["Biden -criticize(-1)-> Benjamin Netanyahu", "Ali Khamenei -support(1)-> Isma'il Haniya"],
  },
  {
    name: "regression: an appositive without an article (X, longtime critic of Y; X, close Trump ally)",
    text: "John Bolton, longtime critic of Trump, said the deal was bad. Lindsey Graham, close Trump ally, praised the plan.",
    has: ["John Bolton -criticize(-1)-> Trump", "Lindsey Graham -support(1)-> Trump"],
  },
  {
    name: "regression: a call received from someone in a country is no visit",
    text: "Zelensky received a call from Biden in Ukraine.",
    hasNot: ["Biden -visit(0)-> Ukraine"],
  },
  {
    name: "civilians with words after them, or a demonym in -ch, are still a group of their own",
    text: "Palestinian refugees in Lebanon criticized Hamas. French activists condemned Israel.",
    hasNot: ["Palestine -criticize(-1)-> Hamas", "France -condemn(-1)-> Israel"],
  },
  {
    name: "a guest received in a capital visited its state",
    text: "Assad received Qaani in Damascus on Tuesday.",
    has: ["Esmail Qaani -visit(0)-> Syria", "Bashar al-Assad -meet(0)-> Esmail Qaani"],
  },
  {
    name: "people named by a demonym are a group of their own, not their state (Palestinian refugees, Saudi students)",
    text: "Palestinian refugees living in the Idlib area burned pictures of Haniyeh. Saudi students criticized Iran. Iranian officials praised Hamas.",
    only: [
      "Palestinian refugees -protest(-1)-> Isma'il Haniya",
      "Saudi students -criticize(-1)-> Iran",
      "Iran -praise(1)-> Hamas",
    ],
  },
  {
    name: "a verb after 'and' shares the subject of a first verb no trigger remembered; 'According to X' lends none",
    text: "According to Orient-news.net, Hamas supporters in the Idlib area held a rally on Thursday and burned pictures of Nasrallah.",
    has: ["Hamas -protest(-1)-> Hassan Nasrallah"],
    hasNot: ["Orient News -protest(-1)-> Hassan Nasrallah"],
  },
  // Review of this session's rules: each sentence gave a wrong relation before its fix.
  {
    name: "regression: a reported 'that' after an addressee is no relative clause (told Egypt that Israeli forces …)",
    text: "Hamas told Egypt that Israeli forces had attacked Rafah.",
    hasNot: ["Egypt -attack(-1)-> Gaza"],
  },
  {
    name: "regression: a name after a preposition is not what 'that' stands for (the war against Hamas that killed …)",
    text: "Turkey condemned the war against Hamas that killed thousands of Palestinians.",
    only: [],
  },
  {
    name: "regression: a time phrase's own preposition gives no target (support during the war against Israel)",
    text: "Iran's support during the war against Israel was decisive.",
    only: [],
  },
  {
    name: "regression: a list ends where a name with its own verb starts a clause",
    text: "Hamas received support from many countries, including Iran, and Turkey criticized Israel. Hamas attacked Israel and officials of the Palestinian Authority condemned the attack.",
    hasNot: ["Turkey -support(1)-> Hamas", "Hamas -attack(-1)-> Palestinian Authority"],
  },
  {
    name: "regression: one of X's allies is not X",
    text: "Hamas was criticized by one of Iran's closest allies. Israel struck some of Iran's allies in Syria.",
    only: [],
  },
  {
    name: "regression: 'martyr' praises only the name right after it",
    text: "The army said it would not allow Hamas to turn Yahya Sinwar into a martyr.",
    only: [],
  },
  {
    name: "regression: a reduced relative after an object is not about the object (struck Hizbullah, reportedly helped by …)",
    text: "Israel struck Hizbullah, reportedly helped by U.S. intelligence.",
    hasNot: ["United States -aid(1)-> Hizbullah"],
  },
  {
    name: "regression: avoided or lost contact is no consultation; a former ally is no support",
    text: "Israel avoided contact with Hamas. Hamas said it had lost contact with Islamic Jihad. Egypt's former ally Qatar stayed silent.",
    only: [],
  },
  {
    name: "examples after 'including' take part ('from Republicans, including Senator John McCain'; 'several states, including Iran and Qatar')",
    text: "Hamas thanked several states, including Iran and Qatar. Hamas's visit drew criticism from Fatah, including Mahmoud Abbas.",
    has: ["Hamas -thank(1)-> Iran", "Hamas -thank(1)-> Qatar", "Mahmoud Abbas -criticize(-1)-> Hamas"],
  },
  {
    name: "a pronoun subject of a passive stands for its antecedent (she was accused by X), not 'it', as often a thing",
    text: "When Steinem gathered writers, she was accused by Friedan of ripping off the movement. Iran signed a deal with Russia. It was criticized by the United States.",
    has: ["Friedan -accuse(-1)-> Steinem"],
    hasNot: ["United States -criticize(-1)-> Iran"],
  },
  {
    name: "an agent noun with modifiers after a possessive owner (Britain's trusted partner and ally)",
    text: "Saudi Arabia is Britain's trusted partner and ally. Hizbullah, Iran's closest ally, fired rockets.",
    only: ["Saudi Arabia -support(1)-> United Kingdom", "Hizbullah -support(1)-> Iran"],
  },
  {
    name: "an object that is part of what follows 'of' (some of the more hawkish proposals from X)",
    text: "Hamas has criticized some of the more hawkish proposals from Fatah.",
    only: ["Hamas -criticize(-1)-> Fatah"],
  },
  {
    name: "a cooperative noun under a hostile verb did not happen (boycott all official contact with X)",
    text: "Palestinian leaders said they would boycott all official contact with the United States.",
    only: ["Palestine -reject(-1)-> United States"],
  },
  {
    name: "being in contact with someone is a consultation",
    text: "Qaani had been in daily contact with Hamas.",
    has: ["Esmail Qaani -consult(0)-> Hamas"],
  },
  {
    name: "a stance received from someone, with the writer's quotation marks and a time phrase between",
    text: "Hamas had received “direct messages of appreciation” during the fighting from Qods Force commander Esmail Qaani.",
    only: ["Esmail Qaani -thank(1)-> Hamas"],
  },
  {
    name: "a time phrase between a noun and its source (support during the war from Iran)",
    text: "Hamas received support during the war from Iran.",
    only: ["Iran -support(1)-> Hamas"],
  },
  {
    name: "calling someone 'the martyr' inside a statement is the speaker's praise",
    text: "Haniya said: “The rockets came through the efforts of the martyr Qassem Soleimani.”",
    has: ["Isma'il Haniya -praise(1)-> Qasem Soleimani"],
  },
  {
    name: "members of an actor in a coordinated object stand for it (al-Sudani and leaders of the Coordination Framework)",
    text: "Ghaani met Iraqi Prime Minister Mohammed Shia al-Sudani and leaders of the Coordination Framework.",
    has: [
      "Esmail Qaani -meet(0)-> Mohammed Shia al-Sudani",
      "Esmail Qaani -meet(0)-> Coordination Framework",
    ],
  },
  {
    name: "the subject of a relative clause is what 'that' stands for, a noun's owner when it acts for it",
    text: "The fighting began on Tuesday with Israeli strikes that killed three senior Islamic Jihad commanders.",
    only: ["Israel -attack(-1)-> Palestinian Islamic Jihad"],
  },
  {
    name: "regression: a name inside a relative clause is not the subject of the verb after it",
    text: "The militia that attacked Hizbullah is backed by Turkey. The deal that Qatar brokered was welcomed by Hamas.",
    only: [],
  },
  {
    name: "regression: a place after a preposition is not what 'that' stands for (the crash in Russia that killed …)",
    text: "Investigators studied the plane crash in Russia that killed Lech Kaczynski.",
    hasNot: ["Russia -attack(-1)-> Lech Kaczynski"],
  },
  {
    name: "a relative 'who' after a name's comma, in the passive",
    text: "Hamas named its envoy, Khalil al-Hayya, who was criticized by Fatah for the visit.",
    has: ["Fatah -criticize(-1)-> Khalil al-Hayya"],
  },
  {
    name: "a reduced relative after a name's comma, with an adverb before or after the participle",
    text: "Hamas, harshly criticized by the Syrian opposition, answered on Monday. Iran, praised warmly by Hizbullah, said nothing.",
    only: ["Syrian opposition -criticize(-1)-> Hamas", "Hizbullah -praise(1)-> Iran"],
  },
  {
    name: "a message sent to another party is a consultation, one way only",
    text: "Hizbullah had sent a message to the Free Patriotic Movement through a mediator.",
    only: ["Hizbullah -consult(0)-> Free Patriotic Movement"],
  },
  {
    name: "a mutual noun after two actors joined by a dash (Iranian–Saudi talks)",
    text: "The tour coincided with the final stage of Iranian–Saudi talks in Beijing.",
    only: ["Iran -consult(0)-> Saudi Arabia", "Saudi Arabia -consult(0)-> Iran"],
  },
  {
    name: "a dashed pair with an adjective before the noun (the Hamas-Fatah reconciliation)",
    text: "The Hamas-Fatah national reconciliation collapsed again in Cairo.",
    has: ["Hamas -restore_relations(1)-> Fatah", "Fatah -restore_relations(1)-> Hamas"],
  },
  {
    name: "a dashed pair before a noun that is not mutual makes no relation (the Israeli-Palestinian conflict)",
    text: "The Israeli-Palestinian conflict dominated the summit agenda.",
    only: [],
  },
  {
    name: "consultation with a coordinated object",
    text: "Hamas consulted with Iran and Hizbullah on the next steps.",
    has: ["Hamas -consult(0)-> Iran", "Hamas -consult(0)-> Hizbullah", "Iran -consult(0)-> Hamas"],
  },
  {
    name: "thanks for aid, the speaker resolved through the cue",
    text: "Hamas political bureau head Isma'il Haniya thanked Iran for the financial and military aid.",
    only: ["Isma'il Haniya -thank(1)-> Iran"],
  },
  {
    name: "blessings with a possessive pronoun as the source",
    text: "Bashar al-Assad received the delegation. Assad conveyed his blessings to the Hamas fighters.",
    has: ["Bashar al-Assad -bless(1)-> Hamas"],
  },
  {
    name: "an infinitive shares its clause's subject; a capital stands for its state",
    text: "Qaani visited Beirut to coordinate with Hizbullah.",
    only: [
      "Esmail Qaani -visit(0)-> Lebanon",
      "Esmail Qaani -coordinate(1)-> Hizbullah",
      "Hizbullah -coordinate(1)-> Esmail Qaani",
    ],
  },
  {
    name: "a relationship revived, and the same relationship disrupted in a relative clause",
    text: "Hamas sought to revive its relations with the Syrian regime, which had been disrupted with the outbreak of the civil war there in 2011.",
    has: ["Hamas -restore_relations(1)-> Syria", "Hamas -sever_relations(-1)-> Syria"],
  },
  {
    name: "criticism from X of what the clause is about",
    text: "Hamas's rapprochement with the Syrian regime brought harsh criticism from the Syrian opposition.",
    only: [
      "Hamas -restore_relations(1)-> Syria",
      "Syria -restore_relations(1)-> Hamas",
      "Syrian opposition -criticize(-1)-> Hamas",
    ],
  },
  {
    name: "reciprocity: each side praised the other",
    text: "Hamas and the Syrian regime exchanged delegations in October. Each side fulsomely praised the other.",
    has: ["Hamas -praise(1)-> Syria", "Syria -praise(1)-> Hamas"],
  },
  {
    name: "mediation by two actors between two others",
    text: "The website reported on mediation by Iran and Hizbullah in order to facilitate a rapprochement between Hamas and the Syrian regime.",
    has: [
      "Iran -mediate(1)-> Hamas",
      "Hizbullah -mediate(1)-> Syria",
      "Hamas -restore_relations(1)-> Syria",
      "Syria -restore_relations(1)-> Hamas",
    ],
  },
  { name: "negation: did not condemn", text: "Hamas did not condemn Iran's role in Syria.", only: [] },
  {
    name: "refusal turns a meeting into a rejection",
    text: "Hamas refused to meet Turkish officials.",
    only: ["Hamas -reject(-1)-> Turkey"],
  },
  {
    name: "refusal of a hostile act is none: refused to condemn",
    text: "Qatar refused to condemn Hamas.",
    only: [],
  },
  { name: "denial: denied meeting", text: "Hizbullah denied meeting Saudi officials in Beirut.", only: [] },
  { name: "negated modal: would not", text: "Iran would not support the Syrian opposition.", only: [] },
  {
    name: "reciprocity: A and B met",
    text: "Hamas and Fatah met in Cairo on Wednesday.",
    only: ["Hamas -meet(0)-> Fatah", "Fatah -meet(0)-> Hamas"],
  },
  {
    name: "coordinated subjects mediate between coordinated parties",
    text: "Iran and Hizbullah mediated between Hamas and the Syrian regime.",
    has: ["Iran -mediate(1)-> Hamas", "Iran -mediate(1)-> Syria", "Hizbullah -mediate(1)-> Hamas"],
    hasNot: ["Hamas -mediate(1)-> Syria"],
  },
  {
    name: "passive voice: criticized by",
    text: "Hamas was criticized by the Syrian opposition.",
    only: ["Syrian opposition -criticize(-1)-> Hamas"],
  },
  {
    name: "a passive's agent is not the 'by' of a reason or of another participle",
    text: "Iran was criticized for a plan backed by Russia. Biden was praised for a ceasefire brokered by Qatar.",
    hasNot: ["Russia -criticize(-1)-> Iran", "Qatar -praise(1)-> Joe Biden", "Qatar -praise(1)-> Biden"],
  },
  {
    name: "'that' after a verb's object is what was said, not a relative clause",
    text: "Hamas told Israel that Iran rejected the plan. Biden reminded Netanyahu that Hamas attacked first.",
    hasNot: ["Iran -reject(-1)-> Israel", "Hamas -attack(-1)-> Benjamin Netanyahu"],
  },
  {
    name: "an object relative clause: 'for' after the verb is its reason, not its object",
    text: "Iran, which Hamas thanked for its aid, said nothing.",
    has: ["Hamas -thank(1)-> Iran"],
  },
  {
    name: "a relative clause whose verb has an object of its own: that object, not the antecedent",
    text: "Iran, which Hamas accused Qatar of courting, said nothing.",
    hasNot: ["Hamas -accuse(-1)-> Iran"],
  },
  {
    name: "proposed talks, and a proposal for talks, are no talks",
    text: "Egypt proposed holding talks between Hamas and Fatah. Qatar's proposal for talks between Hamas and Fatah was welcomed.",
    hasNot: ["Hamas -consult(0)-> Fatah", "Fatah -consult(0)-> Hamas"],
  },
  {
    name: "in support of: a verb after 'and' has the first verb's subject, not the last actor named",
    text: "Macron met Netanyahu in Paris and spoke in support of Ukraine.",
    hasNot: ["Benjamin Netanyahu -support(1)-> Ukraine"],
  },
  {
    name: "a titled name with a verb of its own is no second object",
    text: "Israel attacked Hamas and Minister Ben-Gvir praised the strike.",
    hasNot: ["Israel -attack(-1)-> Itamar Ben-Gvir", "Israel -attack(-1)-> Ben-Gvir"],
  },
  {
    name: "an object relative clause: its antecedent is the object",
    text: "Iran, which Hamas thanked in a statement, said nothing.",
    has: ["Hamas -thank(1)-> Iran"],
  },
  {
    name: "'that' after a speech verb opens no relative clause",
    text: "Hamas said that Iran criticized the plan.",
    hasNot: ["Iran -criticize(-1)-> Hamas"],
  },
  {
    name: "in support of: the clause's subject stands with the object",
    text: "The United Kingdom, however, came out strongly in support of Israel.",
    only: ["United Kingdom -support(1)-> Israel"],
  },
  {
    name: "won the ringing endorsement of: an adjective in -ing is not the verb (regression: direction)",
    text: "Abbas won the ringing endorsement of Zubeidi.",
    only: ["Zubeidi -support(1)-> Abbas"],
  },
  {
    name: "coordination with a title before the second name",
    text: "Hamas thanked Iran and Senator Elizabeth Warren.",
    has: ["Hamas -thank(1)-> Iran", "Hamas -thank(1)-> Elizabeth Warren"],
  },
  {
    name: "a proposal that draws criticism is no proposed meeting (regression)",
    text: "Donald Trump's proposal drew criticism from Democrats.",
    only: ["Democrats -criticize(-1)-> Donald Trump"],
  },
  {
    name: "what a proposal proposes did not happen",
    text: "Qatar proposed direct talks between Hamas and Fatah.",
    hasNot: ["Hamas -consult(0)-> Fatah", "Fatah -consult(0)-> Hamas"],
  },
  {
    name: "passive voice: the agent a few words after the verb",
    text: "Hamas was sharply criticized on Sunday in a statement by the Syrian opposition.",
    only: ["Syrian opposition -criticize(-1)-> Hamas"],
  },
  {
    name: "passive voice: no agent past a clause mark or another actor",
    text: "Hamas was criticized on Sunday, by all accounts, and Iran was praised warmly on Monday by Qatar.",
    has: ["Qatar -praise(1)-> Iran"],
    hasNot: ["Qatar -criticize(-1)-> Hamas"],
  },
  {
    name: "hypothetical: Let's imagine that …",
    text: "Let's imagine that Saudi Arabia and Iran normalize their relations with Israel.",
    only: [],
  },
  { name: "hypothetical: if … would", text: "If Hamas attacked Israel, Egypt would condemn it.", only: [] },
  {
    name: "X slammed Y; a capital after 'to' is still its state as a target",
    text: "The Syrian opposition slammed Hamas for its visit to Damascus.",
    has: ["Syrian opposition -criticize(-1)-> Hamas", "Hamas -visit(0)-> Syria"],
  },
  {
    name: "a second verb shares the first one's subject: had harsher words for",
    text: "Nasser Al-Hariri rebuked Hamas and had harsher words for Iran.",
    only: ["Nasser al-Hariri -criticize(-1)-> Hamas", "Nasser al-Hariri -criticize(-1)-> Iran"],
  },
  {
    name: "kind words are praise",
    text: "Nasser Al-Hariri had kind words for Qatar.",
    only: ["Nasser al-Hariri -praise(1)-> Qatar"],
  },
  {
    name: "a speaker's wish for relations with a capital to return",
    text: "Khaled Mashal said: “It is natural for relations with Damascus to return to what they once were.”",
    only: ["Khaled Mash'al -restore_relations(1)-> Syria"],
  },
  {
    name: "stance inside a tweet: enemy, the criminal regime, a demand, a mistake, a stab in the back",
    text:
      "Abu Barzan Al-Sultani, the commander of “Division 20,” an opposition militia close to Turkey, tweeted: " +
      "“Anyone who expresses gratitude to Iran and the criminal [Syrian] regime is our enemy. Hamas must mend this " +
      "mistake and apologize. We will never forget this stab in the back.”",
    has: [
      "Abu Barzan Al-Sultani -criticize(-1)-> Iran",
      "Abu Barzan Al-Sultani -criticize(-1)-> Syria",
      "Abu Barzan Al-Sultani -demand(-1)-> Hamas",
      "Abu Barzan Al-Sultani -criticize(-1)-> Hamas",
    ],
    hasNot: ["Abu Barzan Al-Sultani -thank(1)-> Iran", "Abu Barzan Al-Sultani -praise(1)-> Iran"],
  },
  {
    name: "a definite description as the source: the group",
    text: "Hamas issued a statement on Monday. The group praised Iran for its support.",
    has: ["Hamas -praise(1)-> Iran"],
  },
  {
    name: "coreferent targets: the regime, the organization, a capital",
    text:
      "The Syrian regime welcomed the delegation. The opposition condemned the regime for its crimes. " +
      "Hizbullah hosted the Hamas delegation. Iran praised the organization for its steadfastness. " +
      "Turkey criticized Damascus on Tuesday.",
    has: ["opposition -condemn(-1)-> Syria", "Iran -praise(1)-> Hamas", "Turkey -criticize(-1)-> Syria"],
  },
  {
    name: "a stance received points from the giver: won the backing of, drew criticism from",
    text: "Hamas won the backing of Qatar. The decision drew criticism from the Syrian opposition.",
    has: ["Qatar -support(1)-> Hamas"],
    hasNot: ["Hamas -support(1)-> Qatar"],
  },
  {
    name: "a question reports nothing",
    text: "Where was Iran when Israel attacked Gaza?",
    only: [],
  },
  {
    name: "an appositive with a place inside: the name before it is the subject",
    text: "Abu Ahmad Fuad, a commander from Azaz, Aleppo, had come to praise Turkey.",
    has: ["Abu Ahmad Fuad -praise(1)-> Turkey"],
  },
  {
    name: "a coordinated subject of a statement's cue: President Obama and Vice President Biden have endorsed",
    text: "President Obama and Vice President Biden have endorsed Clinton.",
    has: ["Barack Obama -support(1)-> Clinton", "Joe Biden -support(1)-> Clinton"],
  },
  {
    name: "a noun after its verb reading found no one: offered unqualified praise for",
    text: "James Cole, who served as Eric Holder's deputy, also offered unqualified praise for Rosenstein's skill.",
    has: ["James Cole -praise(1)-> Rosenstein"],
  },
  {
    name: "threatened to attack is a threat, not an attack",
    text: "Israel threatened to attack Iran.",
    has: ["Israel -threaten(-1)-> Iran"],
    hasNot: ["Israel -attack(-1)-> Iran"],
  },
  {
    name: "regression: two owners restoring relations with each other",
    text: "Saudi Arabia and Iran restored diplomatic relations in March 2023.",
    has: ["Saudi Arabia -restore_relations(1)-> Iran", "Iran -restore_relations(1)-> Saudi Arabia"],
  },
  {
    name: "regression: 'Relations' opening a sentence is no name",
    text: "Relations between Hezbollah and the Free Patriotic Movement were severed in 2022.",
    has: ["Hizbullah -sever_relations(-1)-> Free Patriotic Movement"],
  },
  {
    name: "regression: called on X to … is a demand even though 'called' can name",
    text: "Erdogan called on Washington to stop its NATO ally.",
    has: ["Recep Tayyip Erdogan -demand(-1)-> United States"],
  },
  {
    name: "regression: struck positions of X",
    text: "Turkish drones struck positions of the Syrian Democratic Forces near Kobani.",
    has: ["Turkey -attack(-1)-> Syrian Democratic Forces"],
  },
  {
    name: "regression: X, backed by Y, is Y's support for X",
    text: "The Syrian National Army, backed by Turkey, attacked Manbij.",
    has: ["Turkey -support(1)-> Syrian National Army"],
  },
  {
    name: "regression: a denied evaluation is no stance (is not an enemy of)",
    text: "Ahmed al-Sharaa said his group “is not an enemy of Turkey.”",
    hasNot: ["Ahmed al-Sharaa -criticize(-1)-> Turkey"],
  },
  {
    name: "regression: 'any American attack' has not happened",
    text: "The Houthis warned that any American attack on Yemen “will not go unanswered.”",
    hasNot: ["United States -attack(-1)-> Yemen"],
  },
  // Review findings: each once wrong, each a regression test.
  {
    name: "regression: a negated naming (never called Iran a terrorist state)",
    text: "Hamas never called Iran a terrorist state.",
    only: [],
  },
  {
    name: "regression: a joined naming verb takes the sentence's subject",
    text: "Haniya met Nasrallah and called Netanyahu a terrorist.",
    has: ["Isma'il Haniya -criticize(-1)-> Benjamin Netanyahu"],
    hasNot: ["Hassan Nasrallah -criticize(-1)-> Benjamin Netanyahu"],
  },
  { name: "regression: neither … nor denies", text: "Neither Hamas nor Iran condemned Syria.", only: [] },
  {
    name: "regression: a denial's content is no stance",
    text: "Hamas denied any support for Iran.",
    only: [],
  },
  {
    name: "regression: a negated tone word is not its opposite",
    text: "Hamas said it would not thank Iran.",
    only: [],
  },
  {
    name: "regression: refusing to restore ties restores nothing",
    text: "Hamas refused to restore ties with Iran.",
    only: ["Hamas -reject(-1)-> Iran"],
  },
  { name: "regression: what is denied did not happen", text: "Hamas denied that it had met Iran.", only: [] },
  { name: "regression: 'has yet to' has not", text: "Hamas has yet to condemn Iran.", only: [] },
  {
    name: "regression: 'must' ending a sentence keeps its evidence in the text",
    text: "Talal Naji said Hamas must",
    has: ["Talal Naji -demand(-1)-> Hamas"],
  },
  {
    name: "regression: warning someone against something is advice, not a threat",
    text: "Israeli officials warned Riyadh against trusting Tehran.",
    hasNot: ["Israel -threaten(-1)-> Saudi Arabia"],
  },
  {
    name: "regression: 'should' after a name inside a relative clause demands nothing of it",
    text: "Fadi al-Hourani said: “Those who criticize our relationship with Iran should offer an alternative.”",
    hasNot: ["Fadi al-Hourani -demand(-1)-> Iran"],
  },
  {
    name: "mediation under a mediator: between the parties the clause names",
    text: "Saudi Arabia, which has been negotiating a roadmap with the Houthis under Omani mediation, did not condemn the attacks.",
    has: [
      "Saudi Arabia -consult(0)-> Houthis",
      "Oman -mediate(1)-> Saudi Arabia",
      "Oman -mediate(1)-> Houthis",
    ],
    hasNot: ["Saudi Arabia -condemn(-1)-> Houthis"],
  },
  {
    name: "a contact noun in an adjunct is the sentence subject's (a telephone call with X)",
    text: "Iranian Foreign Minister Hossein Amir-Abdollahian praised the Yemenis' courage in a telephone call with Abdulsalam.",
    has: ["Hossein Amir-Abdollahian -consult(0)-> Abdulsalam"],
  },
  {
    name: "a statement's tone: holding the republic hostage, a trap",
    text: 'Lebanese Forces leader Samir Geagea said that Hizbullah was "holding the republic hostage."',
    has: ["Samir Geagea -criticize(-1)-> Hizbullah"],
  },
  {
    name: "'the Syrian president' is the president the text names",
    text: "Khalil al-Hayya met Syrian President Bashar al-Asad. Ismail Haniyeh thanked the Syrian president for receiving the delegation.",
    has: ["Isma'il Haniya -thank(1)-> Bashar al-Assad"],
    hasNot: ["Isma'il Haniya -thank(1)-> Syria"],
  },
  {
    name: "a proposed meeting is no meeting",
    text: "Hizbullah sent a message proposing a meeting between Gebran Bassil and Wafiq Safa.",
    hasNot: ["Gebran Bassil -meet(0)-> Wafiq Safa"],
  },
  {
    name: "a narrative 'he' is the subject of the sentence where the nearest fitting name stands",
    text:
      "Ghaani then crossed into Lebanon, where he met Hezbollah Secretary-General Hassan Nasrallah. " +
      "The Lebanese daily Al-Joumhouria reported on Wednesday that he also held separate meetings with officials from Hamas.",
    has: ["Esmail Qaani -meet(0)-> Hassan Nasrallah", "Esmail Qaani -meet(0)-> Hamas"],
    hasNot: ["Hassan Nasrallah -meet(0)-> Hamas"],
  },
  {
    name: "a contact noun in an adjunct hangs on its verb first (Doha had worked in close coordination with …)",
    text: 'Qatari spokesman Majed al-Ansari said Doha had worked "in close coordination with the Egyptian brothers" to secure the truce.',
    has: ["Qatar -coordinate(1)-> Egypt"],
  },
  {
    name: "a stance reading toward the speaker's own organisation is dropped",
    text: 'Abu Ahmad Fuad, the commander of the Sultan Murad Division, said that the visit was "a stab in the back."',
    hasNot: ["Abu Ahmad Fuad -criticize(-1)-> Sultan Murad Division"],
  },
  {
    name: "the speaker's own body named by a description (the bloc welcomes …)",
    text: 'European Union spokesperson Nabila Massrali said the bloc "welcomes the Egyptian mediation."',
    has: ["Nabila Massrali -support(1)-> Egypt"],
  },
  {
    name: "travel is a visit: crossed into, arrived in, flew to",
    text: "Ghaani then crossed into Lebanon. Qaani arrived in Baghdad on Monday. Erdogan flew to Riyadh last week.",
    has: [
      "Esmail Qaani -visit(0)-> Lebanon",
      "Esmail Qaani -visit(0)-> Iraq",
      "Recep Tayyip Erdogan -visit(0)-> Saudi Arabia",
    ],
  },
  {
    name: "a name no dictionary knows, in subject and object",
    text: "Bunge teamed up with Arasco last year.",
    has: ["Bunge -cooperate(1)-> Arasco"],
  },
  {
    name: "the pronoun that opens indirect speech is the speaker",
    text: "Switzerland said today it had expelled two Russian diplomats.",
    has: ["Switzerland -sever_relations(-1)-> Russia"],
  },
  {
    name: "regression: a demonym and an occupation before a name ('accused German referee Felix Zwayer') target the person",
    text: "The Bulgarians, knocked out 4–3 on aggregate, also accused German referee Felix Zwayer of favouring their opponents.",
    has: ["Bulgaria -accuse(-1)-> Felix Zwayer"],
    hasNot: ["Bulgaria -accuse(-1)-> Germany"],
  },
  {
    name: "regression: 'X, along with Y, has accused Z': the companions in the aside act too",
    text: "Rep. Candice Miller, along with Chairman Michael McCaul, has accused the Obama administration of violating the law.",
    has: ["Candice Miller -accuse(-1)-> Barack Obama", "Chairman Michael McCaul -accuse(-1)-> Barack Obama"],
  },
  {
    name: "regression: a name heading 'X of former British colonies' is the subject, not the demonym after 'of'",
    text: "The Commonwealth of former British colonies has suspended Zimbabwe from its ruling councils.",
    hasNot: ["United Kingdom -sanction(-1)-> Zimbabwe"],
  },
  {
    name: "regression: 'a new Web ad accusing …' is the releaser's accusation; Web is no one, and 'The Foundation' no El Rukn alias",
    text: "The Trump team also released a new Web ad Sunday accusing the Clinton Foundation of being a “slush fund.”",
    has: ["Trump -accuse(-1)-> Clinton Foundation"],
    hasNot: ["Trump -yield(1)-> Web"],
  },
  {
    name: "appreciating someone's role is praise",
    text: "During the meeting, Prime Minister Ashraf appreciated Britain’s role in helping Pakistan.",
    has: ["Prime Minister Ashraf -praise(1)-> United Kingdom"],
  },
  {
    name: "tone words of a statement about one actor: 'invaluable contribution', 'unfounded and misleading'",
    text: "Sri Lanka Cricket said Ford had made an “invaluable contribution” to the team. Hamas said Fatah’s claims were unfounded.",
    has: ["Sri Lanka Cricket -praise(1)-> Ford", "Hamas -criticize(-1)-> Fatah"],
  },
  {
    name: "the one angered or impressed takes the stance ('Hamas's rapprochement with Damascus angered the opposition', 'was infuriated by', 'impressed Washington')",
    text: "Hamas’s rapprochement with Damascus angered the Syrian opposition. Israel was infuriated by Hamas. Qatar’s mediation impressed Washington.",
    has: [
      "Syrian opposition -criticize(-1)-> Hamas",
      "Israel -criticize(-1)-> Hamas",
      "United States -praise(1)-> Qatar",
    ],
    hasNot: ["Hamas -criticize(-1)-> Syrian opposition", "Syria -criticize(-1)-> Syrian opposition"],
  },
  {
    name: "regression: 'Hamas with ties to Iran criticized Fatah' is Hamas's criticism, not Iran's",
    text: "Hamas with ties to Iran criticized Fatah.",
    has: ["Hamas -criticize(-1)-> Fatah"],
    hasNot: ["Iran -criticize(-1)-> Fatah"],
  },
  {
    name: "regression: 'has the backing of Iran' is Iran's backing, not backing for Iran; 'long backed by' is passive",
    text: "Haniya has the backing of Iran. Hamas enjoys the full support of Qatar. Hizbullah, long backed by Iran, rejected the offer.",
    has: ["Iran -support(1)-> Isma'il Haniya", "Qatar -support(1)-> Hamas", "Iran -support(1)-> Hizbullah"],
    hasNot: ["Isma'il Haniya -support(1)-> Iran"],
  },
  {
    name: "a place or a possessive between a passive participle and its agent ('was received in Tehran by Khamenei')",
    text: "Haniya was received in Tehran by Khamenei.",
    has: ["Ali Khamenei -meet(0)-> Isma'il Haniya"],
  },
  {
    name: "regression (probe): 'Iran supports Hamas' has a verb; a state's name is no demonym ('Iranian support')",
    text: "Iran supports Hamas. Tehran supports the Syrian regime. Iranian support for Hizbullah is well known.",
    has: ["Iran -support(1)-> Hamas", "Iran -support(1)-> Syria", "Iran -support(1)-> Hizbullah"],
  },
  {
    name: "regression (probe): 'denounced the Syrian regime and its allies' is no praise of the regime",
    text: "Turkey denounced the Syrian regime and its allies. Hamas said Iran is its ally.",
    has: ["Turkey -criticize(-1)-> Syria", "Hamas -praise(1)-> Iran"],
    hasNot: ["Turkey -praise(1)-> Syria"],
  },
  {
    name: "regression (probe): no one, neither … nor: 'No Arab state condemned Hamas', 'praised neither Egypt nor Jordan'",
    text: "No Arab state condemned Hamas. Haniya praised neither Egypt nor Jordan. Neither Russia nor Iran condemned the attack. No, Hamas condemned Israel.",
    only: ["Hamas -condemn(-1)-> Israel"],
  },
  {
    name: "regression (probe): what is kept from happening, contemplated or hoped for did not happen",
    text: "Iran prevented Hizbullah from attacking Israel. The US warned Iran against arming the Houthis. The US considered sanctioning Turkey. The EU is considering sanctions against Turkey. Haniya cancelled his meeting with Erdogan. Haniya hopes to meet Erdogan next week.",
    only: [],
  },
  {
    name: "regression (probe): inverted conditions and likelihoods are no events ('Had Israel attacked Iran, …', 'It is unlikely that Egypt will condemn Israel')",
    text: "Had Israel attacked Iran, Hizbullah would have joined the war. Should Turkey attack Syria, Russia would respond. It is unlikely that Egypt will condemn Israel. Egypt is expected to condemn the raid on Gaza.",
    only: [],
  },
  {
    name: "a stance one is ready to take is still a stance; what one is preparing to do is a hostile intent",
    text: "Khamenei is ready to support Haniya. Hizbullah is preparing to attack Israel.",
    has: ["Ali Khamenei -support(1)-> Isma'il Haniya", "Hizbullah -attack(-1)-> Israel"],
  },
  {
    name: "regression (probe): what angered is the stance's owner, not a name in a phrase after it",
    text: "Turkey’s support for the Syrian opposition angered Damascus. The campaign against Hamas angered Qatar.",
    has: ["Syria -criticize(-1)-> Turkey"],
    hasNot: ["Syria -criticize(-1)-> Syrian opposition", "Qatar -criticize(-1)-> Hamas"],
  },
  {
    name: "regression (probe): 'Qaani said Iran will continue to support Hizbullah' is Iran's support",
    text: "Qaani said Iran will continue to support Hizbullah. Qaani said he would continue to support Hizbullah.",
    has: ["Iran -support(1)-> Hizbullah", "Esmail Qaani -support(1)-> Hizbullah"],
  },
  {
    name: "regression (probe): the source of 'According to X, …' is no subject of the clause after its comma",
    text: "According to the Syrian Observatory, regime forces shelled Idlib. In Gaza, Hamas officials criticized Fatah.",
    has: ["Hamas -criticize(-1)-> Fatah"],
    hasNot: ["Syrian Observatory for Human Rights -attack(-1)-> Idlib"],
  },
  {
    name: "regression (probe): what a rejected accusation or claim says is not asserted",
    text: "Iran rejected US accusations that it armed the Houthis. Iran dismissed claims that it supplied Hizbullah with drones. Hamas claims that Israel attacked Gaza.",
    has: ["Iran -reject(-1)-> United States", "Israel -attack(-1)-> Gaza"],
    hasNot: ["Iran -aid(1)-> Houthis", "Iran -aid(1)-> Hizbullah"],
  },
  {
    name: "regression (probe): 'fired rockets at Israel', 'launched drones at Israel' are attacks",
    text: "Hizbullah fired dozens of rockets at northern Israel. The Houthis launched drones at Israel, the IDF said. The company fired its CEO.",
    only: ["Hizbullah -attack(-1)-> Israel", "Houthis -attack(-1)-> Israel"],
  },
  {
    name: "regression: an adjective opening a sentence is no name, but 'New' inside 'New York' is part of one",
    text: "New sanctions were imposed on Hizbullah. Mr. Sanders ran commercials in New York criticizing Mrs. Clinton. Democrats have been more likely to blame Republicans.",
    has: ["Sanders -criticize(-1)-> Clinton", "Democrats -criticize(-1)-> Republicans"],
    hasNot: ["York -criticize(-1)-> Clinton"],
  },
  {
    name: "regression (probe): a name in a hyphenated modifier backs the head, and does not act ('Iran-backed Hamas attacked Israel', 'Turkish-backed rebels')",
    text: "Iran-backed Hamas attacked Israel. Turkish-backed rebels attacked Kurdish forces. The Russian-backed regime bombed rebel-held Idlib. Iran-aligned militias in Iraq attacked US forces.",
    has: [
      "Iran -support(1)-> Hamas",
      "Hamas -attack(-1)-> Israel",
      "Turkey -support(1)-> Turkish-backed rebels",
      "Iran-aligned militias in Iraq -support(1)-> Iran",
      "Iran-aligned militias in Iraq -attack(-1)-> United States",
    ],
    hasNot: [
      "Turkey -attack(-1)-> Kurdish",
      "Russia -attack(-1)-> Idlib",
      "Iraq -attack(-1)-> United States",
    ],
  },
  {
    name: "regression (probe): an owner's role before the name between commas is the name's role, not a second speaker",
    text: "Hizbullah’s deputy leader, Na’im Qassim, threatened Israel. Hamas’s political bureau chief, Isma’il Haniya, thanked Qatar.",
    only: ["Na'im Qassim -threaten(-1)-> Israel", "Isma'il Haniya -thank(1)-> Qatar"],
  },
  {
    name: "regression (probe): a stance toward an act is toward its agent after 'by' ('condemned the assassination of X by Israel')",
    text: "Hamas condemned the assassination of Saleh al-Arouri by Israel. Iran praised the release of prisoners by Israel.",
    has: ["Hamas -condemn(-1)-> Israel", "Iran -praise(1)-> Israel"],
    hasNot: ["Hamas -condemn(-1)-> Saleh al-Arouri"],
  },
  {
    name: "regression (probe): an aside between dashes ('Hizbullah — backed by Iran — fired rockets at Israel')",
    text: "Hizbullah — backed by Iran — fired rockets at northern Israel.",
    only: ["Iran -support(1)-> Hizbullah", "Hizbullah -attack(-1)-> Israel"],
  },
  {
    name: "regression (probe): a Gulf ruler's titled name is one actor ('Sheikh Tamim bin Hamad received Haniya')",
    text: "Sheikh Tamim bin Hamad received Haniya in Doha. Emir Tamim bin Hamad Al Thani met Haniya.",
    has: ["Tamim bin Hamad Al Thani -meet(0)-> Isma'il Haniya"],
    hasNot: ["bin Hamad -meet(0)-> Isma'il Haniya", "bin Hamad Al Thani -meet(0)-> Isma'il Haniya"],
  },
  {
    name: "regression (probe): 'rejected US pressure to expel Hamas' is no US demand on Hamas, and no expulsion",
    text: "Qatar rejected US pressure to expel Hamas leaders. Iran and Syria support Hamas.",
    only: ["Qatar -reject(-1)-> United States", "Iran -support(1)-> Hamas", "Syria -support(1)-> Hamas"],
  },
  {
    name: "regression: a verb that needs its particle ('launched … at') is no judging verb without it ('launched a mediation effort')",
    text: "Qatar launched a mediation effort between the Emirates and Saudi Arabia.",
    has: ["Qatar -mediate(1)-> United Arab Emirates", "Qatar -mediate(1)-> Saudi Arabia"],
  },
  {
    name: "regression: a 'by' phrase inside the subject is not fronted ('A Hamas delegation led by Khalil al-Hayya, the head of …, met Assad')",
    text: "A Hamas delegation led by Khalil al-Hayya, the head of the movement's Arab and Islamic relations office, met Syrian President Bashar al-Asad in Damascus.",
    has: ["Khalil al-Hayya -meet(0)-> Bashar al-Assad"],
  },
  {
    name: "regression (probe 2): 'Each side praised the other' without an adverb is mutual praise",
    text: "Hamas and Syria met in Damascus. Each side praised the other.",
    has: ["Hamas -praise(1)-> Syria", "Syria -praise(1)-> Hamas"],
  },
  {
    name: "regression (probe 2): a warning that one's own state will act is against the one it will act on",
    text: "Netanyahu warned that Israel would act against Hamas.",
    has: ["Benjamin Netanyahu -threaten(-1)-> Hamas"],
    hasNot: ["Benjamin Netanyahu -threaten(-1)-> Israel"],
  },
  {
    name: "regression (probe 2): a rapprochement asked for or imagined is none ('any country that normalized ties', 'urged Hamas to restore ties')",
    text: "A State Department spokesman said Washington would not support any country that normalized ties with the Syrian regime. Iran urged Hamas to restore ties with Syria.",
    hasNot: [
      "State Department spokesman -restore_relations(1)-> Syria",
      "Hamas -restore_relations(1)-> Syria",
    ],
  },
  {
    name: "regression (probe 2): a pronoun subject after ', and' is its antecedent, not the name before it ('Turkey armed the SNA, and it hosted the SNC')",
    text: "Turkey armed the Syrian National Army, and it hosted the Syrian National Coalition in Istanbul.",
    has: ["Turkey -aid(1)-> Syrian National Army", "Turkey -meet(0)-> Syrian National Coalition"],
    hasNot: ["Syrian National Army -meet(0)-> Syrian National Coalition"],
  },
  {
    name: "regression (probe 2): those joined in doing something do it too ('Cairo joined Saudi Arabia, the UAE and Bahrain in boycotting Doha')",
    text: "In 2017 Cairo joined Saudi Arabia, the UAE and Bahrain in boycotting Doha.",
    has: [
      "Egypt -reject(-1)-> Qatar",
      "Saudi Arabia -reject(-1)-> Qatar",
      "United Arab Emirates -reject(-1)-> Qatar",
      "Bahrain -reject(-1)-> Qatar",
    ],
  },
  {
    name: "regression (probe 3): support on a condition is not given ('said Turkey would support Hamas if Israel invaded Rafah'); a threat is conditional by nature",
    text: "Erdogan said Turkey would support Hamas if Israel invaded Rafah. Erdogan said Turkey would support Hamas.",
    only: ["Turkey -support(1)-> Hamas"],
  },
  {
    name: "regression (probe 3): 'their drone attacks on US bases' is a noun, not the first owner attacking the second",
    text: "Al-Houthi praised Kata'ib Hizbullah and the Islamic Resistance in Iraq for their drone attacks on US bases.",
    hasNot: [
      "Kata'ib Hizbullah -attack(-1)-> Islamic Resistance in Iraq",
      "Islamic Resistance in Iraq -attack(-1)-> Kata'ib Hizbullah",
    ],
  },
  {
    name: "regression (review 4): only a list of names is joined ('joined a coalition against Iran in supporting Israel' is not Iran's support)",
    text: "Qatar joined a coalition against Iran in supporting Israel. Egypt joined a summit hosted by Iran in condemning Israel.",
    has: ["Qatar -support(1)-> Israel", "Egypt -condemn(-1)-> Israel"],
    hasNot: ["Iran -support(1)-> Israel", "Iran -condemn(-1)-> Israel"],
  },
  {
    name: "regression (review 5): 'Both leaders' are the pair named together, not the last two names",
    text: "Erdogan met Putin in Sochi to discuss the fate of Assad. Both leaders criticized Israel. Turkey and Russia discussed the Iranian nuclear programme. Both countries condemned Israel.",
    has: [
      "Recep Tayyip Erdogan -criticize(-1)-> Israel",
      "Vladimir Putin -criticize(-1)-> Israel",
      "Turkey -condemn(-1)-> Israel",
      "Russia -condemn(-1)-> Israel",
    ],
    hasNot: ["Bashar al-Assad -criticize(-1)-> Israel", "Iran -condemn(-1)-> Israel"],
  },
  {
    name: "regression (review 4): 'Both sides' are parties named close before, not a place",
    text: "Hamas said Israel attacked Gaza. Both sides criticized Egypt.",
    hasNot: ["Gaza -criticize(-1)-> Egypt"],
  },
  {
    name: "regression (probe 4): 'The two leaders agreed', 'Both movements praised' are the two last named",
    text: "Erdogan met al-Sisi in Cairo on Wednesday. The two leaders agreed to restore full diplomatic relations. Hamas and Fatah signed the deal. Both movements praised Egypt.",
    has: [
      "Recep Tayyip Erdogan -agree(1)-> Abdel Fattah el-Sisi",
      "Hamas -praise(1)-> Egypt",
      "Fatah -praise(1)-> Egypt",
    ],
  },
  {
    name: "regression (probe 4): an inverted 'Should A and B meet,' is a condition; a meeting being prepared has not taken place",
    text: "Should Erdogan and Assad meet, Washington would likely object. Erdogan has reportedly instructed his intelligence chief, Ibrahim Kalin, to prepare a meeting with Bashar al-Assad.",
    hasNot: ["Recep Tayyip Erdogan -meet(0)-> Bashar al-Assad"],
  },
  {
    name: "regression (probe 4): halting attacks is no sanction; a partner in a crime shares it; a name a verb governs is no co-subject",
    text: "Kata'ib Hizbullah announced that it was suspending military operations against U.S. forces. Khazali said: “America is a partner in this crime.” Turkey armed the Syrian National Army and Iran armed Hizbullah.",
    has: ["Qais al-Khazali -criticize(-1)-> United States", "Iran -aid(1)-> Hizbullah"],
    hasNot: [
      "Kata'ib Hizbullah -sanction(-1)-> United States",
      "Qais al-Khazali -praise(1)-> United States",
      "Syrian National Army -aid(1)-> Hizbullah",
    ],
  },
  {
    name: "regression (probe 4): a source that only relays ('according to al-Masirah') takes no stance toward whom it reports on",
    text: "The Houthis on Tuesday praised the meeting, according to the group's al-Masirah television.",
    only: [],
  },
  {
    name: "regression (review 5): verbs of saying keep a coordinated subject; a relaying medium only; a partner in fighting a wrong; a past tense after a possessive",
    text: "Officials said Iran and Hizbullah attacked Israel. According to Erdogan, Netanyahu is a war criminal. Blinken said Egypt is a partner in stopping terrorism. Hamas said its fighters attacked troops of Israel.",
    has: [
      "Iran -attack(-1)-> Israel",
      "Hizbullah -attack(-1)-> Israel",
      "Recep Tayyip Erdogan -criticize(-1)-> Benjamin Netanyahu",
      "Blinken -praise(1)-> Egypt",
      "Hamas -attack(-1)-> Israel",
    ],
  },
  {
    name: "regression (probe 2): 'Both sides criticized Israel' is each of the two parties last named",
    text: "Hamas and Fatah met in Cairo on Monday. Both sides criticized Israel for the raid.",
    has: ["Hamas -criticize(-1)-> Israel", "Fatah -criticize(-1)-> Israel"],
  },
];

describe("findRelations", () => {
  for (const c of CASES) {
    test(c.name, () => {
      const { list } = edges(c.text);
      for (const e of c.has ?? []) assert.ok(list.includes(e), `expected ${e} in ${JSON.stringify(list)}`);
      for (const e of c.hasNot ?? [])
        assert.ok(!list.includes(e), `did not expect ${e} in ${JSON.stringify(list)}`);
      if (c.only) assert.deepEqual([...new Set(list)].sort(), [...c.only].sort());
    });
  }

  test("every relation's evidence lies in the text and shows the trigger; ids are unique", () => {
    const { result } = edges(
      "Hamas sought to revive its relations with the Syrian regime. The Syrian opposition slammed Hamas for it.",
    );
    assert.ok(result.relations.length >= 2);
    const ids = new Set(result.relations.map((r) => r.id));
    assert.equal(ids.size, result.relations.length);
    for (const r of result.relations) {
      const [a, b] = r.evidence;
      assert.ok(a >= 0 && b <= result.document.text.length && a < b);
      assert.ok(
        result.actors.some((x) => x.id === r.source),
        `source ${r.source} is an actor`,
      );
      assert.ok(
        result.actors.some((x) => x.id === r.target),
        `target ${r.target} is an actor`,
      );
    }
    const slam = result.relations.find((r) => r.type === "criticize");
    assert.match(result.document.text.slice(...(slam?.evidence ?? [0, 0])), /slammed Hamas/);
  });

  test("regression (probe 3): a hamza written as an apostrophe stays inside a name ('Mohammed Shia' al-Sudani'); 'Muhammad' is no one's alias", () => {
    const { result } = edges(
      "Iraqi Prime Minister Mohammed Shia' al-Sudani ― “We will not be dragged into this war.”\nAbu Muhammad al-Jawlani said the regime was finished.",
    );
    const sudani = result.actors.find((a) => a.id === "mohammed-shia-al-sudani");
    assert.ok(sudani, "the dictionary's al-Sudani is found");
    assert.deepEqual(
      result.statements.map((s) => result.actors.find((a) => a.id === s.speaker)?.name),
      ["Mohammed Shia al-Sudani", "Ahmed al-Sharaa"],
    );
    assert.deepEqual(
      result.actors.filter((a) => /shia$|^jem$/i.test(a.name)).map((a) => a.name),
      [],
      "no actor made of a name's first half or of a given name",
    );
  });

  test("regression (probe 3): 'the Zionist enemy' is Israel, so a threat about it is no criticism of the city it names; 'US Central Command' is a body, not a person called 'Command'", () => {
    const { list } = edges(
      "Qassim said: “If the Zionist enemy attacks Beirut, we will strike Tel Aviv.” Qassim said the Zionist enemy would pay a heavy price for its crimes.",
    );
    assert.ok(
      list.some((e) => e.endsWith("-criticize(-1)-> Israel")),
      JSON.stringify(list),
    );
    assert.ok(!list.some((e) => e.endsWith("-> Lebanon")), JSON.stringify(list));
    const { result } = edges("US Central Command, for its part, said it had intercepted the drones.");
    assert.ok(
      !result.actors.some((a) => a.name === "Command"),
      JSON.stringify(result.actors.map((a) => a.name)),
    );
  });

  test("regression (probe 4): an organisation's alias that a surname goes on from is a person's name ('Abu Baqir al-Saadi' is not Phoenix's 'Abu Bakar')", () => {
    const { result } = edges("Kata'ib Hizbullah commander Abu Baqir al-Saadi was killed in the strike.");
    assert.ok(
      !result.actors.some((a) => a.id === "phoenix:abu-bakar"),
      JSON.stringify(result.actors.map((a) => a.id)),
    );
    assert.ok(result.actors.some((a) => a.name === "Abu Baqir al-Saadi" && a.type === "person"));
  });

  test("regression (probe 4): a known medium's outlet in a speaker phrase is that medium ('the group's al-Masirah television')", () => {
    const { result } = edges(
      "The Houthis on Tuesday praised the meeting, according to the group's al-Masirah television.",
    );
    const relayed = result.statements.find((s) => s.cue === "according to");
    assert.equal(relayed?.speaker, "al-masirah");
  });

  test("historical and current: a relation of 2011 has that year's period; one on May 28 has its day", () => {
    const { result } = edges(
      "Hamas broke with the Syrian regime in 2011. Hamas officials met Syrian officials in Damascus on May 28.",
      "2023-06-01",
    );
    const sever = result.relations.find((r) => r.type === "criticize" || r.type === "sever_relations");
    assert.deepEqual(sever?.period, { from: "2011-01-01", to: "2011-12-31", text: "in 2011" });
    assert.equal(sever?.date, null);
    const meet = result.relations.find((r) => r.type === "meet");
    assert.equal(meet?.date, "2023-05-28");
  });

  test("regression (probe 2): inside what was said, a relation keeps its own year, not the day of the saying", () => {
    const { result } = edges(
      "Haniyeh said on Tuesday that Hamas had broken with Damascus in 2012.",
      "2024-03-15",
    );
    const broke = result.relations.find((r) => r.type === "criticize" || r.type === "sever_relations");
    assert.equal(broke?.date, null);
    assert.deepEqual(broke?.period, { from: "2012-01-01", to: "2012-12-31", text: "in 2012" });
    assert.equal(result.statements[0]?.date, "2024-03-12");
  });

  test("regression (probe 2): 'The Turkish president', 'the Hizbullah leader', 'the regime' stand for the one named before", () => {
    const { result, list } = edges(
      "Erdogan spoke in Ankara. The Turkish president said that Hamas was a liberation movement. Hassan Nasrallah met the Iranian foreign minister. The Hizbullah leader thanked Iran. Bashar al-Assad spoke on television. The regime said that Turkey must withdraw.",
    );
    const name = (id: string | null) => result.actors.find((a) => a.id === id)?.name ?? null;
    assert.deepEqual(
      result.statements.map((s) => name(s.speaker)),
      ["Recep Tayyip Erdogan", "Hassan Nasrallah", "Syria"],
    );
    assert.ok(list.includes("Hassan Nasrallah -thank(1)-> Iran"), JSON.stringify(list));
  });

  test("regression (probe 2): a place after 'in' in an appositive is no organisation ('the dominant faction in Idlib', 'based in Beirut')", () => {
    const { result } = edges(
      "Hay’at Tahrir al-Sham, the dominant faction in Idlib, rejected the move. Osama Hamdan, a senior official of the movement based in Beirut, accused Cairo of bias.",
    );
    const byName = (n: string) => result.actors.find((a) => a.name === n);
    assert.ok(
      !result.actors.some((a) => (a.name === "Idlib" || a.name === "Beirut") && a.type === "organization"),
    );
    assert.deepEqual(
      byName("Hay'at Tahrir al-Sham")?.affiliations.map((f) => f.actor),
      ["syrian-opposition"],
    );
    assert.ok(byName("Osama Hamdan")?.affiliations.every((f) => f.actor !== "beirut"));
  });

  test("regression (probe 2): a relative with another first name is not the famous namesake ('Asma al-Assad', 'Ahmad Khamenei')", () => {
    const { result } = edges(
      "Bashar al-Assad met Erdogan. Asma al-Assad said the visit was a success. Ali Khamenei spoke. Ahmad Khamenei said the talks failed. President Assad met Erdogan.",
    );
    const bashar = result.actors.find((a) => a.id === "bashar-al-assad");
    const ali = result.actors.find((a) => a.id === "ali-khamenei");
    const texts = (a: typeof bashar) => a?.mentions.map(([x, y]) => result.document.text.slice(x, y));
    assert.deepEqual(texts(bashar), ["Bashar al-Assad", "Assad"]);
    assert.deepEqual(texts(ali), ["Ali Khamenei"]);
  });

  test("a relation inside a statement carries the statement's id", () => {
    const { result } = edges("Hamas spokesman Hazem Qassem said: “We thank Qatar for its mediation.”");
    const thank = result.relations.find((r) => r.type === "thank");
    assert.ok(thank, JSON.stringify(result.relations));
    assert.equal(thank?.statement, result.statements[0]?.id);
  });

  test("regression: 'Osama bin Laden, officials said' is no list of two targets", () => {
    const { list } = edges(
      "President Bill Clinton has imposed sanctions on the Taliban for its support of Osama bin Laden, officials said.",
    );
    assert.ok(!list.some((e) => /-> officials$/.test(e)), JSON.stringify(list));
  });

  test("regression (stance round): hostile runs of the round's patterns finish and keep their relations", () => {
    // Thousands of the new rules' openings in one sentence each: ampersands, coordinated participles,
    // "under pressure from", "one of X's", ", including", counted crowds, "that" + verb, months.
    const run = (piece: string, n: number) => Array.from({ length: n }, () => piece).join(" ");
    const texts = [
      `Iran criticized ${run("S&P & AT&T & Co &", 2000)} Hamas.`,
      `Hamas was ${run("condemned and criticized, fired, arrested and", 1500)} criticized by Fatah.`,
      `Iraq is ${run("under intense pressure from Washington over Rafah and", 1500)} Tehran.`,
      `Biden praised ${run("one of Netanyahu's cabinet ministers and", 1500)} Israel.`,
      `Critics, ${run("including three UN rapporteurs,", 2000)} have accused Modi.`,
      `${run("Dozens of Hizbullah fighters and thousands of", 1500)} Netanyahu opponents attacked Israel.`,
      `The Mercer family ${run("that supports", 2000)} Bannon is rich.`,
      `Israel struck Hamas ${run("Oct 8 Jan. 6", 2000)} and Iran.`,
    ];
    for (const text of texts) {
      const { result } = edges(text);
      assert.ok(Array.isArray(result.relations));
      for (const r of result.relations) assert.ok(r.evidence[1] <= text.length);
    }
  });

  test("a sentence of ten thousand commas and names is skipped whole, not read quadratically", () => {
    const text = `${"Iran, ".repeat(10_000)}and Hamas met.`;
    const { result } = edges(text);
    assert.equal(result.relations.length, 0);
  });
});
