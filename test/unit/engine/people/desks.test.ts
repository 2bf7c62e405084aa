import assert from 'node:assert/strict';
import { mentions, names, people, person } from './helpers';

// Sentences written for these tests in the styles of other desks and conventions: who is a person,
// and what role the text gives them.
const roles = (text: string) => Object.fromEntries(people(text).people.map((p) => [p.name, p.roles]));

describe('findPeople across desks', () => {
  it('local politics, American: council titles and a spokesperson', () => {
    const text =
      'Council President Nikki Fortunato Bas said the council needed more time. Councilmember Carroll Fife called the delay a gift to landlords.\n' +
      'Mayor Barbara Lee did not attend. Her spokesperson, Jean Walsh, said the mayor supported a balanced approach. Alderwoman Jeanette Taylor of Chicago sent a letter.';
    assert.deepEqual(roles(text), {
      'Nikki Fortunato Bas': ['Council President'],
      'Carroll Fife': ['Councilmember'],
      'Barbara Lee': ['Mayor'],
      'Jean Walsh': ['spokesperson'],
      'Jeanette Taylor': ['Alderwoman'],
    });
    assert.deepEqual(mentions(person(people(text), 'Barbara Lee')), ['Barbara Lee:full', 'the mayor:role']);
  });

  it('local politics, British: council leader, Cllr, group leader in apposition, a byline with a role', () => {
    const text =
      'By Eleanor Pryce-Jones, Local Democracy Reporter\n' +
      'Council leader James Lewis was heckled. Cllr Lewis said the cuts were painful. The Liberal Democrat group leader, Stewart Golton, disagreed.';
    assert.deepEqual(roles(text), {
      'Eleanor Pryce-Jones': ['Local Democracy Reporter'],
      'James Lewis': ['Council leader', 'Councillor'],
      'Stewart Golton': ['Liberal Democrat group leader'],
    });
  });

  it('business, British: roles of a bank and its brokers, firms named like people', () => {
    const text =
      'Paul Thwaite, the bank’s chief executive, said the results showed momentum. The group finance director, Katie Murray, told analysts margins would ease.\n' +
      'Analysts at Shore Capital called it a clean beat. Peel Hunt analyst John Cronin raised his target. Shares in Hargreaves Lansdown fell, and Larkin Brothers, the department-store chain, rose.\n' +
      'Barclays chief executive C.S. Venkatakrishnan reports on Thursday.';
    assert.deepEqual(roles(text), {
      'Paul Thwaite': ['bank’s chief executive'],
      'Katie Murray': ['group finance director'],
      'John Cronin': ['Peel Hunt analyst'],
      'C.S. Venkatakrishnan': ['Barclays chief executive'],
    });
  });

  it('courts, American: judge, prosecutor, defence lawyer; a courthouse named after a person is not one', () => {
    const text =
      'U.S. District Judge Amit Mehta set sentencing for Sept. 12. "The defendant lied," Assistant U.S. Attorney Laura Chen told jurors.\n' +
      'Whitcombe’s lawyer, Robert Mancuso, said his client would appeal. Mancuso spoke outside the E. Barrett Prettyman courthouse.';
    assert.deepEqual(roles(text), {
      'Amit Mehta': ['U.S. District Judge'],
      'Laura Chen': ['Assistant U.S. Attorney'],
      'Robert Mancuso': ['Whitcombe’s lawyer'],
    });
  });

  it('courts, British: counsel by what they do, police ranks, the coroner', () => {
    const text =
      'Prosecuting, Nadia Okonjo-Reid said the defendant had forged signatures. Rhodri Evans, defending, said his client was ashamed.\n' +
      'Det Sgt Paul Hughes of West Midlands Police gave evidence. Senior coroner Louise Hunt recorded a conclusion of road traffic collision. The coroner said she would write to ministers.';
    const idx = people(text);
    assert.deepEqual(person(idx, 'Nadia Okonjo-Reid').roles, ['Prosecuting']);
    assert.deepEqual(person(idx, 'Rhodri Evans').roles, ['defending']);
    assert.deepEqual(person(idx, 'Paul Hughes').roles, ['Detective Sergeant']);
    assert.deepEqual(mentions(person(idx, 'Louise Hunt')), ['Louise Hunt:full', 'The coroner:role']);
  });

  it('sport, American: positions as titles, a surname that is a title word', () => {
    const text =
      'Aaron Judge hit a two-run homer. Right-hander Gerrit Cole allowed three runs. Reliever Clay Holmes earned the win.\n' +
      '"We never quit," Yankees manager Aaron Boone said. Red Sox shortstop Trevor Story made two errors; rookie catcher Ben Rice doubled.';
    assert.deepEqual(roles(text), {
      'Aaron Judge': [],
      'Gerrit Cole': ['Right-hander'],
      'Clay Holmes': ['Reliever'],
      'Aaron Boone': ['Yankees manager'],
      'Trevor Story': ['Red Sox shortstop'],
      'Ben Rice': ['rookie catcher'],
    });
  });

  it('science: a director-general in apposition, a body’s title before a name, professors', () => {
    const text =
      '"It is too early to claim a discovery," said Fabiola Gianotti, the director-general of CERN.\n' +
      'The World Health Organization’s Director-General Tedros Adhanom Ghebreyesus praised the work. Dr Amara Nwosu, a particle physicist at Imperial College London, was cautious, as was Prof. Jon Butterworth.';
    assert.deepEqual(roles(text), {
      'Fabiola Gianotti': ['director-general of CERN'],
      'Tedros Adhanom Ghebreyesus': ['World Health Organization’s Director-General'],
      'Amara Nwosu': ['particle physicist at Imperial College London'],
      'Jon Butterworth': ['Professor'],
    });
  });

  it('foreign affairs: party labels before names, a complement before the comma, accents and their absence', () => {
    const text =
      'Opposition leader Maria Corina Machado claimed victory. The head of the electoral council, Elvis Amoroso, declared the result.\n' +
      'Nevada Democrat Lucy Flores and Texas Republican Ted Cruz were quoted. Edmundo González, the opposition candidate, said the tallies proved otherwise. Gonzalez thanked voters.';
    const idx = people(text);
    assert.deepEqual(idx.people.map((p) => p.name), ['Maria Corina Machado', 'Elvis Amoroso', 'Lucy Flores', 'Ted Cruz', 'Edmundo González']);
    assert.deepEqual(person(idx, 'Elvis Amoroso').roles, ['head of the electoral council']);
    assert.deepEqual(person(idx, 'Edmundo González').spellings, ['González', 'Gonzalez']);
  });

  it('a regulator: possessive offices, post-nominal letters; the regulator itself is not a person', () => {
    const text =
      'The communications regulator Ofcom fined the firm. Ofcom’s director of enforcement, Suzanne Cater, said customers had been let down.\n' +
      'Dame Melanie Dawes, the regulator’s chief executive, said fines would rise. Sarah Olney MP, the Liberal Democrat spokesperson, agreed. The regulator said no more.';
    const idx = people(text);
    assert.deepEqual(idx.people.map((p) => [p.name, p.roles]), [
      ['Suzanne Cater', ['Ofcom’s director of enforcement']],
      ['Melanie Dawes', ['regulator’s chief executive']],
      ['Sarah Olney', ['MP', 'Liberal Democrat spokesperson']],
    ]);
    assert.deepEqual(mentions(person(idx, 'Melanie Dawes')), ['Melanie Dawes:full'], 'the regulator is its owner, not her role');
  });

  it('culture: a conductor and a painter before the name, a patron in apposition, a quoted work', () => {
    const text =
      'Prince Albrecht von Hessenburg, the patron of the Whitby Music Trust, paid tribute. The conductor Edwin Marsh-Tolley gave the first performance of her Cello Concerto.\n' +
      'She married the painter Tom Ashcombe in 1962. Her report, "Healthy Schools, Healthy Minds," is due in December.';
    assert.deepEqual(roles(text), {
      'Albrecht von Hessenburg': ['Prince', 'patron of the Whitby Music Trust'],
      'Edwin Marsh-Tolley': ['conductor'],
      'Tom Ashcombe': ['painter'],
    });
  });

  it('a given name spelt two ways, and capitals inside a surname', () => {
    const text = 'Mohammed bin Salman met reporters. Later, Mohammad bin Salman left.\nRon DeSantis spoke. Ron Desantis left.';
    const idx = people(text);
    assert.deepEqual(person(idx, 'Mohammed bin Salman').spellings, ['Mohammed', 'Mohammad']);
    assert.deepEqual(mentions(person(idx, 'Mohammed bin Salman')), ['Mohammed bin Salman:full', 'Mohammad:variant']);
    assert.deepEqual(person(idx, 'Ron DeSantis').spellings, ['DeSantis', 'Desantis']);
  });

  it('no people in a page of places, bodies and things', () => {
    const text =
      'The Golden State Warriors beat the Boston Celtics at Chase Center. Citizens Advice and the Financial Conduct Authority warned savers.\n' +
      'The Standard Model survived. Fans gathered in Trafalgar Square and at Yankee Stadium for the World Series.';
    assert.deepEqual(names(text), []);
  });
});
