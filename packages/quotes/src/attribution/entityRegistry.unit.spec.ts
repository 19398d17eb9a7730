// Descriptions resolved to a named entity, before or after them (invented articles).
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../extractQuotes.ts";

const speakers = (text: string) => extractQuotes(text).map((q) => [q.text, q.speaker?.name ?? null]);

describe("description named in the next sentence or paragraph", () => {
  it.each([
    [
      "story lead, named in the next paragraph",
      'PRAGUE — The head of the national cyber police unit said the accounts had been removed within a day.\n\n"We asked and they acted," Inspector Milan Horvat told reporters.',
      ["the accounts had been removed within a day", "Milan Horvat"],
    ],
    [
      "lead with a possessive inside the description",
      "WARSAW — The head of Poland's cyber police said on Monday the channels had been removed.\n\nInspector Ewa Nowak told the radio the list was short.",
      ["the channels had been removed", "Ewa Nowak"],
    ],
    [
      "indefinite lead with a possessive, named in the next paragraph",
      "A member of Latvia's parliament said on Tuesday the office had done nothing.\n\nDeputy Ilze Ozola told the chamber she had counted 14 requests.",
      ["the office had done nothing", "Ilze Ozola"],
    ],
    [
      "indefinite lead, named in the next paragraph",
      "A member of the lower house said on Tuesday the office had done nothing.\n\nDeputy Jana Kral of the Green party told the chamber she had counted 14 requests.",
      ["the office had done nothing", "Jana Kral"],
    ],
    [
      "later paragraph, sharing a word with what follows the name",
      "The ban began on Monday.\n\nThe head of the election commission said the posts had broken the law.\n\nRosa Lind, who chairs the election commission, told reporters the fines would follow.",
      ["the posts had broken the law", "Rosa Lind"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text)).toContainEqual(expected);
  });

  it.each([
    [
      "later paragraph, unrelated person: stays a description",
      'The ban began on Monday.\n\nA lawyer said the order was vague. "It is new," said Tom Baxter, a farmer near the border.',
      ["the order was vague", "lawyer"],
    ],
    [
      "two paragraphs away: stays a description",
      "PRAGUE — The head of the police unit said the accounts were gone.\n\nThe ban began on Monday.\n\nMilan Horvat said the list was long.",
      ["the accounts were gone", "head of the police unit"],
    ],
    [
      "a name inside the reported clause is not the speaker; the next sentence's is",
      "RIGA — Latvia's digital minister said Elon Musk's X had agreed to open an office.\n\nMinister Ieva Berzina told reporters the talks had taken a month.",
      ["Elon Musk's X had agreed to open an office", "Ieva Berzina"],
    ],
    [
      "an institution is not named by the person after it",
      "OSLO — Norway's media regulator said on Monday it had been given a hotline to the platform.\n\nIts director, Lars Holm, told reporters the line was new.",
      ["it had been given a hotline to the platform", "media regulator"],
    ],
    [
      "an anonymous source is not the person named next",
      "A former official at the agency, who spoke on condition of anonymity, said the text had been approved in advance.\n\nPia Moen, a researcher at the agency, said the text was new.",
      ["the text had been approved in advance", "former official at the agency"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text)).toContainEqual(expected);
  });
});

describe("descriptions and unnamed speakers", () => {
  it.each([
    [
      "the regulator is the state body named last",
      "The Latvian Electronic Communications Commission (LECC), which licenses platforms, said the rule applied to all. The regulator has said fines could follow.",
      ["fines could follow", "Latvian Electronic Communications Commission"],
    ],
    [
      "the company is the firm named last, even without a company word",
      "Baltic Coast Ferries will cut sailings. Captain Ivo Tamm said he was worried. The company said the timetable would be reviewed in spring.",
      ["the timetable would be reviewed in spring", "Baltic Coast Ferries"],
    ],
    [
      "an anonymous official is the he of the quote after, not the outlet named before",
      'The claim was first reported by Harbour Weekly. A senior official at the ministry, who asked not to be named, said the deal was signed in May. "It was never secret," he said.',
      ["It was never secret,", "senior official at the ministry"],
    ],
    [
      "a quantified unnamed speaker after the quote",
      'Visitors said the queue was worth it. "I came here as a child," one man said.',
      ["I came here as a child,", "one man"],
    ],
    [
      "a long office title split by commas before the name",
      'Minister for Housing, Transport and the Digital Economy Grace Mwangi met editors.\n\n"We asked, they acted," Mwangi said.',
      ["We asked, they acted,", "Grace Mwangi"],
    ],
    [
      "an all-capital acronym is no pronoun",
      "11:05 GMT — IT Minister Ravi Kumar told a briefing in New Delhi platforms had to follow the law.",
      ["platforms had to follow the law", "Ravi Kumar"],
    ],
    [
      "a name followed by its apposition, whatever names the apposition holds",
      '"It works," Ana Ruiz, a fellow at the Institute for Physics in Lyon, France, and co-author of the study, said.',
      ["It works,", "Ana Ruiz"],
    ],
    [
      "a curly apostrophe is no closing mark",
      "“We had issues,” Mayer, Disney’s chairman of streaming, said on Tuesday.",
      ["We had issues,", "Mayer"],
    ],
    [
      "a lowercase role before a name with its organisation",
      '"Organics matter," said planetary geologist Rosa Lind of NASA’s Jet Propulsion Laboratory in California.',
      ["Organics matter,", "Rosa Lind"],
    ],
    [
      "a participle cue takes the sentence subject, whatever verb comes first",
      "Boudreau gave his players a talk on Tuesday, telling them to “believe in yourselves” before the game.",
      ["believe in yourselves", "Boudreau"],
    ],
    [
      "a quote ending its sentence: the colon introduction after it belongs to the next quote",
      "“It is a different muscle,” York said. “You step out of it.” Smith agreed: “It is another job.”",
      ["You step out of it.", "York"],
    ],
    [
      "a bare lowercase subject right after a quote",
      '"We got her!" officers announced on their radios.',
      ["We got her!", "officers"],
    ],
    [
      "a verb with a doubled consonant",
      "“If we were any higher, we would be in orbit,” one user quipped.",
      ["If we were any higher, we would be in orbit,", "one user"],
    ],
    [
      "a document quoted with reads",
      "“A start-up based in Delhi,” the description on the website reads.",
      ["A start-up based in Delhi,", "description on the website"],
    ],
    [
      "she skips the man named since, by the pronouns the article uses for each",
      "Maria Lopez founded the band in 2001 and her songs made it famous. Her manager, Tom Reed, joined in 2005; he had worked in radio.\n\n“It was terrifying,” she said.",
      ["It was terrifying,", "Maria Lopez"],
    ],
    [
      "an inverted speaker ends before a time clause",
      "“We received an inquiry,” said a Lumen spokesperson when contacted by Harbour Weekly.",
      ["We received an inquiry,", "Lumen"],
    ],
    [
      "a name and its own team speak as the name",
      '"We suggest the plume is small," Paganini and his team wrote in the paper.',
      ["We suggest the plume is small,", "Paganini"],
    ],
    [
      "an adverb between subject and verb",
      "Mr. Trump has since said that a signing would take place in “farm country.”",
      ["farm country.", "Trump"],
    ],
    [
      "a pronoun after a fronted phrase without a comma",
      'Singer Tara Vance lost her catalogue. In a blog post at the time she described the sale as the "worst case" for her.',
      ["worst case", "Tara Vance"],
    ],
    [
      "an infinitive cue takes the sentence subject",
      "Chief Minister Ravi Kumar turned to Twitter last month to describe his city as a “gas chamber.”",
      ["gas chamber.", "Ravi Kumar"],
    ],
    [
      "he is the subject named before, not the owner or the hearer named since",
      "Wild defenceman Ryan Stone, who joked about Parise’s sticks, saw the frustration.\n\n“He is used to scoring,” he said.",
      ["He is used to scoring,", "Ryan Stone"],
    ],
    [
      "the actor is the actor named before",
      "Actor James Vale lost the part. “It hurts,” Vale said. Kim Park, his co-star, said she understood.\n\n“It makes you human,” said the actor.",
      ["It makes you human,", "James Vale"],
    ],
    [
      "the source is the unnamed source met before",
      "A reporter’s source inside the camp, who asked not to be identified, said the claim was false. Dr Ana Ruiz disagreed.\n\n“Nobody is stopping them,” the source said.",
      ["Nobody is stopping them,", "source inside the camp"],
    ],
    [
      "a long apposition listing places with ', and' is no clause",
      '"Water is hard to find," study lead author Ana Ruiz, a scientist at the Space Center in Greenbelt, Maryland, and Lake University in Washington, D.C., said in a statement.',
      ["Water is hard to find,", "Ana Ruiz"],
    ],
    [
      "a surname of several words names the person introduced before",
      "Actor James Van Dorn spoke on Monday. Van Dorn said the loss had hurt.\n\n“It makes you human,” said the actor.",
      ["It makes you human,", "James Van Dorn"],
    ],
    [
      "it is the organisation named as a subject, not the platform it posted on",
      "Harbour Records denied the claim. The singer posted on Twitter about the dispute.\n\n“We have agreed to grant all licences,” it says.",
      ["We have agreed to grant all licences,", "Harbour Records"],
    ],
    [
      "an initial inside a name, and no initial across a sentence end",
      'Computers cost more, said Mary E. Lovely, an economist. "About a third are electronics," she said.',
      ["About a third are electronics,", "Mary E. Lovely"],
    ],
    [
      "a noun form of a cue verb right after a quote is the verb",
      '"We adjusted the spacecraft," comments Robin Vos of the design centre.',
      ["We adjusted the spacecraft,", "Robin Vos"],
    ],
    [
      "testified",
      "“I heard the president ask about it,” Holmes testified.",
      ["I heard the president ask about it,", "Holmes"],
    ],
    [
      "an inverted name ends before its relative clause",
      "“It sounded like strong women raised him,” said Ruffin, who owns a consulting firm and headed out for the second stop, where he was greeted by a crowd of several dozen supporters.",
      ["It sounded like strong women raised him,", "Ruffin"],
    ],
    [
      "a lowercase description before a full name",
      'As early retiree Steve Adams wrote on his blog, "Sacrifice is necessary to retire early."',
      ["Sacrifice is necessary to retire early.", "Steve Adams"],
    ],
    [
      "two closing single marks close a double quote",
      "“It was an attempt to mislead voters,’’ Will Mott, chief executive of a fact-checking site, told the BBC.",
      ["It was an attempt to mislead voters,", "Will Mott"],
    ],
    [
      "according to a description and its apposed name",
      "According to his aunt, Jane Starling, “He was brilliant from the start.”",
      ["He was brilliant from the start.", "Jane Starling"],
    ],
    [
      "an apposition opening with an office of an organisation",
      '"Our strategy is to be where the consumer is," Strauss Zell, CEO of Take-Three, adds.',
      ["Our strategy is to be where the consumer is,", "Strauss Zell"],
    ],
    [
      "a title of hyphenated occupations",
      "Singer-guitarists Tom Johns and Pat Simms founded the band. “We are excited,” Johns said in a statement.",
      ["We are excited,", "Tom Johns"],
    ],
    [
      "a verb inside a name phrase ends what came before the name",
      "Attorney General Tom Barr put Kathleen Holt Sawyer in charge.\n\nHolt Sawyer testified. “We do not want those people,” she said.",
      ["We do not want those people,", "Kathleen Holt Sawyer"],
    ],
    [
      "a participle after a document",
      "In a reflection of the confusion, the Electoral Board, which regulates finances, issued a statement warning that “voters are entitled to transparency.”",
      ["voters are entitled to transparency.", "Electoral Board"],
    ],
    [
      "continued",
      "“Switching horses midstream is not wise,” Babin continued.",
      ["Switching horses midstream is not wise,", "Babin"],
    ],
    [
      "an epigraph signed with a dash",
      "“Had he written a sequence of five books, he would have been famous.” — Neil Gaimon",
      ["Had he written a sequence of five books, he would have been famous.", "Neil Gaimon"],
    ],
    [
      "with NAME warning",
      'Two states criticised the shift, with Jordanian Foreign Minister Ayman Safa warning of "dangerous consequences".',
      ["dangerous consequences", "Ayman Safa"],
    ],
    [
      "party and state after a senator's name",
      'Sen. Ben Sass, R-Neb., called his death "a crisis of public trust" within the system.',
      ["a crisis of public trust", "Ben Sass"],
    ],
    [
      "a partial without a cue takes the attribution of the quote after it in its sentence",
      "The outages have been “terribly disruptive” and the utility is acting, but “we won’t roll the dice on safety,” company CEO Andy Vess said.",
      ["terribly disruptive", "Andy Vess"],
    ],
    [
      "he skips a name written as an owner",
      "Singer Patrick Simmons led the show; keyboardist Michael McDonald joined late.\n\nFollowing the song, Simmons teed up McDonald’s cameo. “You might remember him,” he said.",
      ["You might remember him,", "Patrick Simmons"],
    ],
    [
      "a one-word titled name is known by that word later",
      "Prince Arthur gave an interview. Arthur said he remembered the night. “Going to the pizza place was unusual for me,” he said. Later Lena Moss, who accused him, spoke to reporters.",
      ["Going to the pizza place was unusual for me,", "Arthur"],
    ],
    [
      "the group is the organisation the article described as a group",
      "The group, Cleaners Coalition, formed this month. Later Harbour Works said it would respond. “We want dignity,” the group said.",
      ["We want dignity,", "Cleaners Coalition"],
    ],
    [
      "a spokesperson for an organisation speaks for it",
      'A spokesperson for the British Foreign Office reiterated that settlements "are illegal under international law".',
      ["are illegal under international law", "British Foreign Office"],
    ],
    [
      "WHO is an organisation, not a relative pronoun",
      'Untreated plague is "always fatal", says WHO.',
      ["always fatal", "WHO"],
    ],
    [
      "a capitalised office with its organisation in the apposition",
      "Steve Menton, Senior Vice President of Sales for Drager, Inc., says: “Alarm management is a challenge.”",
      ["Alarm management is a challenge.", "Steve Menton"],
    ],
    [
      "an active 'called it the' quotes its subject",
      'Aviation analysts called it the "end of an era," as the jumbo was retired.',
      ["end of an era,", "Aviation analysts"],
    ],
    [
      "a participle after 'begins' is the verb",
      "Even the hostile crowd gets repelled and begins yelling “Mercy!” at the stage.",
      ["Mercy!", "hostile crowd"],
    ],
    [
      "he skips a woman whose first name says so when the article does not",
      "Prince Arthur spoke of the night he met Virginia Giles, a victim of the ring.\n\n“Going to the pizza place was unusual for me,” he said.",
      ["Going to the pizza place was unusual for me,", "Arthur"],
    ],
    [
      "any verb right after a quote with a short subject",
      '"Hands! Let me see your hands!" an officer ordered. "Step out."',
      ["Step out.", "officer"],
    ],
    [
      "a name after an article is a thing, not the she who speaks",
      "Reporters spoke to one mother, Ana Ruiz, whose son posed as a Go-Kart Track on the app.\n\n“I am so ahead of other parents,” she said.",
      ["I am so ahead of other parents,", "Ana Ruiz"],
    ],
    [
      "a title before a name is read up to a comma only",
      "Viewers watched the new season on Netflix, the real Prince Arthur gave an interview.\n\nArthur doesn't remember it. “Going there was unusual for me,” he said.",
      ["Going there was unusual for me,", "Arthur"],
    ],
    [
      "a subject after one fronted phrase is a subject for the pronouns after",
      "As it turned out, Mary Stone had spent years on her dream. She was more nervous than Rose Hart ever was.\n\n“It was terrifying,” she said.",
      ["It was terrifying,", "Mary Stone"],
    ],
    [
      "a participle after a full quote belongs to the speaker before it",
      "Prime Minister Scott Morley said in a statement, “We are profoundly relieved” at the release, adding that the families were grateful.",
      ["We are profoundly relieved", "Scott Morley"],
    ],
    [
      "a question ending its quote, then the speaker with a long apposition",
      "“Then what is the incentive for our side?” He Jian, the former vice president of the trade council, said in an interview.",
      ["Then what is the incentive for our side?", "He Jian"],
    ],
    [
      "a subordinate clause after a quote opens a new sentence",
      "“It makes it dense,” she said. “Too hard for people.” When his editors would ask him to explain more, he would respond, “I hate being obvious.”",
      ["Too hard for people.", null],
    ],
    [
      "a description apposed to an organisation's name",
      "The group, Cleaners Coalition, sent a letter this month stating that they “do not want to be defined by the scandals.”",
      ["do not want to be defined by the scandals.", "Cleaners Coalition"],
    ],
    [
      "an acronym defined in brackets stands for the long name",
      "The Telecommunications Regulatory Commission (TRC) wrote to the app in May. The TRC said it will start with written warnings.",
      ["it will start with written warnings", "Telecommunications Regulatory Commission"],
    ],
    [
      "the spokesperson is the organisation whose spokesperson spoke before",
      "A company spokesperson for Meta said its staff would work on sales.\n\n“Requests will be handled by our global teams,” the spokesperson said.",
      ["Requests will be handled by our global teams,", "Meta"],
    ],
    [
      "a demonym before an occupation refers back to the person",
      "Elise Morin had worn yellow since the opening stage. The French rider said she had felt empty from the foot of the climb.",
      ["she had felt empty from the foot of the climb", "Elise Morin"],
    ],
    [
      "a study is a document speaker, whatever journal it appeared in",
      "Blackbirds in lit city centres sing up to 40 minutes earlier, according to a study published on Wednesday in the journal Urban Ecology.",
      ["Blackbirds in lit city centres sing up to 40 minutes earlier", "study"],
    ],
    [
      "an inverted speaker with a long apposition holding a relative clause",
      '"We now have a direct line to the platform," said Rosa Calde, the secretary of digital government at the Presidency of the Council of Ministers, a former engineer who led a delegation to the company\'s regional office last year.',
      ["We now have a direct line to the platform,", "Rosa Calde"],
    ],
    [
      "the company is not a country named near a verb",
      "X takes a different view. The minister said the company now answered Polish requests within days.\n\nIn a statement, the company said it had not disclosed any information.",
      ["it had not disclosed any information", "X"],
    ],
    [
      "a role in the lead named outright paragraphs later, and the she in between",
      "LA PAZ — A prosecutor told the court on Thursday that the messages had been supplied by the company.\n\nThe lead prosecutor read extracts aloud. “These are their own words,” she said.\n\nThe defence objected.\n\nUnder cross-examination, the prosecutor, Carla Mamani, said the request was sent in March.",
      ["These are their own words,", "Carla Mamani"],
    ],
    [
      "the reporter's own 'we' is the outlet, not the company last named",
      "We recently travelled to Google’s offices to try the service. We called it “an incredible feat when it works.”",
      ["an incredible feat when it works.", "we"],
    ],
    [
      "a dateline and dash end the words read as a title",
      "LOS ANGELES (AP) — To LeBron Jay, triple-doubles are not a goal.\n\nThey are a stat. “I really don’t know what to think about it,” Jay said.",
      ["I really don’t know what to think about it,", "LeBron Jay"],
    ],
    [
      "an infinitive after a quote is another sentence's verb",
      "As Gaiman put it, “Had he written a sequence of five books, he would have been famous.” Ford opted instead to write two other novels.",
      ["Had he written a sequence of five books, he would have been famous.", "Gaiman"],
    ],
    [
      "a leading 'even' before the subject",
      "Once the torturers exhaust their repertoire, even the hostile crowd begins yelling “Mercy!”",
      ["Mercy!", "hostile crowd"],
    ],
    [
      "an adjunct between subject and verb holds no subject",
      "Meta, in a statement sent after the hearing, said requests were handled like any other.",
      ["requests were handled like any other", "Meta"],
    ],
    [
      "a name described by a company noun is an organisation, which 'the company' finds",
      "The group that owns her catalogue, Bright Harbour, says she may sing the songs.\n\nBut the company says she never needed its permission. The move angered two US senators.",
      ["she never needed its permission", "Bright Harbour"],
    ],
    [
      "a state named since is no company",
      "Bright Harbour, the label, bought the masters. The row reached US senators.\n\nThe company said it had done nothing wrong.",
      ["it had done nothing wrong", "Bright Harbour"],
    ],
    [
      "a plural possessive keeps an organisation's name, which is no 'he'",
      "Prices at Green Pantry Foods’ stores fell. The change has been steady, said Tom Forte, an analyst. In a few years, he said, the chain would look different.",
      ["the chain would look different", "Tom Forte"],
    ],
    [
      "'the agency' is the body the sentences before were about",
      "Doctors wrote to Harbour Border Control (HBC) in May.\n\nIn August, HBC announced it would stop the vaccinations. At the time, the agency said in a statement that stays were short.",
      ["stays were short", "Harbour Border Control"],
    ],
    [
      "... not a thing named after 'the'",
      "The Orbiter has been part of the plans. While plans changed, the agency has maintained that the Orbiter is essential.",
      ["the Orbiter is essential", "agency"],
    ],
    [
      "... but a state's ministry stays that ministry",
      "Key Council powers kept their distance. Russia's foreign ministry said it viewed the move as a mistake.",
      ["it viewed the move as a mistake", "foreign ministry"],
    ],
    [
      "she is not the man named as an owner since",
      "Janet Holm said rates would rise. Though Kim Lee's inauguration is a month away, she said “some members” had moved.",
      ["some members", "Janet Holm"],
    ],
    [
      "the sheriff is the sheriff named before",
      "Sheriff Kyle Brant closed the road. Protesters stayed. The sheriff said the camp was “unlawful.”",
      ["unlawful.", "Kyle Brant"],
    ],
    [
      "a person after 'a ... company,' is no company, and the one a speech verb follows is the next 'he'",
      '"We wish them well," Phil Larson said.\n\nIt is a setback for a space company, Jim Cantrell, chief of Vega Rockets, told NBC News.\n\n"This one was devastating," he said.',
      ["This one was devastating,", "Jim Cantrell"],
    ],
    [
      "a city is no person for a later 'he'",
      "Richard Lowe studies the cells in his lab. San Francisco has funded the work for years. He describes the results as “exciting.”",
      ["exciting.", "Richard Lowe"],
    ],
    [
      "an imperative opening a sentence is no part of the name after it",
      "Ask Damon Chase, the director of the film, and he will tell you about jazz. “It is a dying art,” Chase says.",
      ["It is a dying art,", "Damon Chase"],
    ],
    [
      "two fronted phrases before a subject: she is that subject",
      "Lena Moor founded the label, and Tom Fisk runs it. He denies any feud.\n\nThen, last week, Ana Vidal posted a letter. She claimed the label had blocked her.",
      ["the label had blocked her", "Ana Vidal"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text)).toContainEqual(expected);
  });
});
