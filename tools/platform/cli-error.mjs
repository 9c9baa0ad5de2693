/** An expected failure: the CLI prints its message without a stack trace and exits with `exitCode`. */
export class CliError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
