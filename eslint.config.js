// npm run lint: typescript-eslint's strict, type-aware rules (floating and
// misused promises among them) on every TypeScript file; formatting is left to
// Prettier (eslint-config-prettier turns off the rules that would disagree).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.bench-build/', 'src/generated/', 'coverage/', 'out/', '.data/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers read naturally in messages; objects and undefined still do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(line) => console.log(line)` as a callback is clear enough.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // The compiler's noUncheckedIndexedAccess makes every index possibly
      // undefined; `m[1]!` says "this regex group matched", and the other
      // spellings (`?? ''`, a throw) hide the same assumption less plainly.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Port methods are async even when this implementation awaits nothing,
      // so that a throw inside them reaches the caller as a rejection.
      '@typescript-eslint/require-await': 'off',
      // `const { value: _unused, ...rest } = x` is how a field is left out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // date-fns's index loads all 300 of its modules: a quarter of a second of every start.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'date-fns', message: "Import each function from its own path: 'date-fns/format'." }] },
      ],
    },
  },
  {
    // Adapters read wire data (activities, payloads) that the platform
    // libraries type as always present; the checks for what a hostile or
    // broken sender leaves out are not unnecessary there.
    files: ['adapters/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off' },
  },
  {
    // Tests read the fake platforms' requests as untyped JSON and assert on
    // their shape; typing every payload would only restate the assertions.
    // Teardown guards (`bot?.close()`) run after a setup that may have failed.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  prettier,
);
