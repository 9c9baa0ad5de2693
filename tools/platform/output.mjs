// What the CLI prints: its own lines, and its children's lines prefixed with their name.
// Services log JSON lines; in a terminal they are shown as "time level message key=value".

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);
export const bold = paint('1');
export const dim = paint('2');
export const red = paint('31');
export const green = paint('32');
export const yellow = paint('33');

const PALETTE = ['36', '35', '34', '32', '33', '96', '95'];
const LEVEL_COLOUR = { debug: dim, info: (t) => t, warn: yellow, error: red };

/** A line from the CLI itself. */
export function say(message) {
  console.log(`${bold('platform')} ${message}`);
}

export function warn(message) {
  console.error(`${bold('platform')} ${yellow(message)}`);
}

/** A line printer for one child: `name │ line`, names padded to the same width. */
export function childPrinter(name, index, width) {
  const label = paint(PALETTE[index % PALETTE.length])(name.padEnd(width));
  return (line, isError) => {
    const text = prettyLogLine(line) ?? (isError ? red(line) : line);
    (isError ? process.stderr : process.stdout).write(`${label} ${dim('│')} ${text}\n`);
  };
}

/** Renders a service's JSON log line for a human; undefined when the line is not one. */
export function prettyLogLine(line) {
  if (!line.startsWith('{')) return undefined;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof entry !== 'object' || entry === null || typeof entry.message !== 'string') return undefined;
  const { time, level = 'info', service: _service, message, ...fields } = entry;
  const clock = typeof time === 'string' ? time.slice(11, 19) : '';
  const rest = Object.entries(fields)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  const colour = LEVEL_COLOUR[level] ?? ((t) => t);
  return `${dim(clock)} ${colour(level.padEnd(5))} ${colour(message)}${rest ? ` ${dim(rest)}` : ''}`;
}
