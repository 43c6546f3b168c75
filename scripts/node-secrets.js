// Creates, once, the secrets of each local node (.infra/secrets/<node>.env): a staff-token
// secret, an Ed25519 exchange key pair (signing) and an X25519 one (what other counties
// encrypt to); then writes which counties each node trusts and encrypts to (every other
// county node's public keys) and the key registry key every node pins (the national node's).
// Real deployments provision these from their vault.
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const [secretsDir, ...nodeEnvFiles] = process.argv.slice(2);
mkdirSync(secretsDir, { recursive: true, mode: 0o700 });

const readEnv = (file) =>
  Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

const nodes = nodeEnvFiles.map((file) => {
  const env = readEnv(file);
  const secretsFile = join(secretsDir, `${env.NODE_ID}.env`);
  if (!existsSync(secretsFile)) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(
      secretsFile,
      [
        `STAFF_TOKEN_SECRET=${randomBytes(32).toString('hex')}`,
        `EXCHANGE_SIGNING_KEY=${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`,
        `EXCHANGE_PUBLIC_KEY=${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`,
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
  }
  // Nodes set up before exchange encryption get their X25519 pair added.
  if (!readEnv(secretsFile).EXCHANGE_DECRYPTION_KEY) {
    const { privateKey, publicKey } = generateKeyPairSync('x25519');
    appendFileSync(
      secretsFile,
      [
        `EXCHANGE_DECRYPTION_KEY=${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`,
        `EXCHANGE_ENCRYPTION_PUBLIC_KEY=${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`,
        '',
      ].join('\n'),
    );
  }
  // Nodes set up before personal fields were encrypted get their data and lookup keys added.
  if (!readEnv(secretsFile).DATA_ENCRYPTION_KEYS) {
    appendFileSync(
      secretsFile,
      [
        `DATA_ENCRYPTION_KEYS=k1:${randomBytes(32).toString('base64')}`,
        `DATA_LOOKUP_KEY=${randomBytes(32).toString('base64')}`,
        '',
      ].join('\n'),
    );
  }
  return { env, secretsFile, secrets: readEnv(secretsFile) };
});

// The national node's exchange key signs the key registry every node follows (pinned here).
const registry = nodes.find((node) => node.env.COUNTY_CODES.split(',').includes('100000'));

for (const node of nodes) {
  const others = nodes.filter((other) => other !== node);
  const keysOf = (publicKeyName) =>
    others
      .flatMap((other) =>
        other.env.COUNTY_CODES.split(',').map(
          (county) => `${county}=${other.secrets[publicKeyName]}`,
        ),
      )
      .join(',');
  writeFileSync(
    join(secretsDir, `${node.env.NODE_ID}.trust.env`),
    `EXCHANGE_TRUSTED_KEYS=${keysOf('EXCHANGE_PUBLIC_KEY')}\n` +
      `EXCHANGE_RECIPIENT_KEYS=${keysOf('EXCHANGE_ENCRYPTION_PUBLIC_KEY')}\n` +
      (registry ? `KEY_REGISTRY_PUBLIC_KEY=${registry.secrets.EXCHANGE_PUBLIC_KEY}\n` : ''),
    { mode: 0o600 },
  );
}
