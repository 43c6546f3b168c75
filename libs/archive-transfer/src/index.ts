export * from './signed-text';
export * from './transfer-manifests';
export * from './transfer-receipts';
export * from './verified-copy';
