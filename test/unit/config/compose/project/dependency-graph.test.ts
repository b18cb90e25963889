import { describe, it } from 'node:test';
import { assertFails, file, lines, svc } from '../support.js';

describe('compose loader: errors name the file, the line and the key', () => {
  const cases: Array<[string, string, number, string]> = [
    [
      'a dependency cycle',
      lines(
        'services:',
        '  a:',
        '    image: x',
        '    depends_on: [b]',
        '  b:',
        '    image: x',
        '    depends_on: [c]',
        '  c:',
        '    image: x',
        '    depends_on: [a]',
      ),
      4,
      'services.a.depends_on: dependency cycle a -> b -> c -> a; remove one of these dependencies',
    ],
    [
      'a service depending on itself',
      svc('image: x', 'depends_on: [api]'),
      4,
      'services.api.depends_on: dependency cycle api -> api; remove one of these dependencies',
    ],
  ];
  for (const [name, text, line, message] of cases) {
    it(`reports ${name} at line ${line}`, () => {
      const expected = message.startsWith('expected')
        ? `${file}:${line}: ${message}`
        : `${file}:${line}: ${message}`;
      assertFails(text, expected);
    });
  }
});
