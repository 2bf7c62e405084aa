// The small words inside names: surname particles ("von der Leyen", "bin Salman", "de Gaulle",
// "da Silva"), prefixes joined by a hyphen ("al-Assad"), and generational suffixes ("Jr", "III").

/** Lower-case particles that belong to the surname that follows them. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'dei', 'di', 'da', 'das', 'dos', 'do', 'du', 'des', 'le', 'la',
  'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'abu', 'ter', 'ten', 'zu', 'y', "d'", 'af', 'av', 'st', 'mac',
]);

/**
 * Particles written capitalised that belong to the surname ("Marine Le Pen", "Le Pen said", "Von der Leyen
 * said"). "Al" and "Ben" are left out: they are given names too (Al Gore, Ben Wallace).
 */
export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'le', 'la', 'bin', 'ter', 'ten', 'dos', 'das',
]);

/** Prefixes joined to a capitalised surname by a hyphen, written in lower case: "al-Assad", "bin-Laden". */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'ash', 'an', 'bin', 'ben', 'ibn', 'abu', 'abd', 'ul', 'ud']);

/** Generational and post-nominal suffixes that end a name without being its surname. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);
