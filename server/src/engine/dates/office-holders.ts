// Who held some of the offices news copy names most, and when. "UK Prime Minister Keir Starmer" with
// "US President Donald Trump" can only have been written after 20 January 2025: when an article gives a
// day and month but no year, these terms give the year. Terms are [first day, day after the last) in
// ISO form; null = still in office when this table was written (an open end only loses an upper bound).
export interface OfficeHolder {
  /** The surname as the text writes it (alternatives separated by |). */
  surname: string;
  /** The titles written before the name, as a regular-expression alternation. */
  titles: string;
  terms: Array<[string, string | null]>;
}

const PRESIDENT = 'President';
const PM = 'Prime Minister|PM|Premier';
const CHANCELLOR = 'Chancellor';
const SG = 'Secretary[- ]General';
const VP = 'Vice[- ]President';
const SECSTATE = 'Secretary of State';

export const OFFICE_HOLDERS: OfficeHolder[] = [
  // United States
  { surname: 'Bush', titles: PRESIDENT, terms: [['1989-01-20', '1993-01-20'], ['2001-01-20', '2009-01-20']] },
  { surname: 'Clinton', titles: PRESIDENT, terms: [['1993-01-20', '2001-01-20']] },
  { surname: 'Clinton', titles: SECSTATE, terms: [['2009-01-21', '2013-02-01']] },
  { surname: 'Obama', titles: PRESIDENT, terms: [['2009-01-20', '2017-01-20']] },
  { surname: 'Trump', titles: PRESIDENT, terms: [['2017-01-20', '2021-01-20'], ['2025-01-20', null]] },
  { surname: 'Biden', titles: PRESIDENT, terms: [['2021-01-20', '2025-01-20']] },
  { surname: 'Biden', titles: VP, terms: [['2009-01-20', '2017-01-20']] },
  { surname: 'Cheney', titles: VP, terms: [['2001-01-20', '2009-01-20']] },
  { surname: 'Pence', titles: VP, terms: [['2017-01-20', '2021-01-20']] },
  { surname: 'Harris', titles: VP, terms: [['2021-01-20', '2025-01-20']] },
  { surname: 'Vance', titles: VP, terms: [['2025-01-20', null]] },
  { surname: 'Kerry', titles: SECSTATE, terms: [['2013-02-01', '2017-01-20']] },
  { surname: 'Pompeo', titles: SECSTATE, terms: [['2018-04-26', '2021-01-20']] },
  { surname: 'Blinken', titles: SECSTATE, terms: [['2021-01-26', '2025-01-20']] },
  { surname: 'Rubio', titles: SECSTATE, terms: [['2025-01-21', null]] },
  { surname: 'Powell', titles: 'Fed Chair|Fed Chairman|Federal Reserve Chair|Federal Reserve Chairman', terms: [['2018-02-05', null]] },
  { surname: 'Yellen', titles: 'Treasury Secretary', terms: [['2021-01-26', '2025-01-20']] },
  // United Kingdom
  { surname: 'Blair', titles: PM, terms: [['1997-05-02', '2007-06-27']] },
  { surname: 'Brown', titles: PM, terms: [['2007-06-27', '2010-05-11']] },
  { surname: 'Cameron', titles: PM, terms: [['2010-05-11', '2016-07-13']] },
  { surname: 'May', titles: PM, terms: [['2016-07-13', '2019-07-24']] },
  { surname: 'Johnson', titles: PM, terms: [['2019-07-24', '2022-09-06']] },
  { surname: 'Truss', titles: PM, terms: [['2022-09-06', '2022-10-25']] },
  { surname: 'Sunak', titles: PM, terms: [['2022-10-25', '2024-07-05']] },
  { surname: 'Starmer', titles: PM, terms: [['2024-07-05', null]] },
  { surname: 'Osborne', titles: CHANCELLOR, terms: [['2010-05-11', '2016-07-13']] },
  { surname: 'Hunt', titles: CHANCELLOR, terms: [['2022-10-14', '2024-07-05']] },
  { surname: 'Reeves', titles: CHANCELLOR, terms: [['2024-07-05', null]] },
  { surname: 'Sturgeon', titles: 'First Minister', terms: [['2014-11-20', '2023-03-28']] },
  { surname: 'Swinney', titles: 'First Minister', terms: [['2024-05-07', null]] },
  { surname: 'Charles', titles: 'King', terms: [['2022-09-08', null]] },
  { surname: 'Elizabeth', titles: 'Queen', terms: [['1952-02-06', '2022-09-08']] },
  // Europe
  { surname: 'Chirac', titles: PRESIDENT, terms: [['1995-05-17', '2007-05-16']] },
  { surname: 'Sarkozy', titles: PRESIDENT, terms: [['2007-05-16', '2012-05-15']] },
  { surname: 'Hollande', titles: PRESIDENT, terms: [['2012-05-15', '2017-05-14']] },
  { surname: 'Macron', titles: PRESIDENT, terms: [['2017-05-14', null]] },
  { surname: 'Schröder|Schroeder', titles: CHANCELLOR, terms: [['1998-10-27', '2005-11-22']] },
  { surname: 'Merkel', titles: CHANCELLOR, terms: [['2005-11-22', '2021-12-08']] },
  { surname: 'Scholz', titles: CHANCELLOR, terms: [['2021-12-08', '2025-05-06']] },
  { surname: 'Merz', titles: CHANCELLOR, terms: [['2025-05-06', null]] },
  { surname: 'Renzi', titles: PM, terms: [['2014-02-22', '2016-12-12']] },
  { surname: 'Conte', titles: PM, terms: [['2018-06-01', '2021-02-13']] },
  { surname: 'Draghi', titles: PM, terms: [['2021-02-13', '2022-10-22']] },
  { surname: 'Meloni', titles: PM, terms: [['2022-10-22', null]] },
  { surname: 'Rajoy', titles: PM, terms: [['2011-12-21', '2018-06-02']] },
  { surname: 'Sánchez|Sanchez', titles: PM, terms: [['2018-06-02', null]] },
  { surname: 'Orbán|Orban', titles: PM, terms: [['1998-07-06', '2002-05-27'], ['2010-05-29', null]] },
  { surname: 'Tusk', titles: PM, terms: [['2007-11-16', '2014-09-22'], ['2023-12-13', null]] },
  { surname: 'Mitsotakis', titles: PM, terms: [['2019-07-08', null]] },
  { surname: 'Rutte', titles: PM, terms: [['2010-10-14', '2024-07-02']] },
  { surname: 'Rutte', titles: SG, terms: [['2024-10-01', null]] },
  { surname: 'Stoltenberg', titles: SG, terms: [['2014-10-01', '2024-10-01']] },
  { surname: 'Rasmussen', titles: SG, terms: [['2009-08-01', '2014-10-01']] },
  { surname: 'Juncker', titles: 'Commission President|President', terms: [['2014-11-01', '2019-12-01']] },
  { surname: 'Leyen', titles: 'Commission President|President', terms: [['2019-12-01', null]] },
  { surname: 'Lagarde', titles: 'ECB President|ECB chief|President', terms: [['2019-11-01', null]] },
  { surname: 'Erdoğan|Erdogan', titles: PRESIDENT, terms: [['2014-08-28', null]] },
  { surname: 'Putin', titles: PRESIDENT, terms: [['2000-05-07', '2008-05-07'], ['2012-05-07', null]] },
  { surname: 'Medvedev', titles: PRESIDENT, terms: [['2008-05-07', '2012-05-07']] },
  { surname: 'Medvedev', titles: PM, terms: [['2012-05-08', '2020-01-16']] },
  { surname: 'Yeltsin', titles: PRESIDENT, terms: [['1991-07-10', '2000-01-01']] },
  { surname: 'Poroshenko', titles: PRESIDENT, terms: [['2014-06-07', '2019-05-20']] },
  { surname: 'Zelensky|Zelenskyy|Zelenskiy', titles: PRESIDENT, terms: [['2019-05-20', null]] },
  // Elsewhere
  { surname: 'Harper', titles: PM, terms: [['2006-02-06', '2015-11-04']] },
  { surname: 'Trudeau', titles: PM, terms: [['1968-04-20', '1979-06-04'], ['1980-03-03', '1984-06-30'], ['2015-11-04', '2025-03-14']] },
  { surname: 'Carney', titles: PM, terms: [['2025-03-14', null]] },
  { surname: 'Turnbull', titles: PM, terms: [['2015-09-15', '2018-08-24']] },
  { surname: 'Morrison', titles: PM, terms: [['2018-08-24', '2022-05-23']] },
  { surname: 'Albanese', titles: PM, terms: [['2022-05-23', null]] },
  { surname: 'Abe', titles: PM, terms: [['2006-09-26', '2007-09-26'], ['2012-12-26', '2020-09-16']] },
  { surname: 'Suga', titles: PM, terms: [['2020-09-16', '2021-10-04']] },
  { surname: 'Kishida', titles: PM, terms: [['2021-10-04', '2024-10-01']] },
  { surname: 'Modi', titles: PM, terms: [['2014-05-26', null]] },
  { surname: 'Xi', titles: PRESIDENT, terms: [['2013-03-14', null]] },
  { surname: 'Netanyahu', titles: PM, terms: [['1996-06-18', '1999-07-06'], ['2009-03-31', '2021-06-13'], ['2022-12-29', null]] },
  { surname: 'Bolsonaro', titles: PRESIDENT, terms: [['2019-01-01', '2023-01-01']] },
  { surname: 'Lula', titles: PRESIDENT, terms: [['2003-01-01', '2011-01-01'], ['2023-01-01', null]] },
  { surname: 'Obrador', titles: PRESIDENT, terms: [['2018-12-01', '2024-10-01']] },
  { surname: 'Sheinbaum', titles: PRESIDENT, terms: [['2024-10-01', null]] },
  { surname: 'Milei', titles: PRESIDENT, terms: [['2023-12-10', null]] },
  { surname: 'Annan', titles: SG, terms: [['1997-01-01', '2007-01-01']] },
  { surname: 'Ban', titles: SG, terms: [['2007-01-01', '2017-01-01']] },
  { surname: 'Guterres', titles: SG, terms: [['2017-01-01', null]] },
  { surname: 'Benedict', titles: 'Pope', terms: [['2005-04-19', '2013-02-28']] },
  { surname: 'Francis', titles: 'Pope', terms: [['2013-03-13', '2025-04-21']] },
  { surname: 'Leo', titles: 'Pope', terms: [['2025-05-08', null]] },
];
