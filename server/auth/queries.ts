// Cypher for users, sessions and the audit log. These nodes never carry :Entity and never get relationships.

export const FIND_USER = `
MATCH (u:User {username: $username})
RETURN u {.username, .role, .displayName, .disabled, .passwordHash} AS user`;

export const CREATE_USER = `
CREATE (u:User {username: $username, role: $role, displayName: $displayName, passwordHash: $passwordHash,
                disabled: false, createdAt: $now, updatedAt: $now})
RETURN u {.username, .role, .displayName, .disabled, .createdAt, .updatedAt, .lastLoginAt} AS user`;

export const LIST_USERS = `
MATCH (u:User)
RETURN u {.username, .role, .displayName, .disabled, .createdAt, .updatedAt, .lastLoginAt} AS user
ORDER BY u.username`;

/** Locks the user before reading it, so concurrent admin changes serialise. */
export const LOCK_USER = `
MATCH (u:User {username: $username})
SET u._lock = true
REMOVE u._lock
RETURN u {.username, .role, .displayName, .disabled, .createdAt, .updatedAt, .lastLoginAt} AS user`;

export const UPDATE_USER = `
MATCH (u:User {username: $username})
SET u += $changes, u.updatedAt = $now
RETURN u {.username, .role, .displayName, .disabled, .createdAt, .updatedAt, .lastLoginAt} AS user`;

export const SET_PASSWORD = `
MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash, u.updatedAt = $now`;

export const DELETE_USER = `
MATCH (u:User {username: $username})
DELETE u`;

/** Enabled admins other than the one named: the last admin may not be demoted, disabled or deleted. */
export const OTHER_ACTIVE_ADMINS = `
MATCH (u:User {role: 'admin'})
WHERE u.username <> $username AND NOT coalesce(u.disabled, false)
RETURN count(u) AS admins`;

export const CREATE_SESSION = `
MATCH (u:User {username: $username})
SET u.lastLoginAt = $now
CREATE (:Session {tokenHash: $tokenHash, username: $username, createdAt: $now, expiresAt: $expiresAt})`;

export const SESSION_USER = `
MATCH (s:Session {tokenHash: $tokenHash})
WHERE s.expiresAt > $now
MATCH (u:User {username: s.username})
WHERE NOT coalesce(u.disabled, false)
RETURN u {.username, .role, .displayName} AS user`;

export const DELETE_SESSION = `
MATCH (s:Session {tokenHash: $tokenHash})
DELETE s`;

/** Every session of a user, except optionally the one in use (after a password change). */
export const DELETE_USER_SESSIONS = `
MATCH (s:Session {username: $username})
WHERE $keep IS NULL OR s.tokenHash <> $keep
DELETE s`;

export const DELETE_EXPIRED_SESSIONS = `
MATCH (s:Session)
WHERE s.expiresAt <= $now
DELETE s`;

export const CREATE_AUDIT_ENTRY = `
CREATE (a:AuditEntry)
SET a = $entry`;
