// Creates, once, the secrets of each local node (.infra/secrets/<node>.env): a staff-token
// secret and an Ed25519 exchange key pair; then writes which counties each node trusts
// (every other county node's public key). Real deployments provision these from their vault.
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
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
  return { env, secretsFile, secrets: readEnv(secretsFile) };
});

for (const node of nodes) {
  const trusted = nodes
    .filter((other) => other !== node)
    .flatMap((other) =>
      other.env.COUNTY_CODES.split(',').map(
        (county) => `${county}=${other.secrets.EXCHANGE_PUBLIC_KEY}`,
      ),
    );
  writeFileSync(
    join(secretsDir, `${node.env.NODE_ID}.trust.env`),
    `EXCHANGE_TRUSTED_KEYS=${trusted.join(',')}\n`,
    {
      mode: 0o600,
    },
  );
}
