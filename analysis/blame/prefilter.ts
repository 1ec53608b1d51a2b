/**
 * Necessary literals of a regular expression: a set of strings such that every match of the regex
 * contains at least one of them. A sentence containing none of them cannot match, so the regex need not
 * run on it. Derived from the regex source at load time, so a cue's prefilter cannot drift from its regex.
 *
 * Conservative by construction: any construct not understood here (classes, `\w`, `.`, backreferences,
 * unusual escapes, the `i` flag) counts as "matches anything", which can only make the answer null
 * (no prefilter), never wrong. Zero-width assertions (`\b`, `^`, lookarounds) match the empty string.
 */

/** What is known about the strings a regex fragment matches. */
interface Info {
  /** Every string the fragment can match, when that set is finite and small. */
  exact: Set<string> | null;
  /** Strings of which every match contains one (null: nothing known). */
  required: Set<string> | null;
}

const MAX_EXACT = 64;
const ANY: Info = { exact: null, required: null };
const EMPTY = (): Info => ({ exact: new Set(['']), required: null });

/** Escapes that stand for themselves. */
const LITERAL_ESCAPES = new Set([...'\\^$.|?*+()[]{}/-\'"’,;:!#%&=<>@`~ ']);

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.pos !== this.src.length) throw new Error('unbalanced');
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : union(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return concat(items);
  }

  private quantified(atom: Info): Info {
    const ch = this.src[this.pos];
    let min: number;
    let max: number;
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*') [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (ch === '+') [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Error('bad brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same set of possible matches
    if (min === 0 && max === 1) {
      return atom.exact ? { exact: new Set([...atom.exact, '']), required: null } : ANY;
    }
    if (min === 0) return ANY;
    if (min === 1 && max === 1) return atom;
    // At least one repetition: whatever one occurrence must contain, the whole must contain.
    return { exact: null, required: atom.exact ? nonEmpty(atom.exact) : atom.required };
  }

  private atom(): Info {
    const ch = this.src[this.pos]!;
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.skipClass();
      return ANY;
    }
    if (ch === '\\') return this.escape();
    this.pos++;
    if (ch === '^' || ch === '$') return EMPTY();
    if (ch === '.') return ANY;
    if ('*+?{'.includes(ch)) throw new Error('dangling quantifier');
    return { exact: new Set([ch]), required: null };
  }

  private group(): Info {
    const rest = this.src.slice(this.pos);
    const lookaround = /^\(\?<?[=!]/.exec(rest);
    const head = lookaround ?? /^\(\?:|^\(\?<[A-Za-z_$][\w$]*>|^\(/.exec(rest)!;
    if (/^\(\?[a-z-]+:/.test(rest)) throw new Error('modifier group');
    this.pos += head[0].length;
    const inner = this.alternation();
    if (this.src[this.pos] !== ')') throw new Error('unclosed group');
    this.pos++;
    return lookaround ? EMPTY() : inner;
  }

  private skipClass(): void {
    this.pos++;
    if (this.src[this.pos] === '^') this.pos++;
    if (this.src[this.pos] === ']') this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    }
    if (this.src[this.pos] !== ']') throw new Error('unclosed class');
    this.pos++;
  }

  private escape(): Info {
    const next = this.src[this.pos + 1];
    if (next === undefined) throw new Error('trailing backslash');
    this.pos += 2;
    if (next === 'b' || next === 'B') return EMPTY();
    if (next === 'p' || next === 'P') {
      const close = this.src.indexOf('}', this.pos);
      if (this.src[this.pos] !== '{' || close === -1) throw new Error('bad property');
      this.pos = close + 1;
      return ANY;
    }
    if (next === 'k') {
      const close = this.src.indexOf('>', this.pos);
      if (close === -1) throw new Error('bad backreference');
      this.pos = close + 1;
      return ANY;
    }
    if (next === 'n') return { exact: new Set(['\n']), required: null };
    if (next === 't') return { exact: new Set(['\t']), required: null };
    if (LITERAL_ESCAPES.has(next)) return { exact: new Set([next]), required: null };
    // \d \w \s, \x.., \u...., \1 and anything else: unknown. Hex and unicode escapes would leave their
    // digits behind as false literals, so consume them.
    const tail = /^(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|c[A-Za-z]|\d+)/.exec(
      this.src.slice(this.pos - 1),
    );
    if (tail) this.pos += tail[0].length - 1;
    return ANY;
  }
}

function nonEmpty(strings: Set<string>): Set<string> | null {
  return strings.has('') ? null : strings;
}

/** Better prefilter: longer shortest literal (fewer chance hits), then fewer literals. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.size <= b.size ? a : b;
}

function union(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const all = new Set(branches.flatMap((b) => [...b.exact!]));
    if (all.size <= MAX_EXACT) return { exact: all, required: null };
  }
  const required = new Set<string>();
  for (const b of branches) {
    const r = b.exact ? nonEmpty(b.exact) : b.required;
    if (!r) return ANY;
    for (const s of r) required.add(s);
  }
  return { exact: null, required };
}

function concat(items: Info[]): Info {
  let run = new Set<string>(['']);
  let required: Set<string> | null = null;
  let allExact = true;
  for (const item of items) {
    if (item.exact) {
      const product = new Set<string>();
      for (const a of run) for (const b of item.exact) product.add(a + b);
      if (product.size <= MAX_EXACT) {
        run = product;
        continue;
      }
    }
    // The run ends here: what it matched is one candidate; this item is (the start of) another.
    allExact = false;
    required = better(required, nonEmpty(run));
    if (item.exact) {
      run = item.exact;
    } else {
      required = better(required, item.required);
      run = new Set(['']);
    }
  }
  required = better(required, nonEmpty(run));
  return allExact ? { exact: run, required: null } : { exact: null, required };
}

/**
 * Literals of which every match of `re` contains one, or null when none could be derived (then the
 * regex must always run). Literals shorter than `minLength` are not worth a prefilter: null.
 */
export function requiredLiterals(re: RegExp, minLength = 2): string[] | null {
  if (/[iy]/.test(re.flags)) return null;
  let info: Info;
  try {
    info = new Parser(re.source).parse();
  } catch {
    return null;
  }
  const set = info.exact ? nonEmpty(info.exact) : info.required;
  if (!set || [...set].some((s) => s.length < minLength)) return null;
  // A literal containing another adds nothing: wherever it occurs, the shorter one does too.
  const literals = [...set];
  return literals.filter((s) => !literals.some((t) => t !== s && s.includes(t)));
}

/**
 * Which of several groups of literals occur in a text, in one pass over it (an Aho-Corasick automaton
 * over the literals' characters). A group given as null always counts as present. Built once; the scan
 * is a table lookup per character however many literals there are, where one regex alternation of
 * them tries every literal at every position.
 */
export class LiteralGroups {
  /** Character code -> column in the transition table; 0 for characters no literal contains. */
  private readonly column = new Uint8Array(65_536);
  private readonly width: number;
  /** Row per state, column per character class: the next state. */
  private readonly next: Uint16Array | Int32Array;
  /** Groups completed on reaching each state (its own literal and those ending as its suffixes). */
  private readonly groupsAt: (readonly number[] | undefined)[];
  private readonly always: Uint8Array;

  constructor(groups: readonly (readonly string[] | null)[]) {
    this.always = new Uint8Array(groups.map((g) => (g ? 0 : 1)));
    const chars = new Set<number>();
    for (const literals of groups) {
      for (const literal of literals ?? [])
        for (let i = 0; i < literal.length; i++) chars.add(literal.charCodeAt(i));
    }
    if (chars.size > 255) throw new Error('too many distinct characters in literals');
    let col = 0;
    for (const code of chars) this.column[code] = ++col;
    this.width = chars.size + 1;

    // Trie of every literal in a transition table sized for the worst case (no shared prefixes); state 0
    // is the root, so 0 in a trie row means "no edge". Each state's children are also kept as a linked
    // list (first child, next sibling), so the pass below need not scan whole rows for them.
    const literalsOf = groups.map((g) => [...new Set(g ?? [])]);
    const bound = 1 + literalsOf.reduce((n, ls) => n + ls.reduce((m, l) => m + l.length, 0), 0);
    const width = this.width;
    const table = new Int32Array(bound * width);
    const firstChild = new Int32Array(bound);
    const nextSibling = new Int32Array(bound);
    const edgeColumn = new Int32Array(bound);
    const own: number[][] = [[]];
    literalsOf.forEach((literals, group) => {
      for (const literal of literals) {
        if (literal.length === 0) throw new Error('empty literal');
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const col = this.column[literal.charCodeAt(i)]!;
          let child = table[state * width + col]!;
          if (child === 0) {
            child = own.length;
            own.push([]);
            table[state * width + col] = child;
            edgeColumn[child] = col;
            nextSibling[child] = firstChild[state]!;
            firstChild[state] = child;
          }
          state = child;
        }
        own[state]!.push(group);
      }
    });
    const states = own.length;

    // Breadth-first: a state's row starts as a copy of its failure state's row (complete, being
    // shallower) and its own edges are written over it; a child's failure state is where the failure
    // state's row leads on the same character. Each state also inherits the groups of its failure state
    // (literals ending here as a suffix of the current match).
    const fail = new Int32Array(states);
    const groupsAt: (readonly number[] | undefined)[] = new Array(states);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = state * width;
      const failRow = fail[state]! * width;
      if (state !== 0) table.copyWithin(row, failRow, failRow + width);
      for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
        fail[child] = state === 0 ? 0 : table[failRow + edgeColumn[child]!]!;
        table[row + edgeColumn[child]!] = child;
        queue.push(child);
      }
      const inherited = state === 0 ? undefined : groupsAt[fail[state]!];
      const mine = own[state]!;
      if (mine.length === 0) groupsAt[state] = inherited;
      else groupsAt[state] = inherited ? [...new Set([...mine, ...inherited])] : [...new Set(mine)];
    }
    this.groupsAt = groupsAt;
    this.next = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
    this.next.set(table.subarray(0, states * width));
  }

  /** 1 at the index of each group with a literal in `text` (or with no literals at all). */
  present(text: string): Uint8Array {
    const found = this.always.slice();
    const { column, next, width, groupsAt } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + column[text.charCodeAt(i)]!]!;
      const groups = groupsAt[state];
      if (groups !== undefined) for (const g of groups) found[g] = 1;
    }
    return found;
  }
}
