// class-transformer ships the types of its metadata storage apart from the CommonJS module that
// holds it; class-validator-jsonschema needs that storage to follow `@Type(() => …)`.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
