/**
 * Field names that hold personal data (R32). Logs never print their values, at any depth we
 * log objects at; events and responses are governed separately.
 */
export const PERSONAL_DATA_FIELDS = [
  'name',
  'applicantName',
  'guardianName',
  'idNumber',
  'guardianIdNumber',
  'phone',
  'guardianPhone',
  'email',
  'address',
  'mailingAddress',
  'diagnosis',
  'birthDate',
  // Certificate numbers begin with the holder's ID number.
  'cardNumber',
  'certificateNumber',
  'currentCertificateNumber',
  'holderIdNumber',
  'holderName',
  'recipientName',
  'addressLine',
] as const;

const CREDENTIAL_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

/** pino `redact` paths covering personal fields at the top level and two levels down. */
export function personalDataRedactPaths(): string[] {
  return [
    ...CREDENTIAL_PATHS,
    ...PERSONAL_DATA_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  ];
}
