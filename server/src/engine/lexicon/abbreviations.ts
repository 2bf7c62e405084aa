// Abbreviations that end in a full stop without ending the sentence ("Mr. Smith", "Sen. Warren", "U.S. officials").
// Lower case, without the final stop.
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl',
  'adm', 'maj', 'cmdr', 'cdr', 'st', 'mt', 'ft', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'atty', 'gens',
  'no', 'nos', 'vs', 'v', 'approx', 'dept', 'est', 'fig', 'vol', 'ave', 'blvd', 'corp', 'inc', 'ltd', 'co', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'al', 'ca',
  'ald', 'assn', 'cong', 'sec', 'secy', 'treas', 'msgr', 'fr', 'sra', 'sr', 'messrs', 'mme', 'mlle', 'dist', 'univ',
]);
