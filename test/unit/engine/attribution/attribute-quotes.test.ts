import assert from 'node:assert/strict';
import { prepareArticle } from '../../../../server/src/engine/text/article-text';
import { findQuotes } from '../../../../server/src/engine/quotes/find-quotes';
import { attributeQuotes, type AttributionOptions } from '../../../../server/src/engine/attribution/attribute-quotes';
import type { PeopleIndex, PersonEntity, PersonMentionSpan } from '../../../../server/src/engine/types';
import { analyze } from '../../../../server/src/engine/analyze';
import { findPeople } from '../../../../server/src/engine/people/find-people';

/**
 * A small people index for the tests: each person is found by the exact spellings given, in the text,
 * so attribution can be tested apart from the people detector.
 */
function peopleIndex(text: string, people: { name: string; forms: string[]; roles?: string[] }[]): PeopleIndex {
  const entities: PersonEntity[] = people.map((p, i) => {
    const mentions: PersonMentionSpan[] = [];
    for (const form of p.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        mentions.push({ start: at, end: at + form.length, text: form, kind: 'full' });
      }
    }
    return { id: `p${i}`, name: p.name, roles: p.roles ?? [], mentions, spellings: [p.name] };
  });
  const index: PeopleIndex = {
    people: entities,
    personAt: (offset) => entities.find((e) => e.mentions.some((m) => m.start <= offset && offset < m.end)),
    resolve: (words) => {
      const w = words.toLowerCase().replace(/^the /, '');
      return entities.find((e, i) => people[i].forms.some((f) => f.toLowerCase().replace(/^the /, '') === w));
    },
    addMention: (person, mention) => void person.mentions.push(mention),
  };
  return index;
}

const noPeople = (text: string) => peopleIndex(text, []);

function attribute(text: string, people?: PeopleIndex, options?: AttributionOptions) {
  const article = prepareArticle(text);
  const { quotes } = findQuotes(article);
  return attributeQuotes(article, quotes, people ?? noPeople(text), options).map((q) => ({
    text: text.slice(q.contentStart, q.contentEnd),
    kind: q.kind,
    speaker: q.speaker,
    mention: q.speakerMention?.text ?? null,
    cue: q.cue?.text ?? null,
    group: q.group,
  }));
}

/** The people index the engine's own people detector makes for the text. */
const analyzePeople = (text: string): PeopleIndex => findPeople(prepareArticle(text));

function only(text: string, people?: PeopleIndex) {
  const all = attribute(text, people);
  assert.equal(all.length, 1, JSON.stringify(all));
  return all[0];
}

describe('engine/attribution/attributeQuotes', () => {
  it('credits the subject of a reporting verb after the quotation, in either order', () => {
    const a = only('“We expect the plant to reopen by spring,” Maria Lopez said on Tuesday.');
    assert.equal(a.speaker, 'Maria Lopez');
    assert.equal(a.mention, 'Maria Lopez');
    assert.equal(a.cue, 'said');
    const b = only('“The figures do not add up,” said Councillor Dan Okafor, who chairs the audit committee.');
    assert.equal(b.speaker, 'Dan Okafor');
    assert.equal(b.cue, 'said');
  });

  it('credits the subject of a reporting verb before the quotation: colon, comma, that-clause, partial quote', () => {
    assert.equal(only('The coach told reporters: “We were second best all afternoon.”').speaker, 'The coach');
    assert.equal(only('The coach told reporters: “We were second best all afternoon.”').cue, 'told reporters');
    assert.equal(only('Judge Helen Marsh said, “The defendant has shown no remorse.”').speaker, 'Helen Marsh');
    assert.equal(only('The governor said that the storm response had been “slow and confused” in the first days.').speaker, 'The governor');
  });

  it('credits "according to" sources on either side', () => {
    assert.equal(only('According to the ministry, “all schools will reopen on Monday.”').speaker, 'the ministry');
    const a = only('“Prices will keep rising through the winter,” according to a report by the central bank.');
    assert.equal(a.speaker, 'a report by the central bank');
    assert.equal(a.cue, 'according to');
  });

  it('keeps an anonymous source as its description, determiner included', () => {
    assert.equal(only('“Nobody in the cabinet saw this coming,” a senior Treasury official said.').speaker, 'a senior Treasury official');
    assert.equal(only('“The deal is off,” a spokesperson for the union said late on Friday.').speaker, 'a spokesperson for the union');
  });

  it('resolves a pronoun to a person who just reported something, not to a capitalised topic word', () => {
    const text = [
      'Mayor Ruth Castle said the budget was sound.',
      'The owner’s son, Dev Amin, said the shop would reopen. “We owe it to the street,” he said.',
      'Housing, he told the council, “is the one thing this city cannot postpone”.',
    ].join('\n');
    const people = peopleIndex(text, [{ name: 'Ruth Castle', forms: ['Ruth Castle'] }, { name: 'Dev Amin', forms: ['Dev Amin'] }]);
    const [owe, housing] = attribute(text, people);
    assert.equal(owe.speaker, 'Dev Amin');
    assert.equal(housing.speaker, 'Dev Amin');
  });

  it('lets "it" stand for a name the people index does not know as a person (an organisation)', () => {
    const text = '“The offer is too low,” Corvex Holdings said in a statement. “The proposal undervalues our future,” it said.';
    assert.deepEqual(attribute(text).map((q) => q.speaker), ['Corvex Holdings', 'Corvex Holdings']);
  });

  it('takes a bare role opening a headline clause as the speaker ("… as council leader admits ‘…’")', () => {
    const a = only('Charge scrapped as council leader admits ‘we got it wrong’');
    assert.equal(a.speaker, 'council leader');
    assert.equal(a.kind, 'speech');
    assert.equal(only('Health minister hails “breakthrough” in waiting lists').speaker, 'Health minister');
    // Mid-clause, a bare singular noun is no subject: the subject is the report (a document source), not the council leader.
    assert.equal(only('The report on the council leader praised “a breakthrough” in waiting lists.').speaker, 'The report');
  });

  it('keeps whom an anonymous source speaks for, a capitalised first word of the organisation included', () => {
    const a = only('A spokesperson for First West Yorkshire said the company was “ready to run the services from the first night”.');
    assert.equal(a.speaker, 'A spokesperson for First West Yorkshire');
    assert.equal(a.cue, 'said');
    assert.equal(only('An official at the ministry said the plan was “dead in the water, whatever they claim”.').speaker, 'An official at the ministry');
  });

  it('does not credit a quotation paragraph to an organisation that is the subject of the narrative above', () => {
    const text = 'Leeds City Council has approved a six-month trial of late-night bus services.\n\n“Nobody has explained where the money will come from.”\n';
    const [q] = attribute(text);
    assert.equal(q.speaker, null);
  });

  it('never credits another person in the sentence: the hearer of "told", a person inside a that-clause', () => {
    assert.equal(only('“You have my word,” the club’s chairman Ali Haddad told Mr Patel.').speaker, 'Ali Haddad');
    const a = only('Envoy Tom Hale revealed on Sunday that the president had agreed to offer the region “full autonomy” within a year.');
    assert.equal(a.speaker, 'Tom Hale');
    assert.equal(a.cue, 'revealed');
  });

  it('never takes a name inside a quotation for its speaker', () => {
    assert.equal(only('“Smith said it would work and Jones agreed with him,” the chairman told reporters.').speaker, 'the chairman');
  });

  it('reads appositives, ages, brackets and relative clauses between the subject and the verb', () => {
    assert.equal(only('Priya Nair, 52, a nurse at the city hospital for two decades, said “the ward has never been this full.”').speaker, 'Priya Nair');
    assert.equal(only('Sen. Ruth Adler (D-Ore.) said the bill was “dead on arrival.”').speaker, 'Ruth Adler');
    const a = only('Coach Dan Reyes, who called the referee “blind” after the match, was fined on Monday.');
    assert.equal(a.speaker, 'Dan Reyes');
    assert.equal(a.mention, 'Dan Reyes, who');
  });

  it('credits both parts of a split quotation to one speaker, as one group', () => {
    const [a, b] = attribute('“The data are clear,” Professor Lena Berg said, “and they are alarming.”');
    assert.equal(a.speaker, 'Lena Berg');
    assert.equal(b.speaker, 'Lena Berg');
    assert.ok(a.group !== undefined && a.group === b.group);
  });

  it('credits a later quotation of the paragraph to the paragraph’s speaker', () => {
    const [, b] = attribute('“We trained hard all week,” said the captain, Jo Reed. “Today it showed.”');
    assert.equal(b.speaker, 'Jo Reed');
  });

  it('resolves a pronoun to the person it refers to, and adds it to that person’s mentions', () => {
    const text = 'Dr Amara Osei led the study at the university.\n“The results surprised us,” she said.';
    const people = peopleIndex(text, [{ name: 'Amara Osei', forms: ['Dr Amara Osei'] }]);
    const a = only(text, people);
    assert.equal(a.speaker, 'Amara Osei');
    assert.equal(a.mention, 'she');
    assert.ok(people.people[0].mentions.some((m) => m.text === 'she' && m.kind === 'pronoun'));
  });

  it('resolves "he" to the previous speaker rather than to the person he spoke to', () => {
    const text = '“We need the bridge,” Mayor Carl Dunn told Governor Ray Akers.\n“And we need it this year,” he said.';
    const people = peopleIndex(text, [{ name: 'Carl Dunn', forms: ['Mayor Carl Dunn'] }, { name: 'Ray Akers', forms: ['Governor Ray Akers'] }]);
    const [, b] = attribute(text, people);
    assert.equal(b.speaker, 'Carl Dunn');
  });

  it('does not take the gender of a speaker from a possessive in her description ("His attorney, Naomi …")', () => {
    const text = 'His attorney, Naomi Castellanos, said he was “relieved.” “He has always said the police went too far,” she said.';
    const people = peopleIndex(text, [{ name: 'Naomi Castellanos', forms: ['Naomi Castellanos'] }]);
    const [, b] = attribute(text, people);
    assert.equal(b.speaker, 'Naomi Castellanos');
  });

  it('resolves a pronoun to a titled subject that reported something, past a relative clause or an apposition', () => {
    const text =
      '“It is a bad rule,” Chief Justice Paul Hendricks wrote.\n' +
      'Justice Isaiah Coleman-Ruiz, who joined the majority, wrote separately. Police, he wrote, had treated the cloud “like a lost-and-found box.”\n' +
      'Co-author Dr. Luis Ortega, a neuroscientist at the University of Texas, said the results were clear.\n“Districts keep asking for more,” he said.';
    const people = peopleIndex(text, [
      { name: 'Paul Hendricks', forms: ['Paul Hendricks'] },
      { name: 'Isaiah Coleman-Ruiz', forms: ['Isaiah Coleman-Ruiz'] },
      { name: 'Luis Ortega', forms: ['Luis Ortega'] },
    ]);
    const [, b, c] = attribute(text, people);
    assert.equal(b.speaker, 'Isaiah Coleman-Ruiz');
    assert.equal(c.speaker, 'Luis Ortega');
  });

  it('resolves a role to the person the people index knows by it', () => {
    const text = 'Prime Minister Ann Cole flew to Brussels.\n“We have a deal,” the Prime Minister told journalists.';
    const people = peopleIndex(text, [{ name: 'Ann Cole', forms: ['Prime Minister Ann Cole', 'the Prime Minister'] }]);
    const a = only(text, people);
    assert.equal(a.speaker, 'Ann Cole');
    assert.equal(a.mention, 'the Prime Minister');
  });

  it('credits a quotation paragraph after a colon paragraph to that paragraph’s speaker', () => {
    const text = 'The chief executive, Hannah Price, set out the plan in a letter to staff:\n“We will close two sites and invest in the rest.”';
    assert.equal(only(text).speaker, 'Hannah Price');
  });

  it('keeps the speaker of a quotation that a paragraph continues, but flags a floating one after a closed quote', () => {
    const continued = attribute('“The first thing we did was call the insurers,” the shop owner, Ken Ito, said. “Then the police.\n“They came within minutes.”');
    assert.deepEqual(continued.map((q) => q.speaker), ['Ken Ito', 'Ken Ito', 'Ken Ito']);
    const floating = ['“The first thing we did was call the insurers,” the shop owner, Ken Ito, said.', '“They came within minutes and were very kind.”'].join('\n');
    assert.deepEqual(attribute(floating).map((q) => q.speaker), ['Ken Ito', null]);
    assert.deepEqual(attribute(floating, undefined, { floatingQuotes: 'previous-speaker' }).map((q) => q.speaker), ['Ken Ito', 'Ken Ito']);
  });

  it('credits a quotation paragraph after narrative that reports someone', () => {
    const text = 'The head teacher, Sara Blum, praised the pupils for their patience during the building work.\n“They never once complained about the noise.”';
    assert.equal(only(text).speaker, 'Sara Blum');
    // A fact's source ("according to …") is not the voice of the quotation below.
    const cited = 'Home sales have fallen for four months, according to the National Association of Realtors.\n“Rates don’t need to fall a lot.”';
    assert.equal(only(cited).speaker, null);
  });

  it('credits a quotation paragraph after narrative about a named person to that person', () => {
    const text = 'Mayor Lina Okoro is confident the tram line will open on time, despite the cold winter.\n“We have never missed a deadline and we will not start now.”';
    assert.equal(only(text, peopleIndex(text, [{ name: 'Lina Okoro', forms: ['Lina Okoro'] }])).speaker, 'Lina Okoro');
  });

  it('takes a participle’s speaker from its main clause', () => {
    assert.equal(only('The minister defended the cuts, saying: “There is no money left.”').speaker, 'The minister');
    const a = only('Describing the offer as “fair but late,” union leader Gwen Hart urged members to accept it.');
    assert.equal(a.speaker, 'Gwen Hart');
    assert.equal(a.cue, 'Describing');
  });

  it('credits the agent of a passive reporting verb, never its subject', () => {
    assert.equal(only('The candidate was asked by moderator Jim Boyd, “Will you serve a full term?”').speaker, 'Jim Boyd');
  });

  it('finds an attribution at the end of the sentence, after a comma', () => {
    assert.equal(only('The “new normal” for interest rates is here to stay, the economist Sara Kim said.').speaker, 'Sara Kim');
  });

  it('marks a short quotation that nobody says as a scare quote; an attributed short one stays speech', () => {
    const scare = only('Residents doubt the council’s “cast iron” guarantee that the pool will stay open.');
    assert.equal(scare.kind, 'scare');
    assert.equal(scare.speaker, null);
    const speech = only('The Prime Minister praised what he called “real progress” in the talks.');
    assert.equal(speech.kind, 'speech');
    assert.equal(speech.mention, 'he');
  });

  it('leaves a full sentence nobody is credited with as unattributed speech', () => {
    const a = only('“Bodies everywhere.”');
    assert.equal(a.kind, 'speech');
    assert.equal(a.speaker, null);
  });

  it('reads a capitalised verb as a cue only in a title-case headline', () => {
    assert.equal(only('Mayor Says City Will “Fight On” After Flood').speaker, 'Mayor');
    assert.equal(only('Officials in the United States wrote that the flood was a “once in a century” event.').speaker, 'Officials');
  });

  it('credits the writer for a first-person "I said": the byline\'s author when the article names one', () => {
    assert.equal(only('“I was seventeen when I arrived,” I said.').speaker, 'the writer');
    const text = 'By Callum Whitlow\n“Do you read your reviews?” I ask.';
    const people = peopleIndex(text, [{ name: 'Callum Whitlow', forms: ['Callum Whitlow'] }]);
    people.author = people.people[0];
    assert.equal(only(text, people).speaker, 'Callum Whitlow');
  });

  it('credits a part of a group of people ("One of the sources said"), and shows only the hearer of "told"', () => {
    const a = only('One of the sources said a revised proposal could come “within weeks”.');
    assert.deepEqual([a.speaker, a.kind], ['One of the sources', 'speech']);
    const b = only('Two of the officials told reporters the plan was “dead”.');
    assert.deepEqual([b.speaker, b.cue], ['Two of the officials', 'told reporters']);
    assert.equal(only('“We will act,” he told her the day after.').cue, 'told her');
  });

  it('lets the speaker go on after a lead-in with a colon and no one named ("Then, more seriously: “…”")', () => {
    const text = 'Is it about her own mother? She laughs. “Only the parts that are true.”\nThen, more seriously: “My mother died in 2021.”';
    assert.deepEqual(attribute(text).map((q) => q.speaker), ['She', 'She']);
    // A lead-in that names someone, or reports, is not a continuation.
    assert.deepEqual(attribute('She laughs. “Only the parts that are true.”\nHer brother Tom: “Not at all.”').map((q) => q.speaker), ['She', null]);
  });

  it('credits a headline\'s opening quotation to the name after its colon', () => {
    const text = '‘I wrote it to find out who she was’: Harriet Quayle on her mother and the Fens\nHarriet Quayle has a rule about interviews.';
    const people = peopleIndex(text, [{ name: 'Harriet Quayle', forms: ['Harriet Quayle'] }]);
    assert.equal(only(text, people).speaker, 'Harriet Quayle');
    // Not a description, and not a quotation that does not open the line.
    assert.equal(only('‘We will fight on’: the union’s members vote to strike').speaker, null);
  });

  it('takes a capitalised person noun for a description, not a name ("Critics have long called her …")', () => {
    const text =
      'Harriet Quayle grew up near March. “It has a river in it,” she says.\nCritics have long called her “the Queen of the Fens”.\n“Only the good ones,” she replies.';
    const people = peopleIndex(text, [{ name: 'Harriet Quayle', forms: ['Harriet Quayle'] }]);
    const all = attribute(text, people);
    assert.equal(all[all.length - 1].speaker, 'Harriet Quayle');
  });

  it('does not resolve "he" or "she" to a plural person noun ("Coaches", "witnesses")', () => {
    for (const [text, pronoun] of [
      ['Coaches said: “We are ready.” “It will be hard,” he added.', 'he'],
      ['Witnesses told the BBC: “We saw it all.” “It was terrifying,” she added.', 'she'],
    ]) {
      const all = attribute(text);
      assert.equal(all.length, 2, text);
      assert.equal(all[1].speaker, pronoun, text);
    }
  });

  it('reads a reporting clause that ends in a colon as introducing the next quotation, not as the last one’s attribution', () => {
    // After a full stop, "He added:" opens the next quotation; the first keeps the attribution before it.
    const all = attribute('Maria Lopez said: “The plant will reopen.” Her deputy added: “Not before spring.”');
    assert.deepEqual(
      all.map((q) => [q.speaker, q.cue]),
      [
        ['Maria Lopez', 'said'],
        ['Her deputy', 'added'],
      ],
    );
    // Its own short sentence after a full stop still credits the quotation before it ("“We won.” he said.").
    assert.equal(only('“We won the match.” he said.').speaker, 'he');
    // A comma-ended quotation split by the clause keeps it on both sides.
    const split = attribute('“We won,” the coach said: “It was a great day.”');
    assert.deepEqual(
      split.map((q) => q.speaker),
      ['the coach', 'the coach'],
    );
  });

  it('finds the attribution before a full stop whose space was left out ("Trump said.Trump claimed")', () => {
    const a = attribute('“The Chinese have complete control,” Maria Lopez said.Lopez claimed she learned this in Beijing.')[0];
    assert.equal(a.speaker, 'Maria Lopez');
    assert.equal(a.cue, 'said');
  });

  it('credits a report as a document source, as a statement or a letter', () => {
    const a = only('“The demographic changes add to the urgency of the task,” the report stated.');
    assert.equal(a.speaker, 'the report');
    assert.equal(a.cue, 'stated');
    // The verb "report" stays a cue: "Reuters reported …".
    assert.equal(only('Reuters reported that the talks had been “constructive and frank”.').speaker, 'Reuters');
    // With modifiers between the article and the document ("the congressional report", "a handwritten note").
    for (const [text, speaker] of [
      ['“The computer had been hacked,” the congressional report said.', 'the congressional report'],
      ['“We are sorry,” the handwritten note said.', 'the handwritten note'],
      ['An early tweet quoted the president as saying “we need to do something”.', 'An early tweet'],
    ]) assert.equal(only(text).speaker, speaker, text);
    // A plural between leaves "report" a verb.
    assert.equal(only('The officials report that the talks were “constructive”.').speaker, 'The officials');
  });

  it('knows the reporting verbs charged, vented, riffed, retweeted and "as X put it"', () => {
    for (const [text, speaker, cue] of [
      ['“You have called women fat pigs,” Megan Reilly charged in the debate.', 'Megan Reilly', 'charged'],
      ['“I am sick of the delays,” Carla Fenn vented.', 'Carla Fenn', 'vented'],
      ['“Let me help you out: the answer is no,” the nominee riffed.', 'the nominee', 'riffed'],
      ['Ray Blunt retweeted it with a comment: “Fund it now.”', 'Ray Blunt', 'retweeted'],
      ['As Dana Milbank put it, “Senate Republicans are unmoved.”', 'Dana Milbank', 'put it'],
      ['As the senator puts it, “We are not moving.”', 'the senator', 'puts it'],
    ]) {
      const a = only(text);
      assert.equal(a.speaker, speaker, text);
      assert.equal(a.cue, cue, text);
    }
    // "charged with" a crime reports no speech: the lawyer's words stay the lawyer's.
    const charged = attribute('Tom Hale was charged with fraud on Monday. “We will appeal,” his lawyer said.');
    assert.equal(charged[0].speaker, 'his lawyer');
  });

  it('credits a titled name after an office with "of" ("Speaker of the House Rep. Paul Ryan said")', () => {
    const people = (text: string, name: string) => peopleIndex(text, [{ name, forms: [name] }]);
    for (const [text, name] of [
      ['Speaker of the House Rep. Paul Ryan (R-WI) said “anti-Semitic images have no place.”', 'Paul Ryan'],
      ['Chairman of the Joint Chiefs Gen. Mark Milley said “we are ready.”', 'Mark Milley'],
      ['Secretary of State John F. Kerry said in a statement that the vote was “far from perfect.”', 'John F. Kerry'],
    ]) {
      const [a] = attribute(text, people(text, name));
      assert.equal(a.speaker, name, text);
      assert.equal(a.mention, name, text);
    }
    // Without a title before the name the words after "of" are an organisation, not the speaker (the whole
    // engine: the people detector's reading of the apposition names him).
    const ceo = 'Anthony Anton, president and CEO of Washington Restaurant Association stated, “It’s a math problem.”';
    assert.equal(analyze(ceo).quotes[0].speaker, 'Anthony Anton');
  });

  it('credits the speaker after a sentence-opening reporting verb ("Said Dorothy Poynter, who …, “…”")', () => {
    for (const [text, speaker, cue] of [
      ['Added the mayor: “We were all so proud of him.”', 'the mayor', 'Added'],
      ['Said one neighbour, who grew up on the street, “We were all so proud of him.”', 'one neighbour', 'Said'],
    ]) {
      const a = only(text);
      assert.equal(a.speaker, speaker, text);
      assert.equal(a.cue, cue, text);
    }
    // The whole engine: the people detector does not take the verb into the name either.
    const poynter = analyze('The museum opened on Monday. Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”');
    assert.equal(poynter.quotes[0].speaker, 'Dorothy Poynter');
    assert.deepEqual(poynter.people.map((p) => p.name), ['Dorothy Poynter']);
    // Not a participle phrase ("Asked …, she said") nor a base form.
    assert.equal(only('Asked about the vote, Jane Reyes said: “We will win.”').speaker, 'Jane Reyes');
  });

  it('reads "… and said" after a phrase ending in a prepositional phrase as a second verb of the same subject', () => {
    for (const [text, speaker] of [
      ['Sam Wilson praised Rubio’s positions on defense and said the Florida senator can “bring positive change”.', 'Sam Wilson'],
      ['Ben Carson took the stage on Tuesday at the Grand Hotel and called the political system “rotten to the core.”', 'Ben Carson'],
    ]) assert.equal(only(text).speaker, speaker, text);
    // A short phrase between subject and verb is still skipped.
    assert.equal(only('Tom Ruiz on Tuesday said the plan was “dead”.').speaker, 'Tom Ruiz');
    // A count of time opening the sentence is an introductory phrase, not its subject.
    assert.equal(only('Eight years ago, he backed Obama over Clinton and said, “She has never done anything for us.”').speaker, 'he');
    assert.equal(only('Two officials, speaking on condition of anonymity, said the talks had “stalled”.').speaker, 'Two officials');
  });

  it('does not credit a quotation to a naming verb after it that has an object of its own', () => {
    const refers = attribute('Chris Hale refers to the candidate as “Mr. Trump,” while Trump refers to the governor as “Chris.”');
    assert.equal(refers[0].speaker, 'Chris Hale');
    assert.equal(only('He also said the campaign is “pleased” that Pagliano, who invoked his Fifth Amendment rights, will help.').speaker, 'He');
    // Through a pronoun, or a short object closing the sentence, it names the quotation's words.
    assert.equal(only('“Disgraceful,” he called it.').speaker, 'he');
    assert.equal(only('“A disgrace,” she called the plan.').speaker, 'she');
  });

  it('takes a name before the verb over a description before its comma, which ends the clause before', () => {
    const fallin = 'After a sniper killed five police officers, Governor Mary Fallin (R-OK) said Trump is “trying to campaign as a healer.”';
    assert.equal(only(fallin).speaker, 'Mary Fallin');
    // An appositive description after the name still gives the name.
    assert.equal(only('Tom Ruiz, the party’s chair, said the plan was “dead”.').speaker, 'Tom Ruiz');
    assert.equal(only('The official, Jane Smith, said the plan was “dead”.').speaker, 'Jane Smith');
  });

  it('credits a titled name after a body named with "of", "on" or "for" ("Bank of England Governor Andrew Bailey said")', () => {
    for (const [text, name] of [
      ['The Council on American-Islamic Relations National Executive Director Nihad Awad says “this is wrong.”', 'Nihad Awad'],
      ['Center for American Progress President Neera Tanden said “we will fight.”', 'Neera Tanden'],
      ['Bank of England Governor Andrew Bailey said “rates will fall.”', 'Andrew Bailey'],
      ['University of Chicago professor John Smith said “the data is clear.”', 'John Smith'],
    ]) {
      const [a] = attribute(text, peopleIndex(text, [{ name, forms: [name] }]));
      assert.equal(a.speaker, name, text);
      assert.equal(a.mention, name, text);
    }
    // Not across a preposition whose head is not a body ("Critics of …"), nor without a title or role.
    const critics = 'Critics of President Donald Trump said “he is wrong.”';
    assert.equal(attribute(critics, peopleIndex(critics, [{ name: 'Donald Trump', forms: ['Donald Trump'] }]))[0].speaker, 'Critics');
    const members = 'Members of the Bank of England board said “rates will fall.”';
    assert.equal(attribute(members, peopleIndex(members, []))[0].speaker, 'Members');
    // In a description the body's name is a modifier: the description is the source, or names the one after it.
    assert.equal(only('The Bank of England governor said “rates will fall.”').speaker, 'The Bank of England governor');
    assert.equal(only('A University of Chicago professor said “the data is clear.”').speaker, 'A University of Chicago professor');
    const ifs = 'The Institute for Fiscal Studies director, Paul Johnson, said “taxes will rise.”';
    assert.equal(attribute(ifs, peopleIndex(ifs, [{ name: 'Paul Johnson', forms: ['Paul Johnson'] }]))[0].speaker, 'Paul Johnson');
  });

  it('takes a quantity standing for people as the source ("Some chanted", "One said"), not after a determiner noun', () => {
    assert.equal(only('Supporters celebrated. Some chanted “USA! USA!”').speaker, 'Some');
    assert.equal(only('Two officials spoke. One said “this is wrong.”').speaker, 'One');
    assert.equal(only('Protesters gathered, and many chanted “USA!”').speaker, 'many');
    assert.equal(only('Several said they wanted funding in “block grants” to states.').speaker, 'Several');
    assert.equal(only('Banners flew overhead. “America is great!” read one.').speaker, 'one');
    assert.equal(only('“Better watch out,” tweeted another.').speaker, 'another');
    assert.equal(only('“This is wrong,” said one official.').speaker, 'one official');
    assert.equal(only('Some say “this is wrong.”').speaker, 'Some');
    assert.equal(only('One argues “this is wrong.”').speaker, 'One');
    // A word that does not agree with the quantity is a noun, and the quantity is not the source: "some
    // reports", "one statement".
    assert.notEqual(only('Some reports said “this is wrong.”').speaker, 'Some');
    assert.notEqual(only('One statement read “this is wrong.”').speaker, 'One');
  });

  it('reads a verb form right after an article as a modifier of the source ("an emailed statement said", "a welcome message reads")', () => {
    assert.equal(only('An emailed statement said “we are sorry.”').speaker, 'An emailed statement');
    assert.equal(only('A written statement said “we are sorry.”').speaker, 'A written statement');
    assert.equal(only('“Hi Americans!” a welcome message on the website reads.').speaker, 'a welcome message');
  });

  it('reads titles before the head of a body as an office, not a name ("The State Department said", "a State Department spokesman")', () => {
    assert.equal(only('The State Department said in a statement that it “looks forward to a fair vote.”').speaker, 'The State Department');
    assert.equal(only('The Home Office said “we will act.”').speaker, 'The Home Office');
    assert.equal(only('A State Department spokesman said “we will act.”').speaker, 'A State Department spokesman');
    // A name after the office is still the speaker.
    const kirby = 'State Department spokesman John Kirby said “we will act.”';
    assert.equal(attribute(kirby, peopleIndex(kirby, [{ name: 'John Kirby', forms: ['John Kirby'] }]))[0].speaker, 'John Kirby');
  });

  it('reads a number with thousands commas as one word ("told 2,267 people")', () => {
    const a = only('Bernie Sanders told 2,267 people: “Our job is to transform the party.”');
    assert.equal(a.speaker, 'Bernie Sanders');
    assert.equal(a.cue, 'told 2,267 people');
  });

  it('shows the hearer of "told" without the place or time after it ("told reporters | in Kyiv")', () => {
    assert.equal(only('Bernie Sanders told reporters in the hall: “Our job is to transform the party.”').cue, 'told reporters');
    assert.equal(only('She told a press conference in Kyiv: “We will not give up.”').cue, 'told a press conference');
    assert.equal(only('“We will not give up,” she told CBS News on Sunday.').cue, 'told CBS News');
    assert.equal(only('He told the BBC: “We will not give up.”').cue, 'told the BBC');
  });

  it('stays linear on a long run of quotations', () => {
    const para = '“We will win,” she said. “We always do,” he added, “and we will again.” ';
    const text = Array.from({ length: 400 }, () => para.repeat(5)).join('\n');
    const t0 = performance.now();
    const all = attribute(text);
    const ms = performance.now() - t0;
    assert.equal(all.length, 400 * 15);
    assert.ok(ms < 3000, `took ${ms} ms`);
  });

  it('takes a pronoun before a short aside as the subject ("and he, too, said", "She, however, said")', () => {
    const text = (s: string) => `Mike Pence met Hillary Clinton, ${s} said the plan was “a disaster.”`;
    assert.equal(attribute(text('and he, too,'), analyzePeople(text('and he, too,')))[0].speaker, 'Mike Pence');
    const next = 'Hillary Clinton met Mike Pence. She, however, said the plan was “a disaster.”';
    assert.equal(attribute(next, analyzePeople(next))[0].speaker, 'Hillary Clinton');
    const aside = 'Mike Pence met Hillary Clinton. He, for his part, said the plan was “a disaster.”';
    assert.equal(attribute(aside, analyzePeople(aside))[0].speaker, 'Mike Pence');
    // A name before an aside is still found along the chain of commas.
    assert.equal(only('Hillary Clinton, however, said the plan was “a disaster.”').speaker, 'Hillary Clinton');
  });

  it('resolves "he" and "she" by the given name when the text gives no other sign of gender', () => {
    // Each time the person named last is the subject of its sentence, and of the other gender.
    const he = 'Bernie Sanders spoke in Vermont.\n\nHillary Clinton won in Texas.\n\n“We will win,” he said.';
    assert.equal(attribute(he, analyzePeople(he))[0].speaker, 'Bernie Sanders');
    const she = 'Jane Sanders spoke at the rally.\n\nBernie Sanders thanked the crowd.\n\n“He wants to keep this movement going,” she said.';
    assert.equal(attribute(she, analyzePeople(she))[0].speaker, 'Jane Sanders');
    // A name common to both genders says nothing: the subject named last is taken.
    const either = 'Bernie Sanders spoke in Vermont.\n\nJordan Ellis won in Texas.\n\n“We will win,” he said.';
    assert.equal(attribute(either, analyzePeople(either))[0].speaker, 'Jordan Ellis');
  });
});
