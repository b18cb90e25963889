import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TestFileIndex } from '../../../../src/shard/junit/test-file-index.js';

const index = new TestFileIndex(
  [
    'tests/api/test_users.py',
    'e2e/tests/login.spec.ts',
    'web/a/widget.test.ts',
    'web/b/widget.test.ts',
    'core/src/test/java/com/acme/CartTest.java',
    'app/src/test/kotlin/com/acme/PriceTest.kt',
    'pkg/cart/cart_test.go',
    'pkg/cart/db_test.go',
    'svc/a/store/store_test.go',
    'svc/b/store/store_test.go',
  ],
  { root: '/home/runner/work/shop/shop' },
);

describe('TestFileIndex', () => {
  const paths: [string, string | undefined][] = [
    ['tests/api/test_users.py', 'tests/api/test_users.py'],
    ['./tests/api/test_users.py', 'tests/api/test_users.py'],
    ['/home/runner/work/shop/shop/tests/api/test_users.py', 'tests/api/test_users.py'],
    ['/app/tests/api/test_users.py', 'tests/api/test_users.py'],
    ['file:///app/e2e/tests/login.spec.ts', 'e2e/tests/login.spec.ts'],
    ['C:\\work\\shop\\e2e\\tests\\login.spec.ts', 'e2e/tests/login.spec.ts'],
    ['login.spec.ts', 'e2e/tests/login.spec.ts'],
    ['a/widget.test.ts', 'web/a/widget.test.ts'],
    ['widget.test.ts', undefined],
    ['tests/api/test_orders.py', undefined],
    ['', undefined],
  ];
  for (const [reported, expected] of paths) {
    test(`the path "${reported}" is ${expected ?? 'no file (missing or ambiguous)'}`, () => {
      assert.equal(index.byPath(reported), expected);
    });
  }

  const dotted: [string, string | undefined][] = [
    ['tests.api.test_users', 'tests/api/test_users.py'],
    ['tests.api.test_users.TestLogin.TestWithSso', 'tests/api/test_users.py'],
    ['api.test_users.TestLogin', 'tests/api/test_users.py'],
    ['com.acme.CartTest', 'core/src/test/java/com/acme/CartTest.java'],
    ['com.acme.CartTest$WhenEmpty', 'core/src/test/java/com/acme/CartTest.java'],
    ['com.acme.PriceTest', 'app/src/test/kotlin/com/acme/PriceTest.kt'],
    ['com.acme.MissingTest', undefined],
    ['cart adds an item', undefined],
  ];
  for (const [name, expected] of dotted) {
    test(`the dotted name "${name}" is ${expected ?? 'no file'}`, () => {
      assert.equal(index.byDottedName(name), expected);
    });
  }

  test("a Go import path is its folder's _test.go files", () => {
    assert.deepEqual(index.byGoPackage('github.com/acme/shop/pkg/cart'), [
      'pkg/cart/cart_test.go',
      'pkg/cart/db_test.go',
    ]);
    assert.deepEqual(index.byGoPackage('github.com/acme/shop/svc/a/store'), ['svc/a/store/store_test.go']);
  });

  test('a Go package that fits two folders, or a bare word, is no package', () => {
    assert.deepEqual(index.byGoPackage('github.com/acme/other/store'), []);
    assert.deepEqual(index.byGoPackage('cart'), []);
    assert.deepEqual(index.byGoPackage('cart adds an item'), []);
  });

  test("with go.mod's module, the package's folder is exact, the root one too", () => {
    const go = new TestFileIndex(['main_test.go', 'pkg/cart/cart_test.go'], { goModule: 'shop' });
    assert.deepEqual(go.byGoPackage('shop'), ['main_test.go']);
    assert.deepEqual(go.byGoPackage('shop/pkg/cart'), ['pkg/cart/cart_test.go']);
    assert.deepEqual(go.byGoPackage('shop/pkg/none'), []);
  });
});
