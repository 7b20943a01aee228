// Session tokens: 256 random bits for the cookie; only their SHA-256 is stored, so a database dump
// cannot be replayed as a login.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newId(): string {
  return randomUUID();
}
