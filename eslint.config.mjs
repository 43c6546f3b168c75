// Lint rules that catch what reviews miss: floating promises, non-exhaustive switches, and
// imports that cross the architecture (Nx module boundaries by scope and type tags).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

// Every folder under apps/ is a service; its alias is @tongban/<name>.
const APPS = readdirSync(new URL('./apps', import.meta.url));
const APP_ALIASES = APPS.map((app) => `@tongban/${app}`);

/** Library layers, lowest first; each may use the ones before it (and its own kind). */
const LAYERS = ['type:util', 'type:domain', 'type:contracts', 'type:data-access', 'type:feature'];

const boundaries = {
  enforceBuildableLibDependency: false,
  banTransitiveDependencies: false,
  depConstraints: [
    // Layers: util < domain < contracts < data-access < feature. Apps build on every layer;
    // the test kit only reaches tests (see the spec override below), never production code.
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:util'] },
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: LAYERS.slice(0, 2) },
    { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: LAYERS.slice(0, 4) },
    { sourceTag: 'type:feature', onlyDependOnLibsWithTags: LAYERS },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: LAYERS },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: LAYERS },
    // Cross-service tests and tools compose apps; nothing else may import an app.
    { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: [...LAYERS, 'type:app', 'type:testing'] },
    { sourceTag: 'type:tools', onlyDependOnLibsWithTags: [...LAYERS, 'type:app', 'type:testing'] },
    // Services own their code: an app imports shared libs and never another app.
    { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:shared', 'scope:intake'] },
    {
      sourceTag: 'scope:assessment',
      onlyDependOnLibsWithTags: ['scope:shared', 'scope:assessment'],
    },
    { sourceTag: 'scope:publicity', onlyDependOnLibsWithTags: ['scope:shared', 'scope:publicity'] },
    { sourceTag: 'scope:approval', onlyDependOnLibsWithTags: ['scope:shared', 'scope:approval'] },
    { sourceTag: 'scope:printing', onlyDependOnLibsWithTags: ['scope:shared', 'scope:printing'] },
    { sourceTag: 'scope:archive', onlyDependOnLibsWithTags: ['scope:shared', 'scope:archive'] },
    {
      sourceTag: 'scope:notification',
      onlyDependOnLibsWithTags: ['scope:shared', 'scope:notification'],
    },
    { sourceTag: 'scope:monitor', onlyDependOnLibsWithTags: ['scope:shared', 'scope:monitor'] },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/coverage',
      '.infra',
      '.nx',
      'tmp',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@nx/enforce-module-boundaries': ['error', { ...boundaries, allow: [] }],
    },
  },
  {
    // Tests may use the shared test kit (real-infrastructure helpers and factories).
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/__tests__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': ['error', { ...boundaries, allow: ['@tongban/testing'] }],
    },
  },
  {
    // End-to-end tests and tools compose whole services; nothing else may import an app.
    files: ['e2e/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { ...boundaries, allow: [...APP_ALIASES, '@tongban/testing'] },
      ],
    },
  },
  prettier,
);
