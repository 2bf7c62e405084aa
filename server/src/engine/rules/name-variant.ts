// name-variant: one person's name spelt two ways in one article ("Zelensky" / "Zelenskyy").
// The people detector merges the spellings into one person and records them; this rule reports each
// mention that uses a spelling other than the preferred one (the house spelling when the newsroom's
// known-people list has the person, otherwise the spelling used first).
// `data` tells the quick fixes the person (its id in the analysis), the spellings and whether the preferred
// one is the house spelling; the server finds each spelling in the person's mentions itself, since a list
// of every mention's range in each diagnostic would grow with the square of the mentions.
import type { Rule } from '../types';

export const nameVariant: Rule = {
  code: 'name-variant',
  defaultSeverity: 'warning',
  description: 'One person’s name is spelt in more than one way.',
  check(ctx) {
    const out: ReturnType<Rule['check']> = [];
    for (const p of ctx.people) {
      if (p.spellings.length < 2) continue;
      const preferred = p.spellings[0];
      const others = p.spellings.slice(1);
      for (const m of p.mentions) {
        if (m.kind !== 'variant') continue;
        out.push({
          code: 'name-variant',
          start: m.start,
          end: m.end,
          // The house spelling may appear nowhere in the article: the message says whose choice it is.
          message: p.known
            ? `“${m.text}”: the house spelling is “${preferred}” (${p.name}, on the newsroom’s list).`
            : `“${m.text}” is spelt “${preferred}” elsewhere (${p.name}): spellings ${[preferred, ...others].map((s) => `“${s}”`).join(', ')}.`,
          data: { preferred, spellings: p.spellings, person: p.id, house: p.known === true },
        });
      }
    }
    return out;
  },
};
