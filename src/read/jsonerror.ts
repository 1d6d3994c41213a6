// Where malformed JSON goes wrong. Node's JSON.parse messages no longer give a position, and a user fixing a
// hand-edited dump needs the line. Runs only after JSON.parse has failed; iterative, so deep nesting is safe.

export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  const n = text.length;
  let i = 0;
  let expect: Expect = 'value';
  const fail = (reason: string): JsonSyntaxError => ({ ...position(text, i), reason });
  const after = (): Expect => (stack.length ? 'comma-or-close' : 'end');
  const string = (): JsonSyntaxError | null => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c === 92) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return fail('bad escape in a string');
        i = ESCAPE.lastIndex;
        continue;
      }
      if (c < 0x20) return fail(c === 10 ? 'line break inside a string' : 'control character inside a string');
      i++;
    }
    return fail('unterminated string');
  };

  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) return expect === 'end' ? null : fail('unexpected end of input');
    const c = text[i]!;
    switch (expect) {
      case 'end':
        return fail(`unexpected ${show(c)} after the end of the JSON value`);
      case 'value':
      case 'value-or-close': {
        if (c === ']' && expect === 'value-or-close') {
          stack.pop();
          i++;
          expect = after();
        } else if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
        } else if (c === '"') {
          const e = string();
          if (e) return e;
          expect = after();
        } else {
          LITERAL.lastIndex = i;
          if (!LITERAL.test(text)) return fail(`unexpected ${show(c)} where a value should be`);
          i = LITERAL.lastIndex;
          expect = after();
        }
        break;
      }
      case 'key':
      case 'key-or-close':
        if (c === '}' && expect === 'key-or-close') {
          stack.pop();
          i++;
          expect = after();
        } else if (c === '"') {
          const e = string();
          if (e) return e;
          expect = 'colon';
        } else return fail(`expected a property name in double quotes, found ${show(c)}`);
        break;
      case 'colon':
        if (c !== ':') return fail(`expected ':' after a property name, found ${show(c)}`);
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          expect = close === '}' ? 'key' : 'value';
        } else if (c === close) {
          stack.pop();
          i++;
          expect = after();
        } else return fail(`expected ',' or '${close}', found ${show(c)}`);
        break;
      }
    }
  }
}

function show(c: string): string {
  return /[\x21-\x7e]/.test(c) ? `'${c}'` : `character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
