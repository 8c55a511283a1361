// The viewer's state in the URL hash: a camera survives the round trip rounded, and a malformed one is dropped.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, stateFromHash, stateToHash } from '../viewer/state/view-state.js';

describe('the view state in the URL hash', () => {
  it('carries the camera rounded (x and y to 4 decimals, the ratio to 4 digits) and reads it back', () => {
    const hash = stateToHash({ ...DEFAULT_STATE, selected: 'claim:a', camera: { x: 0.512345678, y: -0.04321987, ratio: 0.123456 } });
    expect(hash).toBe('#node=claim%3Aa&camera=0.5123%2C-0.0432%2C0.1235');
    expect(stateFromHash(hash).camera).toEqual({ x: 0.5123, y: -0.0432, ratio: 0.1235 });
    expect(stateFromHash(hash).selected).toBe('claim:a');
    // No camera: the app frames the view itself.
    expect(stateToHash(DEFAULT_STATE)).toBe('');
    expect(stateFromHash('#node=claim%3Aa').camera).toBeNull();
  });

  it('drops a malformed camera and keeps the rest', () => {
    for (const camera of ['1,2', 'a,b,c', '0.5,0.5,0', '0.5,0.5,-1', '0.5,0.5,1,2', '0.5,,1']) {
      const state = stateFromHash(`#node=claim%3Aa&camera=${encodeURIComponent(camera)}`);
      expect(state.camera, camera).toBeNull();
      expect(state.selected).toBe('claim:a');
    }
  });
});

describe('a corpus in the URL hash', () => {
  it('carries the brief shown alone by its name and the overview as overview=1, and reads a name or an id back', () => {
    const hash = stateToHash({ ...DEFAULT_STATE, brief: 'brief:burglary-arrests', selected: 'claim:burglary-arrests/c1' });
    expect(hash).toBe('#brief=burglary-arrests&node=claim%3Aburglary-arrests%2Fc1');
    expect(stateFromHash(hash)).toMatchObject({ brief: 'brief:burglary-arrests', overview: false, selected: 'claim:burglary-arrests/c1' });
    expect(stateFromHash('#brief=brief%3Ab7').brief).toBe('brief:b7');
    expect(stateToHash({ ...DEFAULT_STATE, overview: true })).toBe('#overview=1');
    expect(stateFromHash('#overview=1').overview).toBe(true);
    // Anything else is the default: every brief, no overview.
    expect(stateFromHash('#overview=yes&brief=')).toMatchObject({ overview: false, brief: null });
    expect(stateFromHash('')).toMatchObject({ overview: false, brief: null });
  });
});
