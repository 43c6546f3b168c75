export * from './encrypted-column';
export * from './field-cipher';
export * from './field-key-ring';
export * from './field-reencryption';
export * from './installed-key-ring';
export * from './lookup-hash-column';
