import assert from 'node:assert/strict';
import { mentions, names, people, person } from './helpers';

describe('findPeople: names', () => {
  it('merges every form of a name under the fullest one, in order of first mention', () => {
    const text =
      'UK Prime Minister Keir Starmer met Volodymyr Zelensky in Kyiv.\n' +
      'Sir Keir said the talks were useful. Starmer later flew home, and Keir was back in London by Friday.';
    const idx = people(text);
    assert.deepEqual(idx.people.map((p) => [p.id, p.name]), [
      ['p1', 'Keir Starmer'],
      ['p2', 'Volodymyr Zelensky'],
    ]);
    assert.deepEqual(mentions(person(idx, 'Keir Starmer')), ['Keir Starmer:full', 'Sir Keir:honorific', 'Starmer:surname', 'Keir:given']);
  });

  it('reads British and American honorifics, with and without the full stop', () => {
    const text =
      'Dr. Anthony Fauci told senators the virus was spreading. Mr. Fauci said more tests were needed.\n' +
      'Jane Smith, a nurse in Leeds, agreed. Mrs Smith said the wards were full.';
    const idx = people(text);
    assert.deepEqual(mentions(person(idx, 'Anthony Fauci')), ['Anthony Fauci:full', 'Mr. Fauci:honorific']);
    assert.deepEqual(mentions(person(idx, 'Jane Smith')), ['Jane Smith:full', 'Mrs Smith:honorific']);
  });

  it('names a person known only by an honorific and surname with both', () => {
    const idx = people('“We will appeal,” Ms Ashdown said outside the court. Ashdown did not take questions.');
    assert.deepEqual(idx.people.map((p) => p.name), ['Ms Ashdown']);
    assert.deepEqual(mentions(idx.people[0]), ['Ms Ashdown:honorific', 'Ashdown:surname']);
  });

  it('keeps royal and religious titles with the name they go with', () => {
    const idx = people('Prince William visited Cardiff on Tuesday. The prince met Pope Francis later in the year.');
    assert.deepEqual(idx.people.map((p) => [p.name, p.roles]), [
      ['Prince William', ['Prince']],
      ['Pope Francis', ['Pope']],
    ]);
    assert.deepEqual(mentions(person(idx, 'Prince William')), ['Prince William:honorific', 'The prince:role']);
  });

  it('handles particles, hyphens, apostrophes, initials and letters beyond ASCII', () => {
    const text =
      'Ursula von der Leyen met Mohammed bin Salman and Marine Le Pen. Von der Leyen spoke first; Le Pen left early.\n' +
      'Bashar al-Assad was not invited, and Assad said so. Charles de Gaulle, Emma Pryce-Jones, Siobhan O’Sullivan and Marco D’Angelo were quoted.\n' +
      'George W. Bush, J.K. Rowling and JD Vance were in the audience with Łukasz Nowak and Jürgen Müller-Brandt.';
    const idx = people(text);
    assert.deepEqual(idx.people.map((p) => p.name), [
      'Ursula von der Leyen', 'Mohammed bin Salman', 'Marine Le Pen', 'Bashar al-Assad', 'Charles de Gaulle',
      'Emma Pryce-Jones', 'Siobhan O’Sullivan', 'Marco D’Angelo', 'George W. Bush', 'J.K. Rowling', 'JD Vance',
      'Łukasz Nowak', 'Jürgen Müller-Brandt',
    ]);
    assert.deepEqual(mentions(person(idx, 'Ursula von der Leyen')), ['Ursula von der Leyen:full', 'Von der Leyen:surname']);
    assert.deepEqual(mentions(person(idx, 'Marine Le Pen')), ['Marine Le Pen:full', 'Le Pen:surname']);
    assert.deepEqual(mentions(person(idx, 'Bashar al-Assad')), ['Bashar al-Assad:full', 'Assad:surname']);
  });

  it('strips the possessive from a name', () => {
    const idx = people("Donald Trump’s envoy arrived on Monday. Trump’s aides said little, and Trump's critics less.");
    assert.deepEqual(mentions(person(idx, 'Donald Trump')), ['Donald Trump:full', 'Trump:surname', 'Trump:surname']);
  });

  it('counts an image credit and a byline as people, a byline glued to a digit too', () => {
    const text =
      'Ministers met in Brussels on Monday.\nImage: the summit hall (Daniel Torok), public domain.\nBy Jane Doe2';
    assert.deepEqual(names(text), ['Daniel Torok', 'Jane Doe']);
    assert.deepEqual(names('The vote passed.\nBy Vafa Guliyeva'), ['Vafa Guliyeva']);
  });

  it('reads the line under the headline as a byline without "By": a name, or a name and a job title', () => {
    const under = (line: string) => people(`Mortgage rates slide to 14-month low\n${line}\nPublished Fri, Nov 6 2026\nRates fell on Friday, officials said.`);
    assert.equal(under('Jared Lindholm').author?.name, 'Jared Lindholm');
    const durkan = under('Niamh Durkan, Political Correspondent');
    assert.equal(durkan.author?.name, 'Niamh Durkan');
    assert.deepEqual(person(durkan, 'Niamh Durkan').roles, ['Political Correspondent']);
    // Not a title-case line of another kind, and not further down.
    assert.deepEqual(under('Breaking News').people.map((p) => p.name), []);
    assert.deepEqual(names('Rates slide\nThe figures\nJared Lindholm\nRates fell.'), []);
  });

  it('knows the author when a byline names one person, and none when it names two', () => {
    assert.equal(people('Rates fall again\nBy Jared Lindholm\nRates fell on Monday, officials said.').author?.name, 'Jared Lindholm');
    assert.equal(people('Rates fall again\nBy Jared Lindholm and Ana Ruiz\nRates fell on Monday.').author, undefined);
    assert.equal(people('Keir Starmer said rates would fall.').author, undefined);
  });

  it('counts the names of a wire story\'s credits, however long, and only theirs', () => {
    const text = 'Copper miner agrees takeover\nShares rose 4% on Monday.\n(Reporting by Aditi Raman in London and Tom Hewitt in Sydney; Editing by Conor Blythe)';
    assert.deepEqual(names(text), ['Aditi Raman', 'Tom Hewitt', 'Conor Blythe']);
    // A headline is still a headline: its names count only when the text names them too.
    assert.deepEqual(names('Reporting By Numbers Shows Drop\nThe figures fell.'), []);
  });

  it('reads a nationality before a name as a description, not part of the name', () => {
    assert.deepEqual(names('He beat the Frenchman Hugo Lemarchand 6-4, 6-4 on Friday.'), ['Hugo Lemarchand']);
    assert.deepEqual(names('The Spaniard Carlos Alcaraz and the Briton Jack Draper advanced.'), ['Carlos Alcaraz', 'Jack Draper']);
    // Given names that are also demonyms stay names.
    assert.deepEqual(names('Finn Russell kicked the winning penalty.'), ['Finn Russell']);
  });

  it('takes a plural title before two names as the title of both, in the singular, not part of a name', () => {
    const idx = people('Hendricks wrote the opinion, joined by Justices Maureen Szymanski and Dale Fairbrother.');
    assert.deepEqual(idx.people.map((p) => p.name), ['Maureen Szymanski', 'Dale Fairbrother']);
    assert.deepEqual(person(idx, 'Maureen Szymanski').roles, ['Justice']);
    assert.deepEqual(person(idx, 'Dale Fairbrother').roles, ['Justice']);
    const sens = people('Sens. Elizabeth Warren and Bernie Sanders wrote to the bank, and Bob Casey replied.');
    assert.deepEqual(person(sens, 'Bernie Sanders').roles, ['Senator']);
    assert.deepEqual(person(sens, 'Bob Casey').roles, []);
  });

  it('tells two people with one surname apart, a bare surname going to the one named last', () => {
    const text = 'Ed Miliband and David Miliband are brothers. Miliband said he was proud of his brother.';
    const idx = people(text);
    assert.deepEqual(idx.people.map((p) => p.name), ['Ed Miliband', 'David Miliband']);
    assert.deepEqual(mentions(person(idx, 'David Miliband')), ['David Miliband:full', 'Miliband:surname']);
    const clinton = people('Bill Clinton spoke first. Hillary Clinton followed him. Clinton thanked the crowd.');
    assert.deepEqual(mentions(person(clinton, 'Hillary Clinton')), ['Hillary Clinton:full', 'Clinton:surname']);
  });

  it('keeps a generational suffix apart from the parent', () => {
    const idx = people('Donald Trump Jr. spoke before Donald Trump took the stage.');
    assert.deepEqual(idx.people.map((p) => p.name), ['Donald Trump Jr.', 'Donald Trump']);
  });

  it('drops an ordinary word that opens the sentence before a name', () => {
    const text = 'Novelist Jane Harper signed copies in Sydney. The novelist said her next book was set in Melbourne.';
    assert.deepEqual(names(text), ['Jane Harper']);
  });
});

describe('findPeople: not people', () => {
  it('leaves out places, organisations, months, weekdays and nationalities', () => {
    const text =
      'Following talks at the White House on Monday, NATO officials flew from Washington to Kyiv.\n' +
      'The BBC and the Telegraph reported that Downing Street had called Trump International Scotland, near Aberdeen.\n' +
      'In August, Ukrainian and Russian delegations met in Istanbul. Despite the rain, Britannia Daily and Caliber.Az covered it.';
    assert.deepEqual(names(text), []);
  });

  it('leaves out bodies named with a cue word, however the words are capitalised', () => {
    const text =
      'Raj Patel, an analyst at Kestrel Research, said the Bank of England would hold rates. ' +
      'The Department of Homeland Security and Goldman Sachs Group declined to comment, as did Southwark Crown Court and the Oval Office.';
    assert.deepEqual(names(text), ['Raj Patel']);
  });

  it('takes a company named with a sector word for a body, and its first word alone for its short name', () => {
    const text =
      'Copper miner Halvorsen Minerals rejected a proposal from Tarrant Resources. ' +
      'Tarrant, the world\'s ninth-largest copper producer, said it would wait. Its chief executive, Graham Oyelaran, said Tarrant was patient.';
    assert.deepEqual(names(text), ['Graham Oyelaran']);
    // A title, or a person of that surname, still makes the short name a person.
    assert.deepEqual(names('Tarrant Resources hired Ms Tarrant, a lawyer, last year.'), ['Ms Tarrant']);
    assert.deepEqual(names('Jane Tarrant founded Tarrant Resources. Tarrant, its chair, said little.'), ['Jane Tarrant']);
  });

  it('recognises only names known from the text in a title-case headline', () => {
    const text =
      'Trump Announces Historic Meeting Plans\n' +
      'President Donald Trump said on Monday he would meet Vladimir Putin.\n' +
      'Security Guarantees Take Centre Stage\n' +
      'European leaders welcomed the plan.';
    const idx = people(text);
    assert.deepEqual(idx.people.map((p) => p.name), ['Donald Trump', 'Vladimir Putin']);
    assert.deepEqual(mentions(person(idx, 'Donald Trump')), ['Trump:surname', 'Donald Trump:full']);
  });

  it('reads a title-case run inside running text as a phrase, not a name', () => {
    const text = 'Bernie Sanders spoke in Iowa. Read more: Bernie Sanders Just Got Some Good News. The news was just good.';
    const idx = people(text);
    assert.deepEqual(idx.people.map((p) => p.name), ['Bernie Sanders']);
    assert.equal(idx.people[0].mentions.length, 2);
  });

  it('does not take a month for a surname unless a given name precedes it', () => {
    assert.deepEqual(names('Theresa May spoke in May. By June, May had resigned.'), ['Theresa May']);
    assert.deepEqual(names('The vote is on May 5, and results come in June.'), []);
  });

  it('does not make a person of a capitalised single word without evidence', () => {
    assert.deepEqual(names('Officials said Gazprom would cut supplies. Critics called it blackmail.'), []);
  });

  it('does not make a role of a title followed by its complement', () => {
    const text = 'Morton Klein, president of the Zionist Organization of America, wrote to Scot Ross, executive director of One Wisconsin Now.';
    assert.deepEqual(names(text), ['Morton Klein', 'Scot Ross']);
  });
});

describe('findPeople: roles', () => {
  it('reads the title before a name, most specific first', () => {
    const text =
      'NATO Secretary-General Mark Rutte met German Chancellor Friedrich Merz and Special US envoy Steve Witkoff. ' +
      'Military officials, including Chief of Defence Staff Admiral Sir Tony Radakin, were there. Trump and Vice President JD Vance joined.';
    const idx = people(text);
    assert.deepEqual(person(idx, 'Mark Rutte').roles, ['NATO Secretary-General']);
    assert.deepEqual(person(idx, 'Friedrich Merz').roles, ['German Chancellor']);
    assert.deepEqual(person(idx, 'Steve Witkoff').roles, ['Special US envoy']);
    assert.deepEqual(person(idx, 'Tony Radakin').roles, ['Chief of Defence Staff', 'Admiral']);
    assert.deepEqual(person(idx, 'JD Vance').roles, ['Vice President']);
  });

  it('keeps a lower-case role with its modifiers, and drops a role a more specific one already says', () => {
    const text =
      'Opposition councillor Daniel Okafor called the vote a betrayal. US President Donald Trump disagreed, and President Trump said so twice.';
    const idx = people(text);
    assert.deepEqual(person(idx, 'Daniel Okafor').roles, ['Opposition councillor']);
    assert.deepEqual(person(idx, 'Donald Trump').roles, ['US President']);
  });

  it('spells out abbreviated American titles and stops at the party and state', () => {
    const text =
      'Sen. Elizabeth Warren, D-Mass., criticised the bill. Gov. Gavin Newsom signed it. Rep. Alexandria Ocasio-Cortez, D-N.Y., called it a disgrace. ' +
      'Secretary of State Marco Rubio and U.S. District Judge Tanya Chutkan were not asked.';
    const idx = people(text);
    assert.deepEqual(idx.people.map((p) => [p.name, p.roles]), [
      ['Elizabeth Warren', ['Senator']],
      ['Gavin Newsom', ['Governor']],
      ['Alexandria Ocasio-Cortez', ['Representative']],
      ['Marco Rubio', ['Secretary of State']],
      ['Tanya Chutkan', ['U.S. District Judge']],
    ]);
  });

  it('reads roles in apposition, after the name and before it', () => {
    const text =
      'Femke Dijkstra, the Dutch economy minister, said growth would slow. Raj Patel, an analyst at Kestrel Research, agreed. ' +
      'Ed Brown, 52, a teacher from Leeds, was less sure.\nThe Chelsea manager, Enzo Maresca, praised his players.';
    const idx = people(text);
    assert.deepEqual(person(idx, 'Femke Dijkstra').roles, ['Dutch economy minister']);
    assert.deepEqual(person(idx, 'Raj Patel').roles, ['analyst at Kestrel Research']);
    assert.deepEqual(person(idx, 'Ed Brown').roles, ['teacher from Leeds']);
    assert.deepEqual(person(idx, 'Enzo Maresca').roles, ['Chelsea manager']);
  });

  it('reads a role with an institution\'s long name after it, and one with "at" before the name', () => {
    const idx = people(
      'Kwame Asante-Boateng, a mineralogist at the Smithsonian’s National Museum of Natural History, said the samples were clean. ' +
        'Her editor at Greyling Press, Tobias Marchetti-Hale, says the book took seven years.',
    );
    assert.deepEqual(person(idx, 'Kwame Asante-Boateng').roles, ['mineralogist at the Smithsonian’s National Museum of Natural History']);
    assert.deepEqual(person(idx, 'Tobias Marchetti-Hale').roles, ['editor at Greyling Press']);
  });

  it('reads a member\'s post-nominal as a role, and a role before the name past it', () => {
    const idx = people('Sinn Féin’s health spokesman, Pearse Gilligan TD, said the Government had run out of excuses.');
    assert.deepEqual([...person(idx, 'Pearse Gilligan').roles].sort(), ['Sinn Féin’s health spokesman', 'TD']);
  });

  it('reads an agent noun after "a"/"the" as a role, with participles as its modifiers', () => {
    const text =
      'Nadia Holm, a certified financial planner in Leeds, said rates would fall. Omar Reyes, a retired cosmochemist, agreed. ' +
      '“Wait,” said Lena Brandt, a mining analyst at Cole Securities. Taoiseach Sean Doyle was not convinced.';
    const idx = people(text);
    assert.deepEqual(person(idx, 'Nadia Holm').roles, ['certified financial planner in Leeds']);
    assert.deepEqual(person(idx, 'Omar Reyes').roles, ['retired cosmochemist']);
    assert.deepEqual(person(idx, 'Lena Brandt').roles, ['mining analyst at Cole Securities']);
    assert.deepEqual(person(idx, 'Sean Doyle').roles, ['Taoiseach']);
  });

  it('gives no role from a clause or a list after a comma', () => {
    const text = 'Donald Trump, speaking at the White House, said the talks went well. Emmanuel Macron, Friedrich Merz and Giorgia Meloni agreed. ' +
      'Ann Lee, a water bottle in hand, said no.';
    const idx = people(text);
    for (const p of idx.people) assert.deepEqual(p.roles, [], p.name);
  });

  it('resolves a role used alone to the holder named most recently before it', () => {
    const text =
      'Judge Amara Okonkwo adjourned the hearing. The judge told him the case would resume in March.\n' +
      'UK Prime Minister Keir Starmer met Italian Prime Minister Giorgia Meloni. The Italian Prime Minister spoke first; the prime minister said little.';
    const idx = people(text);
    assert.deepEqual(mentions(person(idx, 'Amara Okonkwo')), ['Amara Okonkwo:full', 'The judge:role']);
    assert.deepEqual(mentions(person(idx, 'Giorgia Meloni')), ['Giorgia Meloni:full', 'The Italian Prime Minister:role', 'the prime minister:role']);
    assert.deepEqual(mentions(person(idx, 'Keir Starmer')), ['Keir Starmer:full']);
  });

  it('does not read a predicate or a role nobody holds as a reference back', () => {
    const text = 'Martin Lewis is the founder of MoneySavingExpert. The chancellor was not available.';
    assert.deepEqual(mentions(person(people(text), 'Martin Lewis')), ['Martin Lewis:full']);
  });
});

describe('findPeople: spellings', () => {
  it('merges one person spelt two ways and marks the other spelling as a variant', () => {
    const text =
      'Ukrainian President Volodymyr Zelenskyy met Mr Trump. Zelenskyy said he was ready.\n' +
      'Ukrainian President Volodymyr Zelensky later wrote on social media.';
    const p = person(people(text), 'Volodymyr Zelenskyy');
    assert.deepEqual(p.spellings, ['Zelenskyy', 'Zelensky']);
    assert.deepEqual(mentions(p), ['Volodymyr Zelenskyy:full', 'Zelenskyy:surname', 'Zelensky:variant']);
  });

  it('treats a hyphen or a space, a doubled letter and a missing given name as spellings of one name', () => {
    const text =
      'Anna Müller-Brandt chairs the board. Critics say Müller Brandt has been too cautious.\n' +
      'Ashraf Ghani left Kabul in 2021. Ghanni later said he had no choice.';
    const idx = people(text);
    assert.deepEqual(person(idx, 'Anna Müller-Brandt').spellings, ['Müller-Brandt', 'Müller Brandt']);
    assert.deepEqual(mentions(person(idx, 'Anna Müller-Brandt')), ['Anna Müller-Brandt:full', 'Müller Brandt:variant']);
    assert.deepEqual(person(idx, 'Ashraf Ghani').spellings, ['Ghani', 'Ghanni']);
  });

  it('the variant mention covers only the word spelt otherwise, and the canonical name uses the first spelling', () => {
    const text = 'Zelensky spoke first. Volodymyr Zelenskyy spoke later.';
    const p = people(text).people[0];
    assert.equal(p.name, 'Volodymyr Zelensky');
    const v = p.mentions.find((m) => m.kind === 'variant')!;
    assert.equal(text.slice(v.start, v.end), 'Zelenskyy');
  });

  it('does not merge different people with similar names', () => {
    const text = 'Mark Rutte met Marc Rutten. John Smith and Jane Smith were there too.';
    assert.deepEqual(names(text), ['Mark Rutte', 'Marc Rutten', 'John Smith', 'Jane Smith']);
    for (const p of people(text).people) assert.equal(p.spellings.length, 1, p.name);
  });
});

describe('findPeople: known people', () => {
  const known = [{ name: 'Volodymyr Zelensky', roles: ['President of Ukraine'], spellings: ['Zelenskyy'] }];

  it('recognises a known person by a bare surname, adds the roles and marks the person known', () => {
    const p = person(people('Zelensky spoke to reporters in Kyiv.', known), 'Volodymyr Zelensky');
    assert.equal(p.known, true);
    assert.deepEqual(p.roles, ['President of Ukraine']);
    assert.deepEqual(mentions(p), ['Zelensky:surname']);
  });

  it('prefers the house spelling and marks the others as variants', () => {
    const p = people('Ukrainian President Volodymyr Zelenskyy met Mr Zelenskyy’s allies.', known).people[0];
    assert.equal(p.name, 'Volodymyr Zelensky');
    assert.deepEqual(p.roles, ['Ukrainian President', 'President of Ukraine']);
    assert.deepEqual(p.spellings, ['Zelensky', 'Zelenskyy']);
    assert.deepEqual(p.mentions.map((m) => m.kind), ['variant', 'variant']);
  });

  it('recognises a known surname even where it is also a place', () => {
    const idx = people('Jordan told reporters the bill would pass.', [{ name: 'Jim Jordan', roles: ['Representative'], spellings: [] }]);
    assert.deepEqual(idx.people.map((p) => [p.name, p.known]), [['Jim Jordan', true]]);
    assert.deepEqual(people('Jordan signed the accord with Egypt.').people, []);
  });

  it('recognises a known name in a headline', () => {
    const idx = people('Zelensky Rejects Land Swap\nThe talks ended without a deal.', known);
    assert.deepEqual(idx.people.map((p) => p.name), ['Volodymyr Zelensky']);
  });
});
