// Comment directives that silence diagnostics, one syntax for article, markdown and plain text:
//   <!-- news-lens-disable-next-line CODE ... -->   the next line
//   <!-- news-lens-disable CODE ... --> ... <!-- news-lens-enable CODE ... -->   a block
// No code means every code.
const DIRECTIVE = /<!--\s*news-lens-(disable-next-line|disable|enable)((?:\s+[a-z][a-z-]*)*)\s*-->/g;

export interface Directives {
  suppresses(code: string, line: number): boolean;
}

const ALL = '*';

export function parseDirectives(text: string): Directives {
  if (!text.includes('news-lens-')) return { suppresses: () => false };
  const nextLine = new Map<number, Set<string>>();
  // For each code, a list of [fromLine, toLine] ranges (toLine inclusive; Infinity when never re-enabled).
  const blocks = new Map<string, Array<[number, number]>>();
  const open = new Map<string, number>();
  let line = 0;
  let scanned = 0;
  const lineOf = (offset: number): number => {
    for (; scanned < offset; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 10 || (c === 13 && text.charCodeAt(scanned + 1) !== 10)) line++;
    }
    return line;
  };
  let m: RegExpExecArray | null;
  DIRECTIVE.lastIndex = 0;
  while ((m = DIRECTIVE.exec(text))) {
    const kind = m[1];
    const codes = m[2].trim() ? m[2].trim().split(/\s+/) : [ALL];
    const at = lineOf(m.index);
    const endLine = lineOf(m.index + m[0].length);
    for (const code of codes) {
      if (kind === 'disable-next-line') {
        const set = nextLine.get(endLine + 1) ?? new Set<string>();
        set.add(code);
        nextLine.set(endLine + 1, set);
      } else if (kind === 'disable') {
        if (!open.has(code)) open.set(code, at);
      } else {
        const from = open.get(code);
        if (from !== undefined) {
          open.delete(code);
          push(blocks, code, [from, at]);
        } else if (code === ALL) {
          // enabling everything closes every open block
          for (const [c, f] of open) push(blocks, c, [f, at]);
          open.clear();
        }
      }
    }
  }
  for (const [code, from] of open) push(blocks, code, [from, Infinity]);
  const inBlock = (code: string, l: number) => (blocks.get(code) ?? []).some(([a, b]) => l >= a && l <= b);
  return {
    suppresses(code, l) {
      const s = nextLine.get(l);
      if (s && (s.has(code) || s.has(ALL))) return true;
      return inBlock(code, l) || inBlock(ALL, l);
    },
  };
}

function push(map: Map<string, Array<[number, number]>>, code: string, r: [number, number]) {
  const list = map.get(code) ?? [];
  list.push(r);
  map.set(code, list);
}
