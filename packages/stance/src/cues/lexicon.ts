/**
 * Hand-written cue patterns, matched on normalised text (lower case, "n't" expanded to " not").
 * Each group is evidence for one stance; the learned model weighs them against each other.
 */

/** A refutation that is itself negated affirms: "does not deny", "not a hoax", "no doubt". */
export const DOUBLE_NEGATIVE =
  /\b(?:not|never|nobody|no one) (?:\w+ )?(?:deny|denied|denies|dispute[sd]?|reject(?:s|ed)?|contest(?:s|ed)?|untrue|false|wrong|inaccurate|incorrect|a hoax|a fake|fake)\b|\bno doubt\b/g;

/** Explicit refutation: the statement says the claim is wrong. */
export const REFUTATION =
  /\b(?:not (?:true|accurate|correct|the case|real|genuine|so)|untrue|falsely|false|fake[sd]?|hoax(?:es)?|bogus|baseless|unfounded|groundless|fabricat\w*|made[- ]up|nonsense|myths?|debunk\w*|misleading|inaccurate|incorrect|erroneous|wrong|satir\w*|prank\w*|nope|no evidence|no truth|den(?:y|ies|ied|ying|ial|ials)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut\w*|disput(?:e|es|ed|ing)|contradict\w*|rebuff\w*|retract\w*|setting the record straight|contrary to|scam|nothing to do with|had no role|played no role)\b/g;

/** Softer refutation: doubt or ignorance rather than a flat no. */
export const HEDGED_DENIAL =
  /\b(?:not aware of|no knowledge of|no record of|unlikely|doubt(?:s|ed|ful)?|s[ck]eptic\w*|probably not|almost certainly not|questionable|no indication|no sign of|no plans? to|overstat\w*|exaggerat\w*)\b/g;

/** The claim asks for exclusivity; the statement answers with universality. */
export const EXCLUSIVITY =
  /\b(?:exclusive\w*|special|unique|privileged|preferential|sole|solely|only|direct|dedicated)\b/;
export const UNIVERSALITY =
  /\b(?:the same (?:as|for|in|way|process|procedure|tools?|channels?)|same \w+(?: \w+){0,6} (?:as|for) (?:it is for |it does for |in )?(?:other|all|any|every)|other (?:countries|governments|states|nations|regulators)|all (?:governments|countries|states|nations|users|regulators)|any (?:government|country|other)|every (?:government|country)|like any other|no different|not unique|standard (?:process|procedure|channel|tool|form)s?|available to (?:all|every|any)|open to (?:all|any|every))\b(?!(?: \w+){0,4} (?:do|does|did|have|has|can) not\b)/g;

/** Narrowing or correcting the scope of the claim without a flat denial. */
export const CLARIFICATION =
  /\b(?:to be clear|to clarify|clarif(?:y|ies|ied|ication|ying)|in line with (?:our|its|their|the) (?:global|standard|usual|existing)(?: \w+)?|what (?:we|they|it|the \w+|\w+) (?:agreed|signed|discussed|meant|provided|offered|gave|granted)(?: to| was| is| on)?|only (?:has|have|had|gets?|got|receives?|received) |(?:does|did|do) not mean|this means only|only (?:applies|covers|concerns|relates|refers|means|allows|for|to|in|when|if|through|via)|merely|simply (?:a|an|the|means)|rather than|in other words|more precisely|limited to|taken out of context|misinterpret\w*|misunderstand\w*|misunderstood|misread|not (?:quite|exactly|entirely|strictly)|nuance\w*|the (?:agreement|memorandum|text|statement|arrangement) (?:covers|concerns|relates|refers|only)|no more than|(?:is|are|was) not about|not talking about|we just want|regardless of (?:who|which|where))\b/g;

/** The claimant restating its claim. */
export const REAFFIRMATION =
  /\b(?:we stand by|stands? by|stood by|standing by|insist\w*|reiterat\w*|re-?affirm\w*|maintain(?:s|ed)? (?:that|its|their|the)|repeated(?:ly)?|(?:had|has|have|was|were) been agreed|agreed with (?:the |meta's |facebook's |google's |its |the company's )?(?:regional|local|representative)\w*|remains? (?:valid|in force)|nothing to retract|we are confident|doubled down|double down|once again|again (?:said|stated|confirmed|claimed)|(?:said|stated|confirmed|claimed) again|still (?:maintain|claim|insist|say)s?|no reason to doubt|(?:was|were|had been|has been) (?:agreed|coordinated|approved|cleared)(?: in advance)? with|(?:did|have|had) not (?:invent|fabricate|make up)\w*|nothing to hide|every word)\b/g;

/** A third party confirming the claim. */
export const SUPPORT =
  /\b(?:confirm(?:s|ed|ing)?|corroborat\w*|verif(?:y|ied|ies)|acknowledg\w*|admit(?:s|ted)?|conced\w*|proves?|proven|evidence (?:shows|suggests)|is (?:indeed )?true|it is true|turns out|indeed|officially|backs?|backed|endors\w*|vouch\w*|documents show|in fact|it's real|is real)\b/g;

/** Distance from the claim: modality, rumour, doubt about the source. */
export const HEDGE =
  /\b(?:reportedly|allegedly|alleged|purported\w*|rumou?r\w*|claim(?:s|ed|ing)?|may|might|could|possibl[ey]|perhaps|apparently|appears?|seems?|unconfirmed|unverified|speculat\w*|suggests?|said to|believed to|expected to|plans? to|would)\b/g;

/** Plain attribution ("said", "according to"): who speaks, not how sure they are. */
export const ATTRIBUTION = /\b(?:says|said|told|tells|according to|sources?|reports?|reported|stated|announced)\b/g;

/** A statement that asserts a new fact or agreement (the claim itself). */
export const ASSERTION =
  /\b(?:(?:we|it|they|ministry|government) (?:have|has) (?:been )?(?:granted|given|secured|obtained|received|reached|signed|agreed|gained|achieved|established)|(?:has|have|had) been (?:granted|given|agreed|signed|reached|provided)|(?:will|shall) (?:have|gain|get|receive|be given|be granted|be able to)|granted (?:us |the ministry |kazakhstan )?(?:direct|exclusive|full|special)|(?:gained|secured|obtained|received) (?:direct |exclusive |full |special )?access|joint statement|(?:signed|reached|concluded) (?:an |a )?(?:agreement|memorandum|deal|accord)|agreed to (?:give|grant|provide|open|share|remove|take down)|for the first time|direct and exclusive|exclusive access|(?:we|it) (?:now )?(?:ha[sv]e?) (?:a |an )?(?:direct|exclusive|full|special|emergency|dedicated)|(?:we|i) (?:were|was|have been|had been) (?:given|granted|offered|promised)|now has access|(?:has|have) (?:given|granted|begun|started|agreed|decided|committed|promised)|(?:will|would) (?:now )?(?:be able to|give|allow|remain|take effect|have to)|allows? (?:us|our)|(?:we|the ministry|the government|the court) (?:can|will) now|(?:will|would|shall) (?:not )?(?:now |also )?(?:remain|stay|face|take effect|make it|cover|require|apply|consider|use it)|(?:has|have|had) decided|(?:has|have|had) begun|(?:had|has|have) been (?:blocked|imposed|removed|sent|banned|suspended|restricted|taken down)|(?:must|has to|have to) (?:\w+ )?(?:comply|follow|respect|register|appoint|remove|name|open))\b/g;

export const FIRST_PERSON = /\b(?:we|our|us|i)\b/;

/** "Did not respond to a request for comment": no stance at all, and no negated predicate either. */
export const NO_COMMENT =
  /\b(?:(?:did|has|have) not (?:immediately )?(?:respond|reply|replied|responded|comment|commented)|declined to comment|could not be reached|no immediate comment|not (?:immediately )?available for comment|no comment)\b/g;

/** "False/fake" describing things rather than judging the claim: "false election videos", "fake accounts". */
export const DESCRIPTIVE_FALSE =
  /\b(?:false|fake)(?: and \w+)? (?:information|content|videos?|posts?|accounts?|profiles?|pages?|reviews?|election \w+|material|narratives?|documents?)\b/g;

/** Modal verbs: hedges in a headline, but ordinary grammar in an announcement ("the ban would take effect"). */
export const MODALS = new Set(["may", "might", "could", "would"]);

/**
 * Quotes and reported speech rather than headlines: they open in lower case ("the ministry would…"), end with
 * sentence punctuation, or speak in the first person.
 */
export const QUOTE_LIKE = /^[\s"']*[a-z]|[.,;:]["'\u201d]?\s*$|\b(?:we|our)\b|^[\s"']*(?:We|Our|I)\b/;
