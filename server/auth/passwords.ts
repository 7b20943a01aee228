// Password hashing (bcrypt, cost 12) and the password rules. Passwords never leave this module in logs.
import bcrypt from 'bcryptjs';
import { z } from 'zod';

const BCRYPT_COST = 12;
/** bcrypt reads at most 72 bytes: longer passwords would be silently cut, so they are refused. */
const BCRYPT_MAX_BYTES = 72;
export const PASSWORD_MIN_LENGTH = 10;

export const NewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters (密码至少 ${PASSWORD_MIN_LENGTH} 个字符)`)
  .refine((p) => Buffer.byteLength(p, 'utf8') <= BCRYPT_MAX_BYTES, {
    message: `must be at most ${BCRYPT_MAX_BYTES} bytes (密码不能超过 ${BCRYPT_MAX_BYTES} 字节)`,
  })
  .refine((p) => p.trim().length === p.length, { message: 'must not start or end with spaces (密码首尾不能有空格)' });

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** A real hash to compare against when the user does not exist, so both cases take as long. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  if (hash === undefined) {
    dummyHash ??= bcrypt.hash('innochain-no-such-user', BCRYPT_COST);
    await bcrypt.compare(password, await dummyHash);
    return false;
  }
  return bcrypt.compare(password, hash);
}
