// Capitalised words that are not names: the function words, adverbs, pronouns and connectives that
// open sentences ("Following", "Despite", "However"), and the common nouns and adjectives that open
// title-case names of things ("Black Friday", "Climate Change", "Universal Credit"). Lower case.

/** Words that open sentences and are never the first word of a person's name. */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here it its it’s it\'s he she they we i you his her their our my your him them us me ' +
    'who whom whose what which when where why how whether if unless although though while whilst because since as so ' +
    'and but or nor yet for with without within from into onto upon about above below under over after before during ' +
    'until till between among amongst amid amidst against across along around behind beyond despite except inside ' +
    'outside through throughout toward towards via per like unlike near beside besides by at in on of off out up down to ' +
    'following according regarding including concerning considering given speaking writing asked asking talking ' +
    'responding reacting referring commenting noting adding describing announcing explaining insisting saying ' +
    'however meanwhile moreover furthermore nevertheless nonetheless therefore thus hence instead otherwise indeed ' +
    'still also too even only just already again always never often sometimes usually perhaps maybe certainly ' +
    'clearly obviously finally eventually initially originally previously recently currently now then today tonight ' +
    'yesterday tomorrow earlier later soon once twice first second third last next another other others some any all ' +
    'both each every either neither none no not nothing something everything anything someone somebody everyone ' +
    'everybody anyone nobody many much more most few fewer less least several such same own very really quite rather ' +
    'almost nearly about around roughly just mostly largely partly overall altogether together alone anyway ' +
    'hello yes no please thanks thank sorry well oh ok okay dear welcome goodbye congratulations ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may ' +
    'might must ought let let’s let\'s ' +
    'officials critics supporters analysts experts observers sources residents voters ministers leaders lawmakers ' +
    'police officers troops protesters investors economists scientists researchers doctors patients students teachers ' +
    'workers families children people many some most several few others those ' +
    'why what where whatever whoever wherever whenever however whichever ' +
    'image photo picture video audio credit credits source sources caption file copyright courtesy editor’s note ' +
    'read watch listen follow share subscribe click see related more update updated breaking live exclusive ' +
    'analysis opinion comment editorial feature interview explainer ' +
    'mr mrs ms dr'
  ).split(/\s+/),
);

/**
 * Common nouns and adjectives that open the title-case name of a thing, an event or a body ("Black Lives
 * Matter", "Climate Change", "Universal Credit", "Supreme Court"): a run of capitalised words that starts
 * with one of these is not a person unless an honorific or role says otherwise. Given names that are also
 * common words ("Mark", "Will", "Grace", "Hope", "Bill") are deliberately absent.
 */
export const COMMON_TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'local regional political senior deputy junior chief principal new old great big little small high low grand upper lower greater north south east west northern southern eastern ' +
    'western central united national international royal federal public free open democratic republican social ' +
    'socialist liberal conservative labour progressive green independent popular people’s peoples world global ' +
    'universal general supreme special civil criminal human civic modern ancient holy sacred black white red blue ' +
    'yellow orange purple golden silver dark bright good best better bad worst last final next early late first second ' +
    'third day night year week month time times life lives matter war wars peace freedom liberty justice union act law ' +
    'rights health care service services security defence defense energy power water air fire land sea home ' +
    'office house street road city town country state states climate change artificial intelligence credit tax ' +
    'budget economy market markets trade finance business industry science technology research education school ' +
    'university college hospital church court police army navy military government parliament senate congress ' +
    'council committee commission agency department ministry party movement campaign election elections vote ' +
    'referendum summit conference meeting talks deal agreement treaty plan strategy policy programme program project ' +
    'report review inquiry investigation trial case crisis emergency disaster attack attacks strike strikes operation ' +
    'mission task force coalition alliance league cup championship games olympic olympics premier champions ' +
    'grand prix tour festival awards award prize museum gallery theatre centre center garden square bridge ' +
    'tower hall palace castle station airport port harbour island islands mountain river lake valley coast bay desert ' +
    'forest east-west north-south trans anti pro post pre mid cold hot warm star stars earth space planet ' +
    'internet online digital social media network news press radio television tv film films movie music album ' +
    'book books novel series season episode show game team club fans nation nations empire kingdom republic ' +
    'article articles section chapter clause amendment act acts order orders rule rules code codes ' +
    'super associated common one two three four five six seven eight nine ten hundred thousand million ' +
    'prime minister ministers president presidents secretary chief chairman director head leader leaders official ' +
    'officials spokesperson spokesman spokeswoman envoy ambassador general admiral captain major colonel'
  ).split(/\s+/),
);

/**
 * Given names that are also ordinary words ("Mark", "Will", "Grace"): a sentence-opening capital on one of
 * these may still begin a name, so the check for ordinary words does not drop it.
 */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'mark will bill rose grace hope joy may june april august frank art guy dean rich sue pat jack don ray gene grant ' +
    'chase summer dawn faith glen bob drew cliff rob sandy rusty lane norm sterling mason hunter carter tucker ' +
    'penny holly ivy jasmine daisy lily violet iris pearl ruby amber crystal sky river rocky buck chuck nick ' +
    'jay wade reed miles max victor royal earl duke king prince page story harmony melody felicity honor ' +
    'patience prudence constance charity mercy destiny trinity christian chance irving channing'
  ).split(/\s+/),
);

/** Role nouns that are also given names or surnames ("Baker Mayfield", "Tanner Houck"): not read as a title when they open a sentence. */
export const NAME_LIKE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'baker', 'hunter', 'mason', 'cooper', 'tanner', 'porter', 'parker', 'walker', 'archer', 'fisher', 'sawyer', 'chandler',
  'dean', 'judge', 'bishop', 'king', 'prince', 'duke', 'earl', 'major', 'marshal', 'butler', 'carter', 'taylor', 'miller',
  'farmer', 'gardener', 'painter', 'singer', 'driver', 'player', 'cook', 'shepherd', 'weaver', 'turner', 'chef', 'page',
  'closer', 'starter', 'barber', 'butcher', 'knight', 'sheriff', 'steward', 'guard', 'ward', 'bowler', 'fowler', 'spinner',
]);
