// Accounts people create on the development provider ("Créer un compte"): kept in memory like the
// demo ones (a restart forgets them), each with a fresh UUID subject and no claim of the platform
// (`org`, `roles`): such a person acts through the memberships the platform holds (they register
// their organisation or join one with an invitation; docs/sign-in.md). Passwords are kept as
// scrypt hashes, even here: a development tool should not teach keeping them in clear.
import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';

export interface RegisteredAccount {
  /** The e-mail, which is also the login. */
  login: string;
  subject: string;
  name: string;
  email: string;
  org?: undefined;
  roles: string[];
}

interface Stored extends RegisteredAccount {
  salt: Buffer;
  hash: Buffer;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const PASSWORD_MIN_LENGTH = 8;
/** A development tool's memory stays bounded however many accounts tests make. */
const MAX_ACCOUNTS = 10_000;

export type SignUpProblem = 'email' | 'name' | 'password' | 'taken';

const byLogin = new Map<string, Stored>();
const bySubject = new Map<string, Stored>();

function hashOf(password: string, salt: Buffer): Buffer {
  return scryptSync(password, salt, 32);
}

/** Creates an account, or says what is wrong with the form (a login already taken by a demo account is `taken` too). */
export function registerAccount(form: { email: string; name: string; password: string }, isTaken: (login: string) => boolean): RegisteredAccount | SignUpProblem {
  const email = form.email.trim().toLowerCase();
  const name = form.name.trim().replace(/\s+/g, ' ');
  if (email.length > 254 || !EMAIL.test(email)) return 'email';
  if (!name || name.length > 200) return 'name';
  if (form.password.length < PASSWORD_MIN_LENGTH || form.password.length > 200) return 'password';
  if (byLogin.has(email) || isTaken(email)) return 'taken';
  if (byLogin.size >= MAX_ACCOUNTS) {
    const oldest = byLogin.values().next().value as Stored;
    byLogin.delete(oldest.login);
    bySubject.delete(oldest.subject);
  }
  const salt = randomBytes(16);
  const account: Stored = { login: email, subject: randomUUID(), name, email, roles: [], salt, hash: hashOf(form.password, salt) };
  byLogin.set(email, account);
  bySubject.set(account.subject, account);
  return publicPart(account);
}

/** The account whose login and password these are; undefined otherwise. */
export function registeredAccountSigningIn(login: string, password: string): RegisteredAccount | undefined {
  const account = byLogin.get(login.trim().toLowerCase());
  if (!account) return undefined;
  const candidate = hashOf(password, account.salt);
  return timingSafeEqual(candidate, account.hash) ? publicPart(account) : undefined;
}

export function registeredAccountBySubject(subject: string): RegisteredAccount | undefined {
  const account = bySubject.get(subject);
  return account && publicPart(account);
}

function publicPart({ salt: _salt, hash: _hash, ...account }: Stored): RegisteredAccount {
  return account;
}
