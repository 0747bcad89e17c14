// A library file opened to be changed through yaml's document API, so the
// coordinator's comments, key order and layout survive the change. yaml
// writes a document back the way it would lay it out; for a file it would
// lay out differently (another indentation, a comment yaml moves), only the
// lines the change touches are carried onto the file as it was, and when
// even that cannot be done the diff shown before writing says so line by line.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { ToStringOptions, YAMLMap } from 'yaml';
import { type Document, isMap, isScalar, isSeq, parseDocument } from '../vendor/yaml.js';
import { applyPatch, structuredPatch } from '../vendor/diff.js';
import { describeDiskError } from '../system/disk-errors.js';
import { UserError } from '../system/errors.js';
import { safeLine } from '../text/sanitize.js';
import { readWithYaml } from '../library/read-yaml.js';

/** How yaml writes a document back so that files laid out as coop's own are unchanged byte for byte. */
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

/** The file's text with the document's changes, the rest of it as it was. */
export function editedText(file: YamlFile): string {
  const bom = file.original.startsWith(BOM) ? BOM : '';
  const body = file.original.slice(bom.length);
  const { options, baseline } = layoutOf(body);
  const after = file.doc.toString(options);
  if (after === baseline) return file.original;
  if (baseline === body) return bom + after;
  // The lines around each change must be the file's own, but for their spacing, so a line lands only where it belongs.
  const patch = structuredPatch('', '', baseline, after, '', '', { context: 2 });
  const carried = applyPatch(body, patch, { compareLine: (_n, line, _op, patched) => sameWords(line, patched) });
  // The lines carried over keep the file's spacing, but an added line has yaml's: in a file indented otherwise it
  // could land at another depth, or break the file. Kept only when it reads as the edited document does.
  if (carried === false || !readsAs(carried, after)) return bom + after;
  return bom + carried;
}

/**
 * The way of writing yaml back that is closest to the file's own: coop's
 * (two spaces) or four spaces, lists indented under their key or not. Lines
 * the edit adds then sit at the file's depths. With it, the file as yaml
 * would write it unchanged (the baseline the edit is measured against).
 */
function layoutOf(body: string): { options: ToStringOptions; baseline: string } {
  const lines = new Set(body.split('\n'));
  const doc = parseDocument(body, { uniqueKeys: true });
  let best: { options: ToStringOptions; baseline: string } | undefined;
  let bestMissing = Number.POSITIVE_INFINITY;
  for (const indent of [2, 4])
    for (const indentSeq of [true, false]) {
      const options = { ...WRITE_OPTIONS, indent, indentSeq };
      const baseline = doc.toString(options);
      if (baseline === body) return { options, baseline };
      const missing = baseline.split('\n').filter((line) => !lines.has(line)).length;
      if (missing < bestMissing) [best, bestMissing] = [{ options, baseline }, missing];
    }
  return best!;
}

function readsAs(text: string, reference: string): boolean {
  const doc = parseDocument(text, { uniqueKeys: true });
  return doc.errors.length === 0 && isDeepStrictEqual(doc.toJS(), parseDocument(reference).toJS());
}

function sameWords(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
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
  } else if (isScalar(existing)) {
    existing.value = value;
    return;
  }
  const pair = file.doc.createPair(key, value);
  if (existing !== undefined) {
    map.set(key, pair.value);
    return;
  }
  const keys = map.items.map((item) => (isScalar(item.key) ? item.key.value : item.key));
  const at = Math.max(-1, ...after.map((k) => keys.indexOf(k)));
  if (at === -1) map.items.push(pair);
  else map.items.splice(at + 1, 0, pair);
}
