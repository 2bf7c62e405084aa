import assert from 'node:assert/strict';
import { fieldName, parseNewsroomConfig } from '../../../server/src/config/newsroom-config';
import type { ConfigProblem } from '../../../server/src/config/newsroom-config';

// What each problem points at, as the editor would underline it.
function at(text: string, p: ConfigProblem): string {
  return text.slice(p.offset, p.offset + p.length);
}

const ZELENSKY = { name: 'Volodymyr Zelensky', roles: ['President of Ukraine'], spellings: ['Zelenskyy'] };

describe('parseNewsroomConfig: .newslens.json read field by field', () => {
  it('reads a valid file with comments and trailing commas, with no problems', () => {
    const text = `{
  // the desk's list
  "$schema": "./node_modules/news-lens/schemas/newslens.schema.json",
  "people": [
    { "name": "Volodymyr Zelensky", "roles": ["President of Ukraine"], "spellings": ["Zelenskyy"] },
    { "name": "Keir Starmer" },
  ],
  /* severities */
  "rules": { "name-variant": "error", "unattributed-quote": "off" },
  "maxDocumentSize": 200000,
}`;
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      people: [ZELENSKY, { name: 'Keir Starmer', roles: [], spellings: [] }],
      rules: { 'name-variant': 'error', 'unattributed-quote': 'off' },
      maxDocumentSize: 200000,
    });
  });

  it('drops a person with an invalid field, at that field, and keeps the others', () => {
    const text = '{ "people": [\n  { "name": 42, "roles": ["MP"] },\n  { "name": "Keir Starmer", "roles": ["Prime Minister"] }\n] }';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config.people, [{ name: 'Keir Starmer', roles: ['Prime Minister'], spellings: [] }]);
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p.field, 'people[0].name');
    assert.equal(p.code, 'config-invalid');
    assert.equal(p.severity, 'error');
    assert.equal(at(text, p), '42');
    assert.match(p.message, /^people\[0\]\.name: expected the house spelling .*, got 42; this person is ignored$/);
  });

  it('points at the whole entry when a required field is missing, and at the element of a list', () => {
    const text = '{ "people": [ { "roles": ["MP"] }, { "name": "Jo Bloggs", "spellings": ["Jo Blogs", 7] } ] }';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config.people, []);
    assert.deepEqual(
      problems.map((p) => [p.field, at(text, p)]),
      [
        ['people[0].name', '{ "roles": ["MP"] }'],
        ['people[1].spellings[1]', '7'],
      ],
    );
    assert.match(problems[0].message, /\(missing\)/);
  });

  it('an entry that is not an object is dropped where it stands', () => {
    const text = '{ "people": [ "Starmer", { "name": "Keir Starmer" } ] }';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config.people.map((p) => p.name), ['Keir Starmer']);
    assert.deepEqual(problems.map((p) => [p.field, at(text, p)]), [['people[0]', '"Starmer"']]);
    assert.match(problems[0].message, /expected a person such as/);
  });

  it('keeps a person with an unknown field, warning at the field name with a suggestion', () => {
    const text = '{ "people": [ { "name": "Keir Starmer", "role": "Prime Minister" } ] }';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config.people, [{ name: 'Keir Starmer', roles: [], spellings: [] }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'warning');
    assert.equal(problems[0].code, 'config-unknown-field');
    assert.equal(at(text, problems[0]), '"role"');
    assert.match(problems[0].message, /^people\[0\]\.role: unknown field "role" \(did you mean "roles"\?\); ignored$/);
  });

  it('drops only the rule whose severity is invalid, and ignores an unknown rule', () => {
    const text = '{ "rules": { "name-variant": "loud", "weekday-mismatch": "error", "no-such-rule": "off" } }';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config.rules, { 'weekday-mismatch': 'error' });
    assert.deepEqual(
      problems.map((p) => [p.field, p.severity, at(text, p)]),
      [
        ['rules.name-variant', 'error', '"loud"'],
        ['rules.no-such-rule', 'warning', '"no-such-rule"'],
      ],
    );
    assert.match(problems[0].message, /expected one of "off", "error", "warning", "information", "hint", got "loud"/);
  });

  it('warns at an unknown top-level field and still reads the rest', () => {
    const text = '{ "peeple": [], "rules": { "name-variant": "off" } }';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config.rules, { 'name-variant': 'off' });
    assert.deepEqual(problems.map((p) => [p.field, at(text, p)]), [['peeple', '"peeple"']]);
    assert.match(problems[0].message, /did you mean "people"\?/);
  });

  it('rejects a maxDocumentSize that is not a whole number above 0', () => {
    for (const bad of ['0', '-5', '1.5', '"big"']) {
      const text = `{ "maxDocumentSize": ${bad} }`;
      const { config, problems } = parseNewsroomConfig(text);
      assert.equal(config.maxDocumentSize, undefined, bad);
      assert.deepEqual(problems.map((p) => [p.field, at(text, p)]), [['maxDocumentSize', bad]]);
    }
  });

  it('warns about a person listed twice (same name, any case or spacing) and keeps the first', () => {
    const text = '{ "people": [ { "name": "Keir Starmer", "roles": ["PM"] }, { "name": "keir  starmer" } ] }';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config.people, [{ name: 'Keir Starmer', roles: ['PM'], spellings: [] }]);
    assert.deepEqual(problems.map((p) => [p.code, p.field, at(text, p)]), [['config-duplicate', 'people[1].name', '"keir  starmer"']]);
  });

  it('locates a syntax error and still uses what parses around it', () => {
    const text = '{ "people": [\n  { "name": "Keir Starmer" }\n  { "name": "Volodymyr Zelensky" }\n] }';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config.people.map((p) => p.name), ['Keir Starmer', 'Volodymyr Zelensky']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'config-syntax');
    assert.equal(problems[0].message, 'syntax error: expected ","');
    assert.equal(problems[0].offset, text.indexOf('{ "name": "Volodymyr'));
  });

  it('ignores a file that is not an object, saying so at its value', () => {
    const text = '[ { "name": "Keir Starmer" } ]';
    const { config, problems } = parseNewsroomConfig(text);
    assert.deepEqual(config, { people: [], rules: {} });
    assert.equal(problems.length, 1);
    assert.equal(at(text, problems[0]), text);
    assert.match(problems[0].message, /expected an object .*; the file is ignored/);
  });

  it('a "people" or "rules" of the wrong type is ignored as a whole, at its value', () => {
    const text = '{ "people": { "name": "Keir Starmer" }, "rules": ["off"] }';
    const { problems } = parseNewsroomConfig(text);
    assert.deepEqual(problems.map((p) => [p.field, at(text, p)]), [
      ['people', '{ "name": "Keir Starmer" }'],
      ['rules', '["off"]'],
    ]);
  });

  it('an empty file configures nothing and says a value is expected', () => {
    const { config, problems } = parseNewsroomConfig('');
    assert.deepEqual(config, { people: [], rules: {} });
    assert.deepEqual(problems.map((p) => p.code), ['config-syntax']);
  });

  it('names fields the way the messages do', () => {
    assert.equal(fieldName(['people', 3, 'roles', 0]), 'people[3].roles[0]');
    assert.equal(fieldName(['rules', 'name-variant']), 'rules.name-variant');
    assert.equal(fieldName([]), '');
  });
});
