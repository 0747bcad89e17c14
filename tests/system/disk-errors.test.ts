// One table of file-system error codes, two ways of saying them: after the
// name of a path that could not be read, or as the cause of a failed write.
import { describe, expect, it } from 'vitest';
import { describeDiskError, describeReadError } from '../../src/system/disk-errors.js';

const failure = (code: string) => Object.assign(new Error(`${code}: raw system words`), { code });

describe('what a file-system error means, in words', () => {
  it('says a path that could not be read does not exist, or why it cannot be read', () => {
    expect(describeReadError(failure('ENOENT'))).toBe('does not exist');
    expect(describeReadError(failure('EACCES'))).toBe('cannot be read: permission denied');
    expect(describeReadError(failure('EIO'))).toBe('cannot be read: the disk reported an input/output error');
  });

  it('says why a write failed, by the same table', () => {
    expect(describeDiskError(failure('ENOSPC'))).toBe('the disk is full');
    expect(describeDiskError(failure('EACCES'))).toBe('permission denied');
  });

  it("keeps the system's own words for a code it has none for, and knows no code from Object.prototype", () => {
    expect(describeReadError(failure('EWEIRD'))).toBe('cannot be read: EWEIRD: raw system words');
    expect(describeDiskError(failure('constructor'))).toBe('constructor: raw system words');
  });
});
