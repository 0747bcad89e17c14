// A library file opened to be changed through yaml's document API, so the
// coordinator's comments, key order and layout survive the change: the
// changes are carried onto the file's own text where they stand, and what
// they add is set at the file's depths, whatever its indentation, quoting,
// line ends or comments.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { ToStringOptions, YAMLMap } from 'yaml';
import { type Document, isCollection, isMap, isScalar, isSeq, parseDocument } from '../vendor/yaml.js';
import { describeDiskError } from '../system/disk-errors.js';
import { UserError } from '../system/errors.js';
import { safeLine } from '../text/sanitize.js';
import { readWithYaml } from '../library/read-yaml.js';
import { SourceLines } from './source-lines.js';
import { layoutOf } from './yaml-layout.js';
import { carriedText } from './yaml-source-edit.js';

/** How yaml writes a whole document back, for a change that cannot be carried onto the file's text. */
const WRITE_OPTIONS: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

export interface YamlFile {
  /** Absolute path. */
  path: string;
  /** The path as shown to people. */
  display: string;
  /** The file's text when it was read, what a write checks it still holds. */
  original: string;
  doc: Document.Parsed;
}

const BOM = '\uFEFF';

export function openYamlFile(path: string, display: string): YamlFile {
  let original: string;
  try {
    original = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${safeLine(display)}: ${describeDiskError(error)}`);
  }
  const text = original.replace(/^\uFEFF/, '');
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    // Where and what, in lint's words (a command to type instead would have to know how coop was started).
    const problem = readWithYaml(text, path, display).problems[0];
    const where = problem ? `:${problem.line}:${problem.col}` : '';
    const what = problem ? problem.message : 'cannot be parsed as YAML';
    throw new UserError(`${safeLine(display)}${where}: ${what}; fix it first`);
  }
  return { path, display, original, doc };
}

/**
 * The file's text with the document's changes carried onto it at their places
 * (yaml-source-edit.ts), every other byte as it was. A change that cannot be
 * carried so (none of coop's own) has the whole document written by yaml, as
 * close to the file's layout as its options come: the diff shown before
 * writing then says so line by line.
 */
export function editedText(file: YamlFile): string {
  const bom = file.original.startsWith(BOM) ? BOM : '';
  const lines = new SourceLines(file.original.slice(bom.length));
  const read = parseDocument(lines.text, { uniqueKeys: true });
  const layout = layoutOf(lines, read.contents);
  const carried = carriedText(lines, read, file.doc, layout);
  if (carried !== undefined && readsAs(carried, file.doc)) return bom + carried;
  return bom + rewritten(file.doc, read, lines);
}

/** The whole document as yaml writes it, with the options under which yaml writes the file as read most nearly as it is. */
function rewritten(doc: Document, read: Document, lines: SourceLines): string {
  const kept = new Set(lines.text.split(/\r?\n/));
  let best = { options: WRITE_OPTIONS, missing: Number.POSITIVE_INFINITY };
  for (const indent of [2, 4])
    for (const indentSeq of [true, false]) {
      const options = { ...WRITE_OPTIONS, indent, indentSeq };
      const missing = read
        .toString(options)
        .split('\n')
        .filter((line) => !kept.has(line)).length;
      if (missing < best.missing) best = { options, missing };
    }
  const text = doc.toString(best.options).replace(/\n/g, lines.eol);
  // A file that ends without a line break goes on doing so.
  return /\n$/.test(lines.text) ? text : text.replace(/\r?\n$/, '');
}

function readsAs(text: string, edited: Document): boolean {
  const doc = parseDocument(text, { uniqueKeys: true });
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), edited.toJS());
}

/** The mapping at the top of the document; undefined when the file holds something else. */
export function topMapping(file: YamlFile): YAMLMap {
  const top = file.doc.contents;
  if (!isMap(top))
    throw new UserError(`${safeLine(file.display)} does not hold a mapping of keys at its top; fix it first`);
  return top;
}

/** The item of a list of mappings (contacts, systems) whose `id` is `id`. */
export function listItemById(map: YAMLMap, listKey: string, id: string): YAMLMap | undefined {
  const list = map.get(listKey, true);
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id);
}

export type Value = string | number | readonly string[] | { readonly [key: string]: unknown };

/**
 * Sets `key` of `map` to `value`. A key already there keeps its place and,
 * for a plain value, its quoting and its comment; a new key goes after the
 * last of `after` the mapping has (so reviewed_by follows reviewed), else
 * at the end. A mapping value is set key by key, the same way.
 */
export function setKey(file: YamlFile, map: YAMLMap, key: string, value: Value, after: readonly string[] = []): void {
  const existing = map.get(key, true);
  if (typeof value === 'object' && !Array.isArray(value)) {
    if (isMap(existing)) {
      let previous: string[] = [];
      for (const [k, v] of Object.entries(value)) {
        setKey(file, existing, k, v as Value, previous);
        previous = [k];
      }
      return;
    }
  } else if (isScalar(existing) && !Array.isArray(value)) {
    existing.value = value;
    return;
  }
  const pair = file.doc.createPair(key, value);
  if (existing !== undefined) {
    // A list given again is written the way the file wrote it: `[a, b]` stays in brackets.
    if (isCollection(existing) && isCollection(pair.value)) pair.value.flow = existing.flow;
    map.set(key, pair.value);
    return;
  }
  const keys = map.items.map((item) => (isScalar(item.key) ? item.key.value : item.key));
  const at = Math.max(-1, ...after.map((k) => keys.indexOf(k)));
  if (at === -1) map.items.push(pair);
  else map.items.splice(at + 1, 0, pair);
}
