// Given names that tell a person's gender in English-language news, for resolving "he" and "she" when the
// text gives no honorific or gendered role. Only names borne overwhelmingly by one gender. Left out:
// names common to both ("Kelly", "Jordan", "Chris", "Leslie", "Robin", "Dana", "Jamie", "Pat", "Sasha"),
// names whose gender differs by language ("Andrea", "Jean", "Marine", "Nicola") and names that are often
// surnames ("Clinton", "Lee", "Kim"). So a name that is here is a strong signal, and one that is not says
// nothing.
import type { Gender } from './pronouns';

const FEMALE = `
abigail ada adele adriana agnes aileen alexandra alice alicia alison allison amanda amber amelia amy ana
angela angelina angelique anita ann anna anne annette antonia april arlene audrey barbara beatrice becky
belinda bernadette beth bethany betsy betty beverly bianca bonnie brenda bridget brittany camila candace
carla carly carmen carol caroline carolyn catherine cathy cecilia celeste charlene charlotte cheryl chloe
christina christine cindy claire clara claudia colleen condoleezza connie constance courtney crystal
cynthia daisy danielle daphne darlene dawn debbie deborah debra delia denise diana diane dianne dolores
donna doris dorothy edith eileen elaine eleanor elena elisabeth elise eliza elizabeth ella ellen eloise
elsa emily emma erica erika esther eva evelyn fatima felicity fiona florence frances francesca gabriela
gabrielle georgia geraldine gillian gina giselle gladys gloria grace greta gretchen gwen hannah harriet
hazel heather heidi helen helena henrietta hilary hillary holly huma ida ilhan ingrid irene iris isabel
isabella isabelle ivanka jacqueline jane janet janice jasmine jeanne jeannette jennifer jenny jessica jill
jillian joan joanna joanne jocelyn josephine joy joyce judith judy julia julie juliet justine kamala karen
karin kate katharine katherine kathleen kathryn kathy katie katrina kayla kellyanne kimberly kirsten
kristen kristin laura lauren leah lillian linda lisa liz lois loretta lorraine louise lucia lucy lydia
madeleine madison maggie marcia margaret margarita maria marianne marie marilyn marion marjorie marsha
martha mary maureen maxine megan megyn melania melanie melinda melissa meredith michelle mildred miriam
molly monica nancy naomi natalia natalie natasha nicole nikki nina nora norma olivia pamela paula pauline
peggy penelope penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta rosa rosalind rose
rosemary ruth sabrina sally samantha sandra sarah sharon sheila shelley sheryl shirley silvia sofia sonia
sophia sophie stacey stella stephanie susan susanne suzanne sylvia tamara tammy tanya teresa theresa
tiffany tina ursula valerie vanessa vera veronica victoria violet virginia vivian wanda wendy whitney
yolanda yvonne zoe
`;

const MALE = `
aaron abraham adam adrian ahmed alan albert alejandro alexander alfred ali allen alvin andrew andy angus
anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad
bradley brandon brett brian bruce bryan byron calvin carl carlos cecil chad charles charlie chuck clarence
claude clifford colin craig curtis dan daniel danny darren dave david dean dennis derek dick dmitry don
donald doug douglas duncan dwight earl eddie edgar eduardo edward edwin elijah elliot emmanuel eric ernest
eugene evan felix fernando francis francisco frank franklin fred frederick gareth gary gavin gene geoffrey
george gerald gilbert glenn gordon graham greg gregory gustavo harold harry harvey hector henry herbert
howard hugh hugo ian igor isaac ivan jack jacob jake james jared jason jay jeb jeff jeffrey jeremy jerome
jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin
karl keir keith ken kenneth kevin kurt larry lawrence leon leonard leroy lewis lloyd louis luis luke
malcolm marco marcus mario mark martin matt matthew maurice max michael miguel mike mitch mitchell
mohammed muhammad nathan neil nicholas nick nigel noah norman oliver omar oscar patrick paul pedro peter
phil philip phillip ralph randall randy raul ray raymond reginald reince ricardo richard rick rob robert
roberto rodney roger roland ron ronald ross roy rudy russell ryan salvador samuel scott sean sergei seth
shane simon stanley stephen steve steven stuart ted theodore thomas tim timothy todd tom tommy tony travis
trevor tyler vernon victor vince vincent vladimir walter warren wayne wesley william willie xavier zachary
`;

const GIVEN_NAMES: ReadonlyMap<string, Gender> = new Map([
  ...FEMALE.split(/\s+/).filter(Boolean).map((n): [string, Gender] => [n, 'female']),
  ...MALE.split(/\s+/).filter(Boolean).map((n): [string, Gender] => [n, 'male']),
]);

/** The gender a given name tells ("Hillary" female, "Bernie" male), or 'unknown'. */
export function genderOfGivenName(name: string): Gender {
  return GIVEN_NAMES.get(name.toLowerCase()) ?? 'unknown';
}
