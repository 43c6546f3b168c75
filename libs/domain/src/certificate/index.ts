export * from './certificate-number';
export * from './lifecycle';
export * from './validity';
