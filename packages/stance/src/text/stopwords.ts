/** Function words that never carry a claim's key predicate. */
export const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as into onto about over under than then that this these those
  it its it's is are was were be been being am do does did done have has had having will would shall should can could may
  might must i me my we us our you your he him his she her they them their there here who whom whose which what when where
  why how all any some such so very just also too up out off s t says said say according report reports reported new
  after before while against between through during again further once more most other same own only both each few`
    .split(/\s+/)
    .filter(Boolean),
);
