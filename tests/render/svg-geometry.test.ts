import { describe, expect, it } from 'vitest';
import { arrowHead, basisPath, clipToOutline } from '../../src/render/html/svg-geometry.js';

const diamond = [
  { x: 0, y: -10 },
  { x: 20, y: 0 },
  { x: 0, y: 10 },
  { x: -20, y: 0 },
];

describe('clipToOutline', () => {
  it('moves an edge end from the bounding box onto the diamond', () => {
    // Straight down from the centre: the bounding box and the diamond meet at the bottom point.
    expect(clipToOutline({ x: 100, y: 110 }, { x: 100, y: 100 }, diamond)).toEqual({ x: 100, y: 110 });
    // At the box's corner the diamond is halfway in.
    expect(clipToOutline({ x: 120, y: 110 }, { x: 100, y: 100 }, diamond)).toEqual({ x: 110, y: 105 });
  });

  it('leaves the end of a rectangle where dagre put it', () => {
    expect(clipToOutline({ x: 3, y: 4 }, { x: 0, y: 0 }, undefined)).toEqual({ x: 3, y: 4 });
  });
});

describe('basisPath', () => {
  it('starts and ends at the route ends', () => {
    const d = basisPath([
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 0 },
    ]);
    expect(d.startsWith('M0,0')).toBe(true);
    expect(d.endsWith('L20,0')).toBe(true);
  });

  it('draws a two-point route as a straight line', () => {
    expect(
      basisPath([
        { x: 0, y: 0 },
        { x: 0, y: 5 },
      ]),
    ).toBe('M0,0L0,5');
  });
});

describe('arrowHead', () => {
  it('points along the last stretch of the line, its tip on the end', () => {
    expect(arrowHead({ x: 0, y: 0 }, { x: 0, y: 20 })).toBe('0,20 -4.5,11 4.5,11');
  });
});
