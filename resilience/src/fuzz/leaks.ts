// What must never reach a client in an error message: a stack trace, a file path of the server,
// SQL or a database error, an internal address. GraphQL's own validation messages quote the
// value that was refused, so the values the client sent are cut out before looking.
const LEAKS: Array<[kind: string, pattern: RegExp]> = [
  ['stack trace', /\n\s+at |\bat (?:async )?[\w$.<>]+ \(|\(node:internal|:\d+:\d+\)/],
  ['file path', /\/(?:work|home|usr|opt|srv|app|var|root)\/|node_modules|\bdist\/|[\w-]+\.(?:ts|js|mjs|cjs):\d+/],
  [
    'SQL or database error',
    /\b(?:relation|column|table|constraint) "[^"]*"|violates (?:unique|foreign key|check|not-null|exclusion) constraint|duplicate key value|syntax error at or near|invalid input (?:syntax|value) for|out of range for type|QueryFailedError|EntityNotFound|current transaction is aborted|\bpg_[a-z_]+|\bSQLSTATE\b|\bSELECT\b[\s\S]{0,300}\bFROM\b|\bINSERT INTO\b|\bUPDATE\b[\s\S]{0,300}\bSET\b|\bDELETE FROM\b/i,
  ],
  ['internal address or network error', /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|127\.0\.0\.1:\d+|localhost:\d+|\[::1\]:\d+|getaddrinfo/],
  ['JavaScript error', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError): |Cannot read propert|is not a function|undefined is not|Maximum call stack/],
];

/** Every kind of leak found in `message` once the client's own values are cut out of it. */
/** A message is read up to this length: past it, what remains is the client's own huge value quoted back. */
const READ_UP_TO = 20_000;

export function leaks(message: string, sent: readonly string[] = []): string[] {
  // A syntax error quotes the client's own document after "GraphQL request:".
  let text = message.slice(0, READ_UP_TO).replace(/\n\nGraphQL request:[\s\S]*$/, '');
  // Longest first, so that a value containing another is removed whole.
  for (const value of [...sent].filter((v) => v.length >= 3).sort((a, b) => b.length - a.length)) {
    for (const form of [value, JSON.stringify(value).slice(1, -1)]) text = text.split(form).join('«sent»');
  }
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}
