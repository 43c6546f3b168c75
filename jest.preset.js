// Shared by the unit and integration configs: TypeScript through swc (with decorator
// metadata, which NestJS, TypeORM and class-validator need) and the @tongban/* aliases.
const APPS = [
  'intake',
  'assessment',
  'publicity',
  'approval',
  'printing',
  'archive',
  'notification',
  'monitor',
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          keepClassNames: true,
        },
        sourceMaps: 'inline',
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    [`^@tongban/(${APPS.join('|')})$`]: '<rootDir>/apps/$1/src/index.ts',
    '^@tongban/(.*)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
