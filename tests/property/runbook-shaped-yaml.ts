// Random runbook-shaped YAML for the differential test of the two readers
// (tests/library/read-events.test.ts): the structures a library holds
// (mappings of steps, lists of ids, choices), written every way YAML allows
// a person to write them: plain, quoted and block text, flow lists, compact
// lists, indentation of 1 to 4, comments and blank lines anywhere, empty
// values, CRLF line ends, values that look like numbers, booleans, nulls and
// dates. One seed always gives the same text.

type Value = string | Value[] | { [key: string]: Value } | null;

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'id',
  'title',
  'do',
  'ask',
  'run',
  'next',
  'why',
  'choices',
  'answer',
  'contacts',
  'steps',
  'phase',
  'x-y',
  'a b',
  '1',
  'on',
];
const WORDS = [
  'power',
  'Call',
  'the',
  'director',
  'server-room',
  'UPS',
  "it's",
  'a:b',
  'x#y',
  '50%',
  'Ünïcode',
  '日本',
  '🙂',
  '-',
  '?',
  '!',
  '@',
  '&',
  '*',
  '|',
  '>',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '\\',
  '`',
];
/** Plain words that a YAML 1.1 reader, or a careless one, would turn into something other than text. */
const TRICKY = [
  'yes',
  'No',
  'on',
  'OFF',
  'true',
  'False',
  'TRUE',
  'null',
  'Null',
  '~',
  '',
  '0',
  '-0',
  '+1',
  '007',
  '0o17',
  '0x1F',
  '0b11',
  '1_000',
  '1e3',
  '1E-2',
  '.5',
  '5.',
  '-.inf',
  '.NaN',
  '.nan',
  '2016-06-12',
  '12:30',
  '1:20:30',
  '3.14',
  '1e400',
  '9'.repeat(400),
  '0x',
  '.',
  '-',
  '<<',
  '=',
  'NaN',
  'Infinity',
];

function plainSafe(s: string, inFlow: boolean): boolean {
  if (s === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) || /\s$/.test(s) || /: |:$| #/.test(s)) return false;
  return !(inFlow && /[,[\]{}]/.test(s));
}

export function runbookShapedYaml(seed: number): string {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const indentStep = 1 + Math.floor(r() * 4);
  const nl = chance(0.15) ? '\r\n' : '\n';

  const text = (): string => {
    if (chance(0.25)) return pick(TRICKY);
    const n = 1 + Math.floor(r() * 6);
    let s = '';
    for (let i = 0; i < n; i++) s += (i ? (chance(0.1) ? '  ' : ' ') : '') + pick(WORDS);
    if (chance(0.05)) s = ` ${s}`;
    if (chance(0.05)) s += ' ';
    if (chance(0.05)) s += `\n${pick(WORDS)}`;
    return s;
  };
  const value = (depth: number): Value => {
    const roll = r();
    if (depth > 3 || roll < 0.55) return chance(0.06) ? null : text();
    if (roll < 0.75) return Array.from({ length: Math.floor(r() * 4) }, () => value(depth + 1));
    const map: { [key: string]: Value } = {};
    const n = Math.floor(r() * 4) + (depth === 0 ? 1 : 0);
    for (let i = 0; i < n; i++) map[chance(0.2) ? text().replace(/\n/g, ' ') : pick(KEYS)] = value(depth + 1);
    return map;
  };
  const root: { [key: string]: Value } = { id: 'drill', title: text() };
  root.steps = Array.from({ length: 1 + Math.floor(r() * 4) }, () => value(1));
  for (let i = Math.floor(r() * 3); i > 0; i--) root[pick(KEYS)] = value(1);

  const lines: string[] = [];
  const comment = (indent: number) => {
    if (chance(0.08)) lines.push(`${' '.repeat(Math.max(0, indent + Math.floor(r() * 5) - 2))}# ${pick(WORDS)}`);
    if (chance(0.06)) lines.push(chance(0.5) ? '' : ' '.repeat(Math.floor(r() * 6)));
  };
  const trailing = () => (chance(0.08) ? ` # ${pick(WORDS)}` : chance(0.04) ? '  ' : '');

  /** A scalar written in a random style, for the rest of a line (block scalars add lines). */
  const scalar = (s: string | null, indent: number, inFlow: boolean): { head: string; more: string[] } => {
    if (s === null) return { head: pick(['', '~', 'null', '']), more: [] };
    const style = r();
    if (style < 0.35 && !inFlow) {
      const header = pick(['|', '>', '|-', '>-', '|+', '>+', '|2', '>1']);
      const pad = ' '.repeat(indent + indentStep);
      const body = s.split('\n').map((l) => (l === '' ? '' : pad + l));
      if (chance(0.3)) body.push(chance(0.5) ? '' : pad.slice(0, Math.floor(r() * (pad.length + 2))));
      if (chance(0.2)) body.unshift('');
      return { head: header + (chance(0.1) ? ' # c' : ''), more: body };
    }
    if (style < 0.55)
      return { head: `'${s.replace(/'/g, "''").replace(/\n/g, nl + ' '.repeat(indent + 1))}'`, more: [] };
    if (style < 0.75) {
      const escaped = s
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, chance(0.5) ? '\\n' : `${nl}${' '.repeat(indent + 1)}`);
      return { head: `"${chance(0.1) ? '\\t\\u00e9\\x41' : ''}${escaped}"`, more: [] };
    }
    // As a person writes: text that would not read back as plain is quoted, most of the time.
    if (!plainSafe(s, inFlow) && chance(0.9)) return { head: JSON.stringify(s), more: [] };
    return { head: s.replace(/\n/g, `${nl}${' '.repeat(indent + indentStep)}`), more: [] };
  };
  const flow = (v: Value): string => {
    if (v === null || typeof v === 'string') return scalar(v, 0, true).head;
    if (Array.isArray(v)) return `[${v.map(flow).join(chance(0.5) ? ', ' : ',')}${chance(0.1) ? ',' : ''}]`;
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${flow(x)}`)
      .join(', ')}}`;
  };
  const writeKey = (k: string) =>
    chance(0.15) || (!plainSafe(k, false) && chance(0.9))
      ? `"${k.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
      : chance(0.1)
        ? `'${k.replace(/'/g, "''")}'`
        : k;

  const write = (v: Value, indent: number, prefix: string): void => {
    if (v === null || typeof v === 'string') {
      const { head, more } = scalar(v, indent, false);
      lines.push(`${prefix}${head === '' ? '' : ` ${head}`}${more.length ? '' : trailing()}`);
      lines.push(...more);
      return;
    }
    if (chance(0.2) || (Array.isArray(v) && v.length === 0) || (!Array.isArray(v) && Object.keys(v).length === 0)) {
      lines.push(`${prefix} ${flow(v)}${trailing()}`);
      return;
    }
    lines.push(prefix + trailing());
    const inner = indent + indentStep;
    if (Array.isArray(v)) {
      const at = chance(0.2) ? indent : inner;
      for (const item of v) {
        comment(at);
        if (
          item !== null &&
          typeof item === 'object' &&
          !Array.isArray(item) &&
          Object.keys(item).length > 0 &&
          chance(0.7)
        ) {
          const [[k0, v0] = ['id', null], ...rest] = Object.entries(item);
          write(v0, at + 2, `${' '.repeat(at)}- ${writeKey(k0)}:`);
          for (const [k, x] of rest) {
            comment(at + 2);
            write(x, at + 2, `${' '.repeat(at + 2)}${writeKey(k)}:`);
          }
        } else write(item, at + 2, `${' '.repeat(at)}-`);
      }
    } else {
      for (const [k, x] of Object.entries(v)) {
        comment(inner);
        write(x, inner, `${' '.repeat(inner)}${writeKey(k)}:`);
      }
    }
  };

  if (chance(0.2)) lines.push('# yaml-language-server: $schema=../schema/runbook.schema.json');
  if (chance(0.1)) lines.push('---');
  for (const [k, v] of Object.entries(root)) {
    comment(0);
    write(v, 0, `${writeKey(k)}:`);
  }
  comment(0);
  let out = lines.join(nl);
  if (!chance(0.1)) out += nl;
  return out;
}
