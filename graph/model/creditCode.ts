// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
// alphabet (digits and capitals without I, O, S, V, Z), the last a check character over the first 17.
// Imported by the browser too: no server code here.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of position i is 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'shape' | 'check';

/** The check character the first 17 characters call for. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Undefined when the code is well formed and its check character is right; else what is wrong. */
export function creditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (!SHAPE.test(code)) return 'shape';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? undefined : 'check';
}
