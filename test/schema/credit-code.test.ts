import { describe, expect, it } from 'vitest';
import { computeCreditCodeCheck, isValidCreditCode } from '../../src/schema/index.js';

describe('isValidCreditCode', () => {
  it.each([
    ['given a code with the right check character, accepts it', '91140100MA0K12340F', true],
    ['given a second real-shaped code, accepts it', '911400001100143213', true],
    ['given a wrong check character, rejects it', '91140100MA0K12340A', false],
    ['given a letter outside the alphabet (I, O, S, V, Z), rejects it', '91140100MA0K1234OF', false],
    ['given 17 characters, rejects it', '91140100MA0K12340', false],
    ['given lower case, rejects it', '91140100ma0k12340f', false],
  ])('%s', (_name, code, valid) => {
    expect(isValidCreditCode(code)).toBe(valid);
  });

  it('given the GB 32100 example weights, a check value of 31 maps to 0', () => {
    // Every 17-character prefix has exactly one valid check character from the alphabet.
    const check = computeCreditCodeCheck('91140100MA0K12340');
    expect(check).toBe('F');
  });
});
