// What a terminal shows: a catalog's text may hold control characters (an escape sequence, a bell, a backspace) that a
// terminal would obey rather than print. Text for people goes through this one function.

/** Text safe for a terminal: tabs become spaces, other control characters a visible U+FFFD; line breaks stay. */
export function terminalSafe(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return s.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '\uFFFD');
}
