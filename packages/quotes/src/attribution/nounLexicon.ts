// Closed word lists used to read speaker noun phrases.

/** Role head words: "Information Minister Aida Balaeva", "Meta spokesperson Ben McConaghy". */
export const roleWords = new Set(
  "administrator minister ministers spokesperson spokesman spokeswoman spokespeople president vice-president premier chancellor justice judge commissioner secretary executive director manager coach analyst researcher lawyer attorney professor founder co-founder cofounder deputy chairman chairwoman chair head official officer ambassador senator governor mayor ceo cfo cto cio coo cmo ciso cso cpo vp svp evp counsel adviser advisor economist expert activist blogger journalist editor reporter student resident owner chief leader lawmaker legislator deputy mp member envoy diplomat prosecutor regulator engineer volunteer critic author consultant strategist fellow scientist scholar campaigner representative president-elect king queen prince sheikh general colonel captain inspector agent negotiator emir sultan sheriff congressman congresswoman superintendent coroner detective treasurer supervisor councilmember assemblymember assemblyman assemblywoman".split(
    " ",
  ),
);

/** Head words of organisations: "Ministry of ...", "Karnataka High Court", "Digital Rights Centre". */
export const orgWords = new Set(
  "international ministry ministries authority authorities commission committee court office council agency bank coalition institute university foundation centre center parliament duma mazhilis senate assembly inspectorate service services department bureau government administration regulator union association federation network forum clinic group company corporation corp inc ltd llc platforms platform party police army kremlin cabinet secretariat trust fund board alliance organisation organization society tribunal embassy watchdog presidency navy airways foods holdings motors airlines energy capital partners technologies systems labs media pharma telecom oil gas steel mining plc ag sa nv entertainment networks communications solutions industries electronics studios games software retail logistics insurance ferries railways shipping ventures enterprises directorate records productions pictures films".split(
    " ",
  ),
);

/** Nouns that describe a named organisation ("the record label Big Machine", "the startup Stadia Labs"). */
export const companyNouns = new Set(
  "company companies firm label group startup start-up platform network publisher studio developer maker manufacturer retailer chain brand carrier operator provider broadcaster outlet newspaper magazine website app service charity nonprofit non-profit organisation organization club team band conglomerate giant lender insurer airline automaker carmaker".split(
    " ",
  ),
);

/** Documents that can be sources: "the joint statement said". */
export const documentWords = new Set(
  "study survey audit protocol instructions statement report letter ruling decision decree document filing submission post memo memorandum order verdict judgment judgement notice circular press release resolution communique communiqué bill law regulation findings transcript".split(
    " ",
  ),
);

export const pronouns = new Set(["he", "she", "they", "it", "we", "i"]);

/** Plural groups spoken of without a name: "officials said", "a source close to ...". */
export const groupWords = new Set(
  "officials sources source critics analysts experts activists residents witnesses users lawyers diplomats observers people authors deputies lawmakers organisers organizers researchers campaigners protesters regulators prosecutors investigators students teachers parents farmers drivers creators bloggers journalists traders workers doctors nurses villagers islanders fans voters citizens families employees moderators shopkeepers merchants shoppers viewers readers subscribers parishioners commuters".split(
    " ",
  ),
);

export const determiners = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]);

/**
 * Titles written before a person's name and not part of it: honorifics, military and police ranks
 * (also abbreviated), civil and religious offices, professions ("Lt Gen", "Councillor", "Lawyer").
 * Compared lowercase without a final dot.
 */
export const titleWords = new Set(
  "mr mrs ms miss mx dr lord baroness baron supervisor councilmember assemblymember assemblyman assemblywoman doctor prof professor sir dame rev reverend imam rabbi pastor bishop archbishop cardinal sheikh sheik hon honourable honorable gen general lt lieut lieutenant col colonel maj capt captain cpt sgt sergeant cpl corporal pte adm admiral brig brigadier cmdr commander cdr marshal commodore insp inspector supt superintendent det detective constable chief sen senator rep representative congressman congresswoman gov governor mayor councillor councilor councilman councilwoman alderman alderwoman president premier minister judge justice ambassador deputy speaker chancellor secretary commissioner prosecutor magistrate lawyer attorney advocate barrister solicitor counsel engineer journalist reporter activist economist analyst researcher architect nurse surgeon teacher historian sociologist novelist poet singer rapper actor actress filmmaker photographer influencer entrepreneur businessman businesswoman banker farmer trader pilot mp mep mla coach chairman chairwoman chairperson trainer skipper adv".split(
    " ",
  ),
);

/** Words that are titles only before another title ("Vice Admiral", "Air Marshal", "Major General"). */
export const titleModifiers = new Set(
  "vice rear field air wing squadron flight major chief private deputy police army naval patrol fire".split(" "),
);

/**
 * Portfolio words of offices ("Minister for Information, Communications and the Digital Economy"):
 * when a comma list splits the office, its end can stand before the name ("Digital Economy Eliud
 * Owalo"). Compared lowercase.
 */
export const portfolioWords = new Set(
  "economy economic digital information communications communication technology technologies innovation affairs development trade industry industries security defence defense interior health education finance culture transport transportation energy media foreign home social labour labor environment agriculture telecommunications telecoms broadcasting public works science research planning tourism youth sport sports women family welfare housing infrastructure investment commerce treasury internal external relations mines mining resources petroleum cyber cybersecurity ict it prosecution prosecutions".split(
    " ",
  ),
);

/** Nouns for one unnamed person ("a former official", "one woman"), who a later "he" or "she" may mean. */
export const personNouns = new Set([
  ...[...roleWords].filter((w) => !w.endsWith("s") || w.endsWith("ss")),
  ..."woman man resident source official witness voter passenger mother father student teacher worker farmer driver nurse doctor engineer employee moderator activist lawyer journalist reporter insider officer detective".split(
    " ",
  ),
]);

/** Occupations that "the actor", "the striker" use to refer back to someone already named. */
export const occupationNouns = new Set(
  "actor actress singer rapper musician artist writer novelist poet filmmaker director producer comedian presenter host star player striker goalkeeper defenseman defender forward athlete rookie veteran skipper scientist astronomer physicist biologist economist billionaire entrepreneur guitarist drummer bassist vocalist keyboardist pianist songwriter dancer choreographer designer chef photographer retiree rider cyclist runner sprinter climber swimmer skier boxer golfer midfielder winger champion boss gaffer tycoon mogul magnate legend frontman frontwoman".split(
    " ",
  ),
);
