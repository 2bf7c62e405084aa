// Verbs that report speech or writing in news English, with every inflection a reporter uses.
// Two classes, because they attach to a quotation differently:
// - "framing" verbs introduce what someone said ("said", "told", "wrote", "insisted", "tweeted"):
//   the quotation is their content, before or after them, or inside the clause they govern;
// - "naming" verbs characterise something in the speaker's words ("called it “a disaster”",
//   "described the plan as “reckless”", "praised the “real progress”"): they attribute a short quote
//   that follows them in the same clause.
// An entry is a base form; irregular forms follow after "|" as 3sg|past|participle|ing, "" = regular.
// A trailing "*" doubles the final consonant in the past and -ing forms (admit → admitted).

const FRAMING = [
  'say|says|said|said|saying',
  'tell|tells|told|told|telling',
  'write|writes|wrote|written|writing',
  'add', 'claim', 'reveal', 'state', 'argue', 'insist', 'note', 'explain', 'announce', 'warn',
  'suggest', 'report', 'declare', 'assert', 'acknowledge', 'admit*', 'contend', 'maintain',
  'predict', 'promise', 'vow', 'tweet', 'post', 'reply', 'respond', 'answer', 'ask', 'continue',
  'conclude', 'emphasise', 'emphasize', 'stress', 'confirm', 'deny', 'recall', 'remark', 'observe',
  'complain', 'boast', 'joke', 'quip*', 'concede', 'allege', 'mention', 'comment', 'testify',
  'plead', 'protest', 'retort', 'reiterate', 'repeat', 'whisper', 'shout', 'yell', 'scream',
  'exclaim', 'chant', 'muse', 'wonder', 'speculate', 'caution', 'counter', 'lament', 'demand',
  'pledge', 'proclaim', 'brag*', 'gush', 'thunder', 'fume', 'snap*', 'scoff', 'sigh', 'recount',
  'assure', 'inform', 'advise', 'remind', 'email', 'text', 'message', 'murmur', 'mutter', 'grumble',
  'elaborate', 'clarify', 'opine', 'interject', 'interrupt', 'summarize', 'summarise', 'surmise',
  'posit*', 'propose', 'recommend', 'urge', 'implore', 'beg*', 'plead', 'threaten', 'signal',
  'indicate', 'disclose', 'divulge', 'confide', 'confess', 'attest', 'certify', 'affirm', 'aver*',
  'hint', 'imply', 'estimate', 'forecast|forecasts|forecast|forecast|forecasting',
  'broadcast|broadcasts|broadcast|broadcast|broadcasting', 'publish', 'blog*', 'preach', 'pray',
  'sing|sings|sang|sung|singing', 'cry', 'conclude',
  'write back', 'point out', 'go on|goes on|went on|gone on|going on', 'shoot back|shoots back|shot back|shot back|shooting back',
  'fire back', 'hit back|hits back|hit back|hit back|hitting back', 'chime in', 'weigh in', 'sum* up', 'spell out',
  'read|reads|read|read|reading', 'quote', 'cite', 'speak|speaks|spoke|spoken|speaking',
  'stipulate', 'specify', 'instruct', 'rail', 'fret*',
  'gripe', 'huff', 'marvel*', 'rave', 'rant', 'roar', 'bark', 'growl', 'grouse', 'bemoan',
  'acknowledge', 'guarantee', 'swear|swears|swore|sworn|swearing', 'volunteer', 'wager',
  'bet|bets|bet|bet|betting', 'insinuate', 'theorize', 'theorise',
  'write in', 'phrase', 'describe', 'relay', 'pass on', 'echo', 'beam', 'laugh', 'chuckle', 'smile', 'grin',
  'cheer', 'gasp', 'groan', 'sob', 'bellow', 'holler', 'blurt', 'blurt out', 'stammer', 'intone', 'drawl', 'enthuse',
  'rage', 'seethe', 'concur*', 'vouch', 'inquire', 'enquire', 'query', 'wail', 'howl', 'hiss', 'croon', 'chirp',
  'pronounce', 'decree', 'exult', 'crow', 'trill', 'sniff', 'snort', 'jest', 'tease', 'ponder',
  'recollect', 'reminisce', 'lecture', 'scold', 'sneer', 'rebut*', 'refute', 'press', 'prod*', 'probe',
  'challenge', 'interrogate', 'quiz*', 'grill', 'demand',
  'charge', 'vent', 'retweet', 'riff', 'put it|puts|put|put|putting',
];

const NAMING = [
  'find|finds|found|found|finding', 'call', 'dub*', 'label', 'term', 'brand', 'describe', 'characterise', 'characterize', 'praise',
  'hail', 'welcome', 'criticise', 'criticize', 'slam*', 'blast', 'accuse', 'mock', 'thank', 'dismiss',
  'decry', 'denounce', 'condemn', 'refer* to', 'deride', 'ridicule', 'lambast', 'lambaste', 'tout',
  'champion', 'applaud', 'commend', 'laud', 'attack', 'castigate', 'chide', 'scold', 'rebuke',
  'blame', 'nickname', 'trumpet', 'herald', 'tease', 'taunt', 'pan*', 'savage', 'fault',
  'vow', 'pledge', 'promise', 'urge', 'cite', 'invoke', 'warn of', 'speak* of|speaks of|spoke of|spoken of|speaking of',
  'talk of', 'talk about', 'complain about', 'warn against', 'rail against', 'insist on', 'call for',
  'push for', 'press for', 'describe as', 'refer to as', 'dismiss as',
];

export type VerbClass = 'framing' | 'naming';

export interface ReportingForm {
  /** The words of the form, lower case ("said", "pointed out"). */
  words: string[];
  cls: VerbClass;
  /** The -ing form: a participle clause ("…, adding: “…”") takes the main clause's subject. */
  participle: boolean;
  /** The base form, for a hover ("say"). */
  lemma: string;
}

function regularForms(base: string, double: boolean): [string, string, string, string] {
  const last = base[base.length - 1];
  const stem = double ? base + last : base;
  const s = /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const ed = base.endsWith('e') ? base + 'd' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ied' : stem + 'ed';
  const ing = base.endsWith('ee') ? base + 'ing' : base.endsWith('ie') ? base.slice(0, -2) + 'ying' : base.endsWith('e') ? base.slice(0, -1) + 'ing' : stem + 'ing';
  return [s, ed, ed, ing];
}

function expand(entry: string, cls: VerbClass, into: ReportingForm[]): void {
  const [head, ...irregular] = entry.split('|');
  const words = head.split(' ');
  const double = words[0].endsWith('*');
  const verb = words[0].replace('*', '');
  const particle = words.slice(1).map((w) => w.replace('*', ''));
  const lemma = [verb, ...particle].join(' ');
  const forms = irregular.length === 4
    ? irregular.map((f) => f.split(' ')[0])
    : regularForms(verb, double);
  const all = new Set([verb, ...forms]);
  for (const f of all) {
    into.push({ words: [f, ...particle], cls, participle: f.endsWith('ing') && f !== verb, lemma });
  }
}

function build(): Map<string, ReportingForm[]> {
  const forms: ReportingForm[] = [];
  for (const e of FRAMING) expand(e, 'framing', forms);
  for (const e of NAMING) expand(e, 'naming', forms);
  // Longest forms first, so "pointed out" wins over a bare "pointed" were both listed.
  forms.sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, ReportingForm[]>();
  for (const f of forms) {
    const list = byFirst.get(f.words[0]) ?? [];
    // One entry per word sequence: the framing reading wins when a verb is in both classes.
    const same = list.find((x) => x.words.join(' ') === f.words.join(' '));
    if (same) {
      if (f.cls === 'framing') same.cls = 'framing';
      continue;
    }
    list.push(f);
    byFirst.set(f.words[0], list);
  }
  return byFirst;
}

/**
 * Forms that are also common nouns ("a new phrase", "the attacks", "his home state", "a tweet"): they
 * count as verbs only with a name or a pronoun right before them, never after a determiner.
 */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'report', 'reports', 'note', 'notes', 'state', 'states', 'attack', 'attacks', 'comment', 'comments',
  'tweet', 'tweets', 'post', 'posts', 'answer', 'answers', 'reply', 'replies', 'quote', 'quotes', 'promise', 'promises',
  'pledge', 'pledges', 'vow', 'vows', 'call', 'calls', 'demand', 'demands', 'question', 'questions', 'phrase', 'phrases',
  'label', 'labels', 'term', 'terms', 'brand', 'brands', 'joke', 'jokes', 'text', 'texts', 'message', 'messages',
  'email', 'emails', 'blog', 'blogs', 'hint', 'hints', 'estimate', 'estimates', 'forecast', 'forecasts', 'protest',
  'protests', 'counter', 'repeat', 'praise', 'welcome', 'cry', 'cries', 'chant', 'chants', 'shout', 'shouts', 'sigh',
  'remark', 'remarks', 'warning', 'order', 'orders', 'reason', 'record', 'signal', 'signals', 'comment', 'release',
  'statement', 'mention', 'mentions', 'cite', 'cites', 'complaint', 'request',
  'plea', 'pleas', 'boast', 'boasts', 'rant', 'rants', 'rave', 'raves', 'roar', 'roars', 'bark', 'barks', 'thunder',
  'fume', 'fumes', 'snap', 'snaps', 'gripe', 'gripes', 'scoff', 'scoffs', 'laugh', 'retort', 'retorts', 'response',
  'broadcast', 'broadcasts', 'testimony', 'guarantee', 'guarantees', 'bet', 'bets', 'wager', 'wagers', 'murmur',
  'whisper', 'whispers', 'sermon', 'pray', 'rule', 'rules', 'find', 'finds', 'praise', 'thanks', 'tout', 'blast',
  'blasts', 'slam', 'slams', 'mock', 'accuse', 'fault', 'faults', 'champion', 'question', 'herald', 'savage', 'pan',
  'dismiss', 'blame', 'nickname', 'nicknames', 'address', 'offer', 'talk', 'talks',
]);

/** Every reporting form, looked up by its first word (lower case). */
export const REPORTING_FORMS: ReadonlyMap<string, readonly ReportingForm[]> = build();

/**
 * A word that can open a sentence as its reporting verb, the speaker after it: an inflected framing form
 * ("Said Dorothy Poynter, …", "Added the mayor: …", "Continued Stone: …"), not a base form ("Say …"), a
 * participle ("Speaking …") or a naming verb.
 */
export function opensInvertedReport(lower: string): boolean {
  const forms = REPORTING_FORMS.get(lower);
  return !!forms && forms.some((f) => f.cls === 'framing' && f.words.length === 1 && !f.participle && f.words[0] !== f.lemma);
}

/** Words that may stand between a subject and its reporting verb ("he also said", "she has long argued"). */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'might', 'may', 'must',
  'shall', 'should', 'did', 'does', 'do', 'once', 'previously', 'recently', 'repeatedly', 'often', 'long',
  'again', 'even', 'further', 'simply', 'actually', 'just', 'reportedly', 'allegedly', 'publicly',
  'privately', 'famously', 'already', 'since', 'never', 'not', 'always', 'still', 'now', 'first',
  'earlier', 'subsequently', 'soon', 'finally', 'ultimately', 'initially', 'separately', 'likewise',
  'similarly', 'yet', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'reported', 'quoted', 'as',
  "'s", '’s', "'d", '’d', "'ll", '’ll', 'go', 'goes', 'went', 'to', 'on', 'continued', 'continues',
  'herself', 'himself', 'themselves', 'personally', 'directly', 'tersely',
]);
