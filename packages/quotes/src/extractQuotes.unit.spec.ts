// One row per hard case: the quotes that must come out (words, kind, speaker) and the quoted words
// that must not.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "./extractQuotes.ts";

interface Case {
  name: string;
  text: string;
  quotes: { text: string; kind: "full" | "partial" | "indirect"; speaker: string | null }[];
  notQuotes?: string[];
}

const cases: Case[] = [
  {
    name: "'the 56-year-old', 'the Portuguese boss', 'the former Rovers manager' mean the person the story is about",
    text: "Rui Tavares has agreed to replace Ian Hollis at Redbridge.\n\nHollis was dismissed on Monday after four years in charge.\n\nTalks with Tavares's agents ended on Tuesday. The Portuguese boss had been out of work since May.\n\nThe 56-year-old said after his appointment: “I am excited to be here.”\n\n“The squad is young,” the former Rovers manager added.",
    quotes: [
      { text: "I am excited to be here.", kind: "full", speaker: "Rui Tavares" },
      { text: "The squad is young,", kind: "full", speaker: "Rui Tavares" },
    ],
  },
  {
    name: "'the singer and guitarist' is the person the story is about",
    text: "Dana Reyes brought her band back to Memphis on Friday. Reyes played for two hours.\n\nAfter the last encore, the singer and guitarist told the crowd, “we will be back next year.”",
    quotes: [{ text: "we will be back next year.", kind: "full", speaker: "Dana Reyes" }],
  },
  {
    name: "'she' after an unnamed woman is met, with no woman named: that woman, not the man named before",
    text: "Tom Hale runs a support group for parents.\n\nReporters spoke to one mother outside the school. “I had no idea,” she said.",
    quotes: [{ text: "I had no idea,", kind: "full", speaker: "one mother" }],
  },
  {
    name: "a 'he' kept since the name holds it against an unnamed man met after",
    text: "Police Chief Ed Alvarez told reporters about the fight.\n\nHe says officers boarded the train and found a man bleeding. “He died at the scene,” he said.",
    quotes: [{ text: "He died at the scene,", kind: "full", speaker: "Ed Alvarez" }],
  },
  {
    name: "'she shares with InStyle' after a quote is a cue; 'Explaining why he argued' is he",
    text: "Dana Ruiz lost her hair in 2015. “My first thoughts were of irony,” she shares with Allure. “It was a huge decision.”\n\nMark Bell has had a hard month. Explaining why he argued in 2015 that the raids were “a smart policy” has taken weeks.",
    quotes: [
      { text: "My first thoughts were of irony,", kind: "full", speaker: "Dana Ruiz" },
      { text: "It was a huge decision.", kind: "full", speaker: "Dana Ruiz" },
      { text: "a smart policy", kind: "partial", speaker: "Mark Bell" },
    ],
  },
  {
    name: "common wire shapes: 'NAME's response:', 'As NAME put it:', 'NAME, 45, who ..., said:', 'the 45-year-old father-of-two'",
    text: "Mary Smith runs the bakery. Tom Jones owns the shop next door.\n\nJones's response: “I have no comment.”\n\nAs Smith put it: “We bake, they eat.”\n\nJones, 45, who lives in Leeds, said: “I am tired.”\n\nSmith spoke next. “I am tired too,” the 45-year-old father-of-two added.",
    quotes: [
      { text: "I have no comment.", kind: "full", speaker: "Tom Jones" },
      { text: "We bake, they eat.", kind: "full", speaker: "Mary Smith" },
      { text: "I am tired.", kind: "full", speaker: "Tom Jones" },
      { text: "I am tired too,", kind: "full", speaker: "Tom Jones" },
    ],
  },
  {
    name: "'a police official' stays a person of the police; 'a Meta spokesperson' speaks as Meta",
    text: "Police arrested a man on Friday. A police official, speaking on condition of anonymity, said: “The evidence is strong.”\n\nMeta was asked about the posts. “We removed them,” a Meta spokesperson said.",
    quotes: [
      { text: "The evidence is strong.", kind: "full", speaker: "police official" },
      { text: "We removed them,", kind: "full", speaker: "Meta" },
    ],
  },
  {
    name: "'he' with no man named: the relative of that gender met just before ('Her husband, Arun,')",
    text: "Priya Nair opened her first clinic in 2015.\n\nNow 42, the doctor runs six clinics. Her husband, Arun, handles the accounts.\n\n“She never stops,” he says.\n\nMaya Rao moved in 2019. Her son looks after the shop. “It is hard work,” he said.",
    quotes: [
      { text: "She never stops,", kind: "full", speaker: "Arun" },
      { text: "It is hard work,", kind: "full", speaker: "Maya Rao's son" },
    ],
  },
  {
    name: "a speech verb after a modal is no act of saying; 'Russia's foreign ministry' is not Britain's Foreign Office named later",
    text: "Russia's foreign ministry on Tuesday accused Britain of “hostile meddling”.\n\nBritain's Foreign Office said the diplomats had broken the rules.\n\nPeskov later told state television that Moscow would respond “in a mirror way”.",
    quotes: [
      { text: "hostile meddling", kind: "partial", speaker: "foreign ministry" },
      { text: "in a mirror way", kind: "partial", speaker: "Peskov" },
    ],
  },
  {
    name: "'the Spaniard' is the person just named; 'the governor' is who was titled 'Gov.'; 'the president' is not 'the president of' a bank",
    text: "Manager Mikel Arteta was delighted. “Bukayo was outstanding,” the Spaniard said.\n\nRepublican Gov. Eric Holcomb met union leaders. House Speaker Brian Bosma said lawmakers would act. “We hear you,” Bosma said. Teachers did not see Holcomb on Tuesday.\n\n“I am waiting for the commission,” the governor said.\n\nPresident Trump wants a deal. Trump's advisers agree. “Growth is slowing,” said John Williams, the president of the New York Fed.\n\n“We have leverage,” the president says.",
    quotes: [
      { text: "Bukayo was outstanding,", kind: "full", speaker: "Mikel Arteta" },
      { text: "I am waiting for the commission,", kind: "full", speaker: "Eric Holcomb" },
      { text: "We have leverage,", kind: "full", speaker: "Trump" },
    ],
  },
  {
    name: "'his office' speaks as the office of the person 'his' means",
    text: "Texas Attorney General Ken Paxton called the case a fight. In a statement, his office said the law “stops Big Tech from silencing Texans”.",
    quotes: [{ text: "stops Big Tech from silencing Texans", kind: "partial", speaker: "Ken Paxton's office" }],
  },
  {
    name: "'John and Mary Smith' are two Smiths; 'Mr. Smith' is the man of those sharing the surname",
    text: "John and Mary Smith have run the farm for 40 years. Their daughter, Anne Smith, moved back last spring.\n\n“We never thought we would sell,” Mr. Smith said.",
    quotes: [{ text: "We never thought we would sell,", kind: "full", speaker: "John Smith" }],
  },
  {
    name: "'the prime minister' is nobody known by another office ('historian Anne Keller')",
    text: "Writing in the Atlantic, historian Anne Keller argued that the vote was a warning.\n\nIn an interview with the BBC, the prime minister said: “We will not back down.”",
    quotes: [{ text: "We will not back down.", kind: "full", speaker: "prime minister" }],
  },
  {
    name: "'Last night, a Government spokesperson said'; a gerund opening a sentence is no part of a name ('Taking Archie')",
    text: "Ms Truss insisted the standards would stay. Last night, a Government spokesperson said: “We remain focused on good deals.”\n\nHarry Wales likes the garden. Taking Archie outside is his favourite activity, he said. “The highlight is the bicycle.”",
    quotes: [
      { text: "We remain focused on good deals.", kind: "full", speaker: "Government" },
      { text: "The highlight is the bicycle.", kind: "full", speaker: "Harry Wales" },
    ],
  },
  {
    name: "a person the article calls only by a known first name ('Meghan') is a person; 'the Ledger' is not",
    text: "Oprah Winfrey asked about the passports. Winfrey pressed on.\n\nWhen Meghan joined the family, she said, “that was the last time I saw my passport.”\n\nMeghan smiled. In a statement to the Ledger, the palace declined to comment. The Ledger has asked again.",
    quotes: [{ text: "that was the last time I saw my passport.", kind: "full", speaker: "Meghan" }],
  },
  {
    name: "'saying “...”' after a verb or adverbial, with no comma, is a cue; 'Speaking on Morning Ireland he' is he",
    text: "Stephen Donnelly spoke on Monday. Speaking on Morning Ireland he bypassed the question for a second time saying “It is not about who is right.”\n\nProtesters carried a sign saying “Keep out”.",
    quotes: [{ text: "It is not about who is right.", kind: "partial", speaker: "Stephen Donnelly" }],
  },
  {
    name: "a colon-introduced quote left unclosed at its paragraph's end is a quote; its speaker goes on past a paragraph naming nobody",
    text: "Varadkar explained: “They were proposing something called a circuit break, a short and sharp lockdown.\n\nIn short, it would see all but essential workplaces closed.\n\n“We asked for comfort that four weeks would be enough.”",
    quotes: [
      {
        text: "They were proposing something called a circuit break, a short and sharp lockdown.",
        kind: "full",
        speaker: "Varadkar",
      },
      { text: "We asked for comfort that four weeks would be enough.", kind: "full", speaker: "Varadkar" },
    ],
  },
  {
    name: "an age given with the name picks that person out",
    text: "Mara Kent, 34, and Paul Ode, 61, were rescued from the roof. Ode waved at the crowd.\n\n“I thought we were done,” the 34-year-old said.",
    quotes: [{ text: "I thought we were done,", kind: "full", speaker: "Mara Kent" }],
  },
  {
    name: "'the Conservative MP' is the person the last sentences were about; 'Israel' and 'Amnesty International' are no person",
    text: "Israel warned people to move south, a declaration that Amnesty International said could amount to a crime. One of the women to flee was Nesma Hajjaj. “I am from Gaza City,” she said.\n\nChris Grayling warned that the sector faces “mass job cuts”.\n\nSpeaking in the Commons, the Conservative MP said: “It does not need to be like this.”",
    quotes: [
      { text: "I am from Gaza City,", kind: "full", speaker: "Nesma Hajjaj" },
      { text: "It does not need to be like this.", kind: "full", speaker: "Chris Grayling" },
    ],
  },
  {
    name: "'confided to his journal' is a cue; 'under the rubric of “security”' is a term",
    text: "Tony Schwartz took the job. He confided to his journal, “the book will be a success.”\n\nHe deducted the icemaker under the rubric of “security” and paid no tax.",
    quotes: [{ text: "the book will be a success.", kind: "full", speaker: "Tony Schwartz" }],
    notQuotes: ["security"],
  },
  {
    name: "titles and offices before a name: 'Supervisor', 'Acting U.S. Attorney for the District of ...', 'a skeptical NAME'",
    text: "“We are thrilled,” said Supervisor Alfredo Pedroza of Napa County.\n\n“We are not done,” said Acting U.S. Attorney for the District of Massachusetts Joshua Levy.\n\n“It is too large,” said a skeptical Robert Wolfarth, the trust’s new chairman.",
    quotes: [
      { text: "We are thrilled,", kind: "full", speaker: "Alfredo Pedroza" },
      { text: "We are not done,", kind: "full", speaker: "Joshua Levy" },
      { text: "It is too large,", kind: "full", speaker: "Robert Wolfarth" },
    ],
  },
  {
    name: "'could be heard saying', 'agreed:', 'agrees that', 'indicated that' are cues",
    text: "Video shows the man entering the salon. “My girlfriend is on her way,” the man could be heard saying.\n\nVice-chancellors reacted with fury. A second vice-chancellor, who runs a research university, agreed: “We baled the government out.”\n\nProf David Green agrees that students are “feeling blamed and abandoned”.\n\nMayor Bill de Blasio indicated that “temporary burials” might be needed.",
    quotes: [
      { text: "My girlfriend is on her way,", kind: "full", speaker: "man" },
      { text: "We baled the government out.", kind: "full", speaker: "second vice-chancellor" },
      { text: "feeling blamed and abandoned", kind: "partial", speaker: "David Green" },
      { text: "temporary burials", kind: "partial", speaker: "Bill de Blasio" },
    ],
  },
  {
    name: "an owner opening the lead-in sentence gives way to the person named as its subject",
    text: "Angela Bolger sued the retailer. Bolger’s lawyer, Jeremy Robinson, had a shorter statement after the ruling. “It is impossible to overstate this ruling.”",
    quotes: [{ text: "It is impossible to overstate this ruling.", kind: "full", speaker: "Jeremy Robinson" }],
  },
  {
    name: "'with what the institution called' opens a clause whose subject speaks",
    text: "Students at Coventry halls sparked fury with what the institution called an “outrageous” illegal party.",
    quotes: [{ text: "outrageous", kind: "partial", speaker: "institution" }],
  },
  {
    name: "a quote left with no speaker in a one-person article is that person's",
    text: "“We start at dawn,” said Di Li, the survey's chief scientist.\n\n“The dish is huge,” Li said.\n\nThe telescope sits in a karst valley in Guizhou. It cost 1.2 billion yuan.\n\nMore pulses will come, Li says. “We see one every hour,” he said. “Some repeat,” he added.\n\nThe site is closed to tourists this year.\n\n“It is the quietest place I know.”",
    quotes: [
      { text: "We start at dawn,", kind: "full", speaker: "Di Li" },
      { text: "It is the quietest place I know.", kind: "full", speaker: "Di Li" },
    ],
  },
  {
    name: "a name closing an apposition before its verb is the next 'he'; 'What Page was doing' is not about Page speaking",
    text: "Larry Page ran the meeting. Finally, one of the engineers in the room, Ron Dolin, started yelling at Page. What Page was doing was “completely ridiculous,” he said.",
    quotes: [{ text: "completely ridiculous,", kind: "partial", speaker: "Ron Dolin" }],
  },
  {
    name: "a participle belongs to the last clause before it",
    text: "On occasion, Larry Page would grow animated, and Eric Schmidt would carefully shut him down, saying, “We heard you, Larry.”",
    quotes: [{ text: "We heard you, Larry.", kind: "full", speaker: "Eric Schmidt" }],
  },
  {
    name: "an inverted parenthetical ('..., writes Beyer, is “...”')",
    text: "Charlotte Beyer has four tips. The biggest reason advisors get fired, writes Beyer, is “it's always about communication.”",
    quotes: [{ text: "it's always about communication.", kind: "partial", speaker: "Charlotte Beyer" }],
  },
  {
    name: "'her mother' speaks as the mother of the person 'her' means",
    text: "Kristen Wiig grew up upstate. When she tells them she's in a movie, her mother will say tentatively, “Is that something we can see in theatres?”",
    quotes: [{ text: "Is that something we can see in theatres?", kind: "full", speaker: "Kristen Wiig's mother" }],
  },
  {
    name: "an interviewer's question paragraph about 'she' names who answers in the quote after it",
    text: "Kristen Wiig had a few shaky years at school.\n\nHow social was she? Suspended?\n\n“Um. Not for more than a couple of days.”",
    quotes: [{ text: "Um. Not for more than a couple of days.", kind: "full", speaker: "Kristen Wiig" }],
  },
  {
    name: "a clause before a name gives it no title ('Donald Trump has named Kellyanne Conway')",
    text: "President-elect Donald Trump has named Kellyanne Conway, his campaign manager, as counselor.\n\n“She is a tireless advocate,” the president-elect said in a statement.",
    quotes: [{ text: "She is a tireless advocate,", kind: "full", speaker: "Donald Trump" }],
  },
  {
    name: "a newspaper speaking is no person for a later 'she'",
    text: "Kellyanne Conway was offered a role. But the New York Times suggested Conway was holding out for more.\n\n“My major concern is my four children,” she said.",
    quotes: [{ text: "My major concern is my four children,", kind: "full", speaker: "Kellyanne Conway" }],
  },
  {
    name: "any verb after a quote attributes it, with a short 'in a tweet' after it",
    text: "Boeing's stock fell.\n\n“What do I know about branding,” Donald Trump simpered in a morning tweet.\n\n“I would fix the plane,” he advised.",
    quotes: [
      { text: "What do I know about branding,", kind: "full", speaker: "Donald Trump" },
      { text: "I would fix the plane,", kind: "full", speaker: "Donald Trump" },
    ],
  },
  {
    name: "a fronted time phrase is no subject, and an irregular past ends the subject",
    text: "The film opened on Friday. The following Monday evening, Milo Yiannopoulos essentially threw a match on the pile by accusing the star of “playing the victim”.",
    quotes: [{ text: "playing the victim", kind: "partial", speaker: "Milo Yiannopoulos" }],
  },
  {
    name: "an attribution after a question mark, past a long apposition, still closes the quote's sentence",
    text: "“What is the incentive?” He Jianxiong, the former executive director for China at the International Monetary Fund, said.",
    quotes: [{ text: "What is the incentive?", kind: "full", speaker: "He Jianxiong" }],
  },
  {
    name: "'asked before apologizing to the actor' is a question asked, not a request",
    text: "Ally Brooke reached the final. “Can I give it to James?” Brooke tearfully asked before apologizing to the actor.",
    quotes: [{ text: "Can I give it to James?", kind: "full", speaker: "Ally Brooke" }],
  },
  {
    name: "a first name used before the article gives the full name is that person",
    text: "When the phone rang, his wife Fran was helping Hal Finney. Fran worried that Hal might choke. “I was just panicking,” she says.\n\nPreviously, Fran Finney had not spoken about the attack.",
    quotes: [{ text: "I was just panicking,", kind: "full", speaker: "Fran Finney" }],
  },
  {
    name: "a Q&A whose answers open with initials: 'I' and unattributed quotes are the interviewee's",
    text: "Ava DuVernay and Oprah Winfrey sat down with us.\n\nHow did the shoot go?\n\nOW I was just gonna be in the background going, “Yay!” “Well, I'm gonna have me a church,” I said.",
    quotes: [
      { text: "Yay!", kind: "full", speaker: "Oprah Winfrey" },
      { text: "Well, I'm gonna have me a church,", kind: "full", speaker: "Oprah Winfrey" },
    ],
  },
  {
    name: "a clause as the subject speaks for no one; the speaker closing the sentence does",
    text: "That mobility remains low suggests “that local job markets are lousy almost everywhere” except a few areas, Gary Burtless said.",
    quotes: [{ text: "that local job markets are lousy almost everywhere", kind: "partial", speaker: "Gary Burtless" }],
  },
  {
    name: "a name right after an inverted speech verb is the next 'he'; a one-word data source is no person",
    text: "Jobs remain scarce, according to data compiled by Bloomberg. Hiring has been hurt by weak spending, said Ahmad Ijaz, an economist at the University of Alabama.\n\n“Construction is still weak,” he said.",
    quotes: [{ text: "Construction is still weak,", kind: "full", speaker: "Ahmad Ijaz" }],
  },
  {
    name: "'is said to be' is hearsay with no speaker, and none carried over; 'is said to believe' keeps its subject",
    text: "“The risk is contained,” said Dr Jane Ross.\n\nAnother patient is being tested but is said to be “low risk”.\n\nMichael Gove is said to believe that the exam was a “historic mistake”.",
    quotes: [
      { text: "The risk is contained,", kind: "full", speaker: "Jane Ross" },
      { text: "low risk", kind: "partial", speaker: null },
      { text: "historic mistake", kind: "partial", speaker: "Michael Gove" },
    ],
  },
  {
    name: "'NAME with the ORG' ends the name, and a two-word title goes before it",
    text: "“It looks good,” Patrol Chief James Hall with the New York Police Department said Wednesday.",
    quotes: [{ text: "It looks good,", kind: "full", speaker: "James Hall" }],
  },
  {
    name: "a question paragraph names who answers in the quote after it",
    text: "Ndamukong Suh stepped on the quarterback's leg.\n\nWhat did Suh say after the play?\n\n“He was running off the field. I was talking to the referee.”",
    quotes: [
      { text: "He was running off the field. I was talking to the referee.", kind: "full", speaker: "Ndamukong Suh" },
    ],
  },
  {
    name: "a pronoun after a quote is the name whose colon introduced it",
    text: "Annie Lee Cooper faced a sheriff in 1965. Asked to play her, Oprah Winfrey hesitated: “I did not want to do it!” she tells the magazine.",
    quotes: [{ text: "I did not want to do it!", kind: "full", speaker: "Oprah Winfrey" }],
  },
  {
    name: "'NAME of ORG in CITY, COUNTRY, said': the country is where, not who",
    text: "“Penguins are at risk,” Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said to a magazine.",
    quotes: [{ text: "Penguins are at risk,", kind: "full", speaker: "Wray Grimaldi" }],
  },
  {
    name: "'Then,' before the subject is no name",
    text: "The inquiry began in 2009. Then, the Church accused the group of “pushing radical themes.”",
    quotes: [{ text: "pushing radical themes.", kind: "partial", speaker: "Church" }],
  },
  {
    name: "a passive speech verb's subject is the hearer; the document the sentence opens with speaks",
    text: "Margaret Thatcher was advised to wait. In one briefing note she was warned that “the exam nobody will fail” was coming.",
    quotes: [{ text: "the exam nobody will fail", kind: "partial", speaker: "one briefing note" }],
  },
  {
    name: "'Mr' makes a man, and 'her' in his apposition is someone else's",
    text: "Margaret Thatcher wrote to the minister. Mark Addison, then her private secretary, summarised her concerns.\n\nMrs Thatcher had not, Mr Addison added, been impressed “by the jargon”.\n\nShe asked that the syllabuses be made “sufficiently rigorous”.",
    quotes: [
      { text: "by the jargon", kind: "partial", speaker: "Mark Addison" },
      { text: "sufficiently rigorous", kind: "partial", speaker: "Margaret Thatcher" },
    ],
  },
  {
    name: "a participle after a parenthetical speaker continues that speaker",
    text: "Kenneth Baker led the reform. The standard was initially high, Lord Baker added, saying there had been a “degeneration” in grades.",
    quotes: [{ text: "degeneration", kind: "partial", speaker: "Kenneth Baker" }],
  },
  {
    name: "a place's possessive names no person",
    text: "Ann Lee runs the clinic near Santa Barbara’s university campus. “We were just panicking,” she says.",
    quotes: [{ text: "We were just panicking,", kind: "full", speaker: "Ann Lee" }],
  },
  {
    name: "'the' after a name starts another phrase: a grape is nobody's name",
    text: "Alexander Stodden runs the family winery. In the Ahr Valley the Frühburgunder stands alone. Although he makes just one single-vineyard Frühburgunder, he agrees it is fickle.\n\n“It is a very difficult grape,” he says.",
    quotes: [{ text: "It is a very difficult grape,", kind: "full", speaker: "Alexander Stodden" }],
  },
  {
    name: "a C-suite acronym titles a name, so the bare surname and 'he' find him later",
    text: "At the home of Verizon CIO Shaygan Kheradpir, executives showed the app. Shawn Strickland, a vice president, said prices would not rise.\n\nKheradpir made the argument that providers benefit.\n\n“Now she watches it in her room,” he said.",
    quotes: [{ text: "Now she watches it in her room,", kind: "full", speaker: "Shaygan Kheradpir" }],
  },
  {
    name: "inverted 'remembers NAME', and 'quipped NAME of his role'",
    text: "“Those goats were so smart,” remembers Shanna Challenger, coordinator for the programme.\n\n“It was a difficult part,” quipped Brad Pitt of his role.",
    quotes: [
      { text: "Those goats were so smart,", kind: "full", speaker: "Shanna Challenger" },
      { text: "It was a difficult part,", kind: "full", speaker: "Brad Pitt" },
    ],
  },
  {
    name: "'..., says NAME' closing the reporter's sentence attributes its partial quote",
    text: "Di Li leads the survey. “We will find more,” he says.\n\nBut the telescope’s “impressive sensitivity” will help with follow-up work, says Laura Spitler, an astronomer in Bonn.",
    quotes: [
      { text: "We will find more,", kind: "full", speaker: "Di Li" },
      { text: "impressive sensitivity", kind: "partial", speaker: "Laura Spitler" },
    ],
  },
  {
    name: "'the Pentagon chief' is the person the story is about, not the Pentagon",
    text: "Defense Secretary Robert Gates has ordered a review of the Marine Corps.\n\nIn a separate session with sailors, the Pentagon chief said the Corps had “gotten too big” and would be trimmed.",
    quotes: [{ text: "gotten too big", kind: "partial", speaker: "Robert Gates" }],
  },
  {
    name: "works listed in brackets after a name are titles",
    text: "Her son, filmmaker Charlie McDowell (“The Discovery,” “The One I Love”), also remembers it as a trying time.",
    quotes: [],
    notQuotes: ["The Discovery,", "The One I Love"],
  },
  {
    name: "people sharing a surname: the bare surname is the one named last",
    text: "John Ford wrote nine novels. His brother, Dale Ford, manages the estate.\n\n“We never stopped his books,” Ford said.\n\nLater Ann Ford, his sister, spoke to the paper. “It was a hard time,” Ford said.",
    quotes: [
      { text: "We never stopped his books,", kind: "full", speaker: "Dale Ford" },
      { text: "It was a hard time,", kind: "full", speaker: "Ann Ford" },
    ],
  },
  {
    name: "a quote closed by its full stop keeps its introduction; the next sentence introduces the next quote",
    text: "One resident said, “This is a disgrace.” Another resident, Omar Haddad, said: “I agree with the ban.”",
    quotes: [
      { text: "This is a disgrace.", kind: "full", speaker: "one resident" },
      { text: "I agree with the ban.", kind: "full", speaker: "Omar Haddad" },
    ],
  },
  {
    name: "a newspaper named with its article and a possessive speaks as one name",
    text: "On Monday, the People’s Daily, the voice of the ruling party, warned that there was “no room for compromise”.",
    quotes: [{ text: "no room for compromise", kind: "partial", speaker: "People’s Daily" }],
  },
  {
    name: "a list of song titles in marks is no speech",
    text: "Expect the band's hits, including “Listen To The River,” “Takin’ It Home,” “Long Train Coming” and others.",
    quotes: [],
    notQuotes: ["Listen To The River,", "Takin’ It Home,", "Long Train Coming"],
  },
  {
    name: "split quote: two pieces, one speaker",
    text: '"We are," Health Minister Dana Ross said, "fully committed to the plan."',
    quotes: [
      { text: "We are,", kind: "full", speaker: "Dana Ross" },
      { text: "fully committed to the plan.", kind: "full", speaker: "Dana Ross" },
    ],
  },
  {
    name: "multi-paragraph quote: opening mark on each paragraph, closing mark at the end",
    text: 'Omar Haddad, a lawyer in Amman, explained his case:\n\n"The first order came in March.\n\n"The second came a week later," Haddad said.',
    quotes: [
      { text: "The first order came in March.", kind: "full", speaker: "Omar Haddad" },
      { text: "The second came a week later,", kind: "full", speaker: "Omar Haddad" },
    ],
  },
  {
    name: "multi-paragraph quote attributed only at its end",
    text: "“The rules are clear.\n\n“Nobody is above them,” said Lena Park, the regulator's chair.",
    quotes: [
      { text: "The rules are clear.", kind: "full", speaker: "Lena Park" },
      { text: "Nobody is above them,", kind: "full", speaker: "Lena Park" },
    ],
  },
  {
    name: "partial quote embedded in the reporter's sentence",
    text: "The ministry of information said it had secured “direct and exclusive access” to the reporting system.",
    quotes: [{ text: "direct and exclusive access", kind: "partial", speaker: "ministry of information" }],
  },
  {
    name: "indirect speech with 'that'",
    text: "Meta spokesperson Ben Carter said that the process was the same in every country.",
    quotes: [{ text: "the process was the same in every country", kind: "indirect", speaker: "Ben Carter" }],
  },
  {
    name: "indirect speech without 'that', with a time adjunct",
    text: "The regulator said on Tuesday the company had removed 300 posts.",
    quotes: [{ text: "the company had removed 300 posts", kind: "indirect", speaker: "regulator" }],
  },
  {
    name: "according to",
    text: "According to the joint statement, the two sides agreed to cooperate on harmful content.",
    quotes: [
      { text: "the two sides agreed to cooperate on harmful content", kind: "indirect", speaker: "joint statement" },
    ],
  },
  {
    name: "pronoun resolved to the last person named",
    text: 'Justice Maria Silva issued the ruling on Friday.\n\n"The law applies to every platform," she wrote.',
    quotes: [{ text: "The law applies to every platform,", kind: "full", speaker: "Maria Silva" }],
  },
  {
    name: "surname alone resolved to the full name",
    text: 'Information Minister Aida Balaeva spoke to lawmakers. "We did not invent anything," Balaeva said.',
    quotes: [{ text: "We did not invent anything,", kind: "full", speaker: "Aida Balaeva" }],
  },
  {
    name: "'the company' resolved to the platform that is the subject nearby",
    text: 'Telegram, which is based in Dubai, was fined on Monday. "We moderate public channels," the company said.',
    quotes: [{ text: "We moderate public channels,", kind: "full", speaker: "Telegram" }],
  },
  {
    name: "'the ministry' resolved to the ministry named earlier",
    text: 'Kazakhstan\'s Ministry of Information and Social Development published a statement. "The text was agreed," the ministry said.',
    quotes: [{ text: "The text was agreed,", kind: "full", speaker: "Ministry of Information and Social Development" }],
  },
  {
    name: "apposition after the name",
    text: '"Transparency is the minimum," said Daria Ivanova, a researcher at the Digital Rights Centre in Almaty.',
    quotes: [{ text: "Transparency is the minimum,", kind: "full", speaker: "Daria Ivanova" }],
  },
  {
    name: "description before the name",
    text: 'The minister, Aida Balaeva, told reporters: "Every word was coordinated."',
    quotes: [{ text: "Every word was coordinated.", kind: "full", speaker: "Aida Balaeva" }],
  },
  {
    name: "a document as the source",
    text: 'The joint statement published by the ministry said Meta had granted "direct and exclusive access" to its system.',
    quotes: [{ text: "direct and exclusive access", kind: "partial", speaker: "joint statement" }],
  },
  {
    name: "titles of works are not quotes",
    text: 'Her new novel, "The Wind Keeps the Accounts," follows a mining family. It is her first book since the collection "Salt and Iron" won a prize.',
    quotes: [],
    notQuotes: ["The Wind Keeps the Accounts,", "Salt and Iron"],
  },
  {
    name: "nicknames are not quotes",
    text: 'Luis "The Magician" Torres scored late as Ribera won at the "Fortress" stadium.',
    quotes: [],
    notQuotes: ["The Magician", "Fortress"],
  },
  {
    name: "scare quotes with no source are not quotes",
    text: 'Governments have discovered the language of "digital sovereignty" and jail bloggers for spreading "false information."',
    quotes: [],
    notQuotes: ["digital sovereignty", "false information."],
  },
  {
    name: "a pull quote repeating the body is dropped",
    text: '"We will not comply in secret"\n\nX\'s Global Government Affairs account posted a statement. "We will not comply in secret," it said.',
    quotes: [{ text: "We will not comply in secret,", kind: "full", speaker: "Global Government Affairs" }],
    notQuotes: ["We will not comply in secret"],
  },
  {
    name: "a quote with no cue speaks for the person the sentence before it is about",
    text: "“The old gateway is not needed,” Tom Young said.\n\nJim Bridenstine leads the agency.\n\nBridenstine expects three rockets by 2024. “Adding a fourth could—I am not confident that could happen.”",
    quotes: [
      { text: "The old gateway is not needed,", kind: "full", speaker: "Tom Young" },
      { text: "Adding a fourth could—I am not confident that could happen.", kind: "full", speaker: "Jim Bridenstine" },
    ],
  },
  {
    name: "a verb after the reporter's comma is inverted: its speaker follows",
    text: 'Rask was known for telling aides "he ran the file" despite being the envoy in Oslo, said another witness, former adviser Nina Holt.',
    quotes: [{ text: "he ran the file", kind: "partial", speaker: "Nina Holt" }],
  },
  {
    name: "... but not after a speaker's apposition",
    text: "“It was an attempt to mislead,” Will Dorn, chief executive of the fact-checking site Fair Count, told the BBC.",
    quotes: [{ text: "It was an attempt to mislead,", kind: "full", speaker: "Will Dorn" }],
  },
  {
    name: "... nor after a description apposed to a name",
    text: "“Today the answer is yes,” the museum's director, Amara Osei, said at the opening.",
    quotes: [{ text: "Today the answer is yes,", kind: "full", speaker: "Amara Osei" }],
  },
  {
    name: "instructed is a cue; one of the ... opens an apposition",
    text: "“Don’t get nervous,” instructed Milo Vega, the district supervisor.\n\nEric Rowe, one of the leading voices on the region, said he was “appalled” by the vote.",
    quotes: [
      { text: "Don’t get nervous,", kind: "full", speaker: "Milo Vega" },
      { text: "appalled", kind: "partial", speaker: "Eric Rowe" },
    ],
  },
  {
    name: "a passive cue before a partial quote and its agent after it",
    text: "The Lake Authority counts the birds. The die-off has been described as “heartbreaking” by the Lake Authority.",
    quotes: [{ text: "heartbreaking", kind: "partial", speaker: "Lake Authority" }],
  },
  {
    name: "in X's words",
    text: 'In Dr. Vance\'s words, "Could the moment be tied to awareness?"',
    quotes: [{ text: "Could the moment be tied to awareness?", kind: "full", speaker: "Vance" }],
  },
  {
    name: "a document read out before the quote",
    text: "The notice on the door reads, “Closed until further notice.” Staff declined to comment.",
    quotes: [{ text: "Closed until further notice.", kind: "full", speaker: "notice" }],
  },
  {
    name: "a description with a relative clause, then the name apposed",
    text: "The mother of a woman who took the pills, Fiona Pike, described them as “poison.”",
    quotes: [{ text: "poison.", kind: "partial", speaker: "Fiona Pike" }],
  },
  {
    name: "'But here is his text:' names no speaker",
    text: "You can see it in the card.\n\nBut here is his text:\n\n“Death, failure, delay, deception.”",
    quotes: [{ text: "Death, failure, delay, deception.", kind: "full", speaker: null }],
  },
  {
    name: "a subheading between two quotes does not interrupt the speaker",
    text: "“People come to gawk at us,” says Rewi Tane, bristling.\n\nWhale strandings\n\n“When will we talk about what is hurting them?”",
    quotes: [
      { text: "People come to gawk at us,", kind: "full", speaker: "Rewi Tane" },
      { text: "When will we talk about what is hurting them?", kind: "full", speaker: "Rewi Tane" },
    ],
  },
];

describe("extractQuotes hard cases", () => {
  it.each(cases)("$name", ({ text, quotes, notQuotes }) => {
    const found = extractQuotes(text);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const want of quotes) {
      const got = found.find((q) => q.text === want.text);
      expect(got, `missing quote: ${want.text} in ${JSON.stringify(found.map((q) => q.text))}`).toBeDefined();
      expect(got!.kind).toBe(want.kind);
      if (want.speaker === null) expect(got!.speaker).toBeNull();
      else expect(got!.speaker?.name.toLowerCase()).toBe(want.speaker.toLowerCase());
    }
    for (const not of notQuotes ?? []) expect(found.map((q) => q.text)).not.toContain(not);
    if (quotes.length === 0) expect(found.filter((q) => q.kind !== "indirect")).toEqual([]);
  });
});

// Every quotation mark style gives the same quote and speaker.
const marks: [string, string, string][] = [
  ["curly double", "“", "”"],
  ["straight double", '"', '"'],
  ["curly single", "‘", "’"],
  ["straight single", "'", "'"],
  ["guillemets", "«", "»"],
  ["German low-high", "„", "“"],
];

describe("quotation mark styles", () => {
  it.each(marks)("%s", (_name, open, close) => {
    const text = `${open}The platform has to follow our law,${close} Justice Minister Karl Weber said. ${open}It's that simple.${close}`;
    const found = extractQuotes(text);
    expect(found.map((q) => [q.text, q.kind, q.speaker?.name])).toEqual([
      ["The platform has to follow our law,", "full", "Karl Weber"],
      ["It's that simple.", "full", "Karl Weber"],
    ]);
  });
});

describe("relevance in context", () => {
  it("gives a platform's denial in a government story both actors", () => {
    const text =
      "Kazakhstan said it had won access to Facebook's reporting system.\n\n“We don't grant special access to any government,” Meta spokesperson Ben Carter said.";
    const [, denial] = extractQuotes(text, undefined, { title: "Kazakhstan claims Facebook deal" }).filter(
      (q) => q.kind === "full" || q.kind === "indirect",
    );
    expect(denial?.relevant).toBe(true);
    expect(denial?.actors).toEqual({ governments: ["Kazakhstan"], platforms: ["Meta"] });
  });

  it("keeps a sports quote irrelevant", () => {
    const [q] = extractQuotes('"We had the ball and the chances," coach Ramon Diaz said.');
    expect(q?.relevant).toBe(false);
  });
});
