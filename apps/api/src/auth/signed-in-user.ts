import { Locale } from '@elinvoima/domain';

/** The person behind a session, as every request sees them: a User of the API. */
export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  /** May create groups and manage any group. */
  isOrgAdmin: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** SQL: the columns of a person `u` that make a SignedInUser. */
const USER_COLUMNS = 'u.id, u.name, u.email, u.locale, u.is_org_admin, u.created_at, u.updated_at';

/** SQL: the session with the token hash `$1`, if it has not expired, and its person. */
export const SESSION_VIEWER_SQL = `SELECT s.id AS session_id, s.created_at AS session_created_at, s.last_seen_at,
       ${USER_COLUMNS}
  FROM session s JOIN app_user u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.expires_at > now()`;

/** SQL: the person signing in with the email `$1` (lower-cased), with their password hash. */
export const SIGN_IN_SQL = `SELECT ${USER_COLUMNS}, u.password_hash FROM app_user u WHERE lower(u.email) = $1`;

export interface UserRow {
  id: string;
  name: string;
  email: string;
  locale: string;
  is_org_admin: boolean;
  created_at: Date;
  updated_at: Date;
}

/** A person read with USER_COLUMNS; the stored locale is `fi` or `en`. */
export function signedInUser(row: UserRow): SignedInUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale === Locale.EN ? Locale.EN : Locale.FI,
    isOrgAdmin: row.is_org_admin,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
