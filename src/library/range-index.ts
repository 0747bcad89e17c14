// Where every node of a file the fast reader read was written (read-events.ts
// fills it). One flat array of small records rather than a tree of objects,
// because it is built for every file and read only for the few values a
// problem points at. Records are in the order nodes close: a collection's
// record follows those of everything inside it, and knows how many they are.
import type { NodeLocator } from './yaml-source-file.js';
import type { Path } from './source-file.js';

/** A record's info: what the node is, and for a key where its text is kept (the bits from 4 up). */
const SCALAR = 0;
const MAPPING = 1;
const SEQUENCE = 2;
/** Bit of a scalar: text that can be a key (plain or quoted, not a number, not a block). */
const TEXT = 4;
/** Bit of a scalar: an empty value (`key:`), which has no text of its own. */
const EMPTY = 8;
const KEY_SHIFT = 4;
/** A record: start and end offset (yaml's range[0] and range[1]), records in its subtree, info. */
const STRIDE = 4;

export class RangeIndex implements NodeLocator {
  private records: Int32Array;
  private count = 0;
  /** The texts of the keys, each key's record holding its place here plus one (0: not a key). */
  private readonly keys: string[] = [];

  constructor(expectedNodes: number) {
    this.records = new Int32Array(Math.max(16, expectedNodes) * STRIDE);
  }

  /** Adds a scalar; `text` when it is text that may serve as a key. */
  scalar(start: number, end: number, text: boolean): number {
    return this.add(start, end, 1, SCALAR | (text ? TEXT : 0));
  }

  /** Adds an empty value, placed by placeEmpty() once the key before it is known. */
  unplacedEmpty(): number {
    return this.add(-1, -1, 1, SCALAR | EMPTY);
  }

  /** Forgets the last node added (a node js-yaml opened and closed while looking for a key that was not there). */
  dropLast(): void {
    this.count--;
  }

  placeEmpty(record: number, at: number): void {
    this.records[record * STRIDE] = at;
    this.records[record * STRIDE + 1] = at;
  }

  /** Adds a collection whose `children` nodes are the last ones added. */
  collection(start: number, end: number, mapping: boolean, children: number): number {
    return this.add(start, end, this.count - this.firstOfLast(children) + 1, mapping ? MAPPING : SEQUENCE);
  }

  /** The first record of the last `children` nodes added. */
  firstOfLast(children: number): number {
    let root = this.count - 1;
    for (let i = 0; i < children; i++) root -= this.sizeOf(root);
    return root + 1;
  }

  /** The node before `record` at the same depth (the records of `record`'s own subtree skipped). */
  previousSibling(record: number): number {
    return record - this.sizeOf(record);
  }

  /** The last node added. */
  last(): number {
    return this.count - 1;
  }

  nameKey(record: number, key: string): void {
    this.records[record * STRIDE + 3] =
      (this.info(record) & ((1 << KEY_SHIFT) - 1)) | (this.keys.push(key) << KEY_SHIFT);
  }

  startOf(record: number): number {
    return this.records[record * STRIDE]!;
  }

  endOf(record: number): number {
    return this.records[record * STRIDE + 1]!;
  }

  isText(record: number): boolean {
    return (this.info(record) & TEXT) !== 0;
  }

  isUnplacedEmpty(record: number): boolean {
    return (this.info(record) & EMPTY) !== 0 && this.startOf(record) === -1;
  }

  private add(start: number, end: number, size: number, info: number): number {
    const record = this.count++;
    let at = record * STRIDE;
    if (at + STRIDE > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
    }
    this.records[at++] = start;
    this.records[at++] = end;
    this.records[at++] = size;
    this.records[at] = info;
    return record;
  }

  private sizeOf(record: number): number {
    return this.records[record * STRIDE + 2]!;
  }

  private info(record: number): number {
    return this.records[record * STRIDE + 3]!;
  }

  private keyOf(record: number): string | undefined {
    const place = this.info(record) >> KEY_SHIFT;
    return place === 0 ? undefined : this.keys[place - 1];
  }

  /** The same walk as DocumentLocator's over yaml's tree, so both readers point at the same text. */
  rangeAt(path: Path, key: boolean): readonly [number, number] | undefined {
    if (this.count === 0) return undefined;
    let node = this.count - 1;
    let found = node;
    for (const segment of path) {
      const kind = this.info(node) & 3;
      let next = -1;
      let keyRecord = -1;
      const first = node - this.sizeOf(node) + 1;
      if (kind === MAPPING) {
        // The children backwards: value, key, value, key...
        const wanted = String(segment);
        for (let value = node - 1; value >= first; ) {
          const k = this.previousSibling(value);
          if (this.keyOf(k) === wanted) {
            keyRecord = k;
            next = value;
            break;
          }
          value = k - 1;
        }
      } else if (kind === SEQUENCE && typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) {
        let items = 0;
        for (let item = node - 1; item >= first; item = this.previousSibling(item)) items++;
        if (segment < items) {
          next = node - 1;
          for (let i = items - 1; i > segment; i--) next = this.previousSibling(next);
        }
      }
      if (next === -1) break;
      node = next;
      if (key && keyRecord !== -1) found = keyRecord;
      else if (!key && keyRecord !== -1 && (this.info(next) & EMPTY) !== 0) found = keyRecord;
      else found = next;
    }
    return [this.startOf(found), this.endOf(found)];
  }
}
