// Internal helper (not re-exported by the barrel): how a rejected value is quoted in error
// messages. Messages can reach API clients, so long input is cut and objects are not dumped.

const MAX_SHOWN = 40;

export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
      // String(-0) is "0"; keep the sign so the message shows what was actually sent.
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (value instanceof Date) return 'a date';
      return Array.isArray(value) ? 'an array' : 'an object';
  }
}
