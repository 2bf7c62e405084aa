// Month and weekday names, full and abbreviated, lower case: capitalised but never a person
// ("Following Monday’s talks", "on August 19"). "May" and "August" are also given names: the
// detector treats a month as a name only inside a run after another name ("Theresa May").

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Other capitalised words of time: "Christmas", "Easter", "Ramadan". */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas', 'easter', 'ramadan', 'eid', 'hanukkah', 'diwali', 'thanksgiving', 'halloween', 'passover', 'lent',
  'advent', 'new year', 'hogmanay', 'yom kippur', 'rosh hashanah', 'pentecost', 'whitsun',
]);
