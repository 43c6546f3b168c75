import { topicName, Topics } from '@tongban/contracts';
import { OutboxMessage, SignatureHeaders } from '@tongban/messaging';
import { ServiceApp } from '@tongban/runtime';
import { DocumentStore, sha256Hex } from '@tongban/storage';
import type { StaffRole } from '@tongban/auth';
import { eventually, randomCountyCodes, TestNode } from '@tongban/testing';
import { createPublicKey, verify } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PRINTING_DEFINITION } from '../printing.definition';
import { caseApprovedEnvelope } from './__tests__/case-approved.envelope';
import { storeTestPhoto } from './__tests__/test-photo';
import { CertificateDispatch } from './certificate-dispatch.entity';
import { RegisteredCard } from '../card-register/registered-card.entity';
import { Certificate } from './certificate.entity';
import { withNumber } from '../card-register/__tests__/with-number';

const VERIFY_BASE = 'https://verify.tongban.test';

/** `count` different random county codes. */

describe('printing: card, dispatch, staff view and public verification (real servers)', () => {
  let hukou: TestNode;
  let residence: TestNode;
  let printing: ServiceApp;
  let db: DataSource;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    // Two nodes: the residence county only owns the topic the dispatch goes to (and cleans it up).
    // The hukou node serves a second county, whose staff take part in none of the cases (R32).
    const [hukouCounty, otherCounty, residenceCounty] = randomCountyCodes(3);
    [hukou, residence] = await Promise.all([
      TestNode.create([hukouCounty, otherCounty]),
      TestNode.create([residenceCounty]),
    ]);
    hukou.federateWith(residence);
    printing = await hukou.start(PRINTING_DEFINITION, { PUBLIC_VERIFY_BASE_URL: VERIFY_BASE });
    db = printing.app.get(DataSource);
    http = request(printing.app.getHttpServer());
  });

  afterAll(() => Promise.all([hukou.dispose(), residence.dispose()]));

  /** An HTTP client acting as a staff member of the hukou node (first county unless given). */
  const as = (role: StaffRole, county?: string) => {
    const headers = hukou.staffHeaders(role, county);
    return {
      get: (path: string) => http.get(path).set(headers),
      post: (path: string) => http.post(path).set(headers),
    };
  };

  /** Sends an approval for a new case and waits for its certificate. */
  async function issueCertificate(): Promise<Certificate> {
    const photo = await storeTestPhoto(printing.app.get(DocumentStore));
    const approved = caseApprovedEnvelope({
      hukouCountyCode: hukou.countyCodes[0]!,
      residenceCountyCode: residence.countyCodes[0]!,
      photo,
    });
    await hukou.produce(topicName(Topics.caseApproved, { nodeId: hukou.nodeId }), [
      { key: approved.caseId, value: JSON.stringify(approved) },
    ]);
    return eventually(() =>
      db.getRepository(Certificate).findOneByOrFail({ applicationId: approved.caseId }),
    );
  }

  const snapshot = async () => ({
    dispatches: await db.getRepository(CertificateDispatch).count(),
    outbox: await db.getRepository(OutboxMessage).count(),
    certificates: await db.getRepository(Certificate).find({ order: { cardId: 'ASC' } }),
  });

  describe('the printable card', () => {
    it('is a PDF with the photo, the CJK text and the QR code', async () => {
      const certificate = await issueCertificate();
      const response = await as('PRINTER')
        .get(`/certificates/${certificate.certificateNumber}/card.pdf`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toBe('no-store');
      const pdf = response.body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5_000);
      const text = pdf.toString('latin1');
      expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
      expect(text).toMatch(/\/Subtype \/Image/);
    });

    it('refuses to print a photo whose bytes changed since they arrived (R30)', async () => {
      const certificate = await issueCertificate();
      await printing.app
        .get(DocumentStore)
        .put(certificate.photoKey, Buffer.from('not the approved photo'), 'image/png');
      const response = await as('PRINTER')
        .get(`/certificates/${certificate.certificateNumber}/card.pdf`)
        .expect(409);
      expect(response.body.message.join()).toMatch(/^photo: .*sha256.*\(R30\)/);
    });

    it('answers 404 for an unknown number and 400 for a malformed one', async () => {
      await as('PRINTER').get('/certificates/11010519491231002X11/card.pdf').expect(404);
      const bad = await as('PRINTER').get('/certificates/11010519491231002/card.pdf').expect(400);
      expect(bad.body.message.join()).toMatch(/^certificateNumber: /);
    });
  });

  describe('courier dispatch', () => {
    it('records the dispatch, cash on delivery, and sends a signed event to the residence county', async () => {
      const certificate = await issueCertificate();
      const response = await as('PRINTER')
        .post(`/certificates/${certificate.certificateNumber}/dispatch`)
        .send({ courier: ' 中国邮政EMS ', waybillNumber: 'EMS1180654321' })
        .expect(201);
      expect(response.body).toMatchObject({
        courier: '中国邮政EMS',
        waybillNumber: 'EMS1180654321',
        cashOnDelivery: true, // R29
        recipientCountyCode: residence.countyCodes[0],
      });

      const dispatch = await db
        .getRepository(CertificateDispatch)
        .findOneByOrFail({ certificate: { card: withNumber(certificate.certificateNumber) } });
      // R12: to the address the applicant chose, as the approval carried it.
      expect(dispatch).toMatchObject({
        recipientName: certificate.mailingAddress.recipientName,
        recipientPhone: certificate.mailingAddress.phone,
        recipientCountyCode: certificate.mailingAddress.countyCode,
        addressLine: certificate.mailingAddress.addressLine,
        cashOnDelivery: true,
      });

      const topic = topicName(Topics.certificateDispatched, {
        nodeId: hukou.nodeId,
        countyCode: residence.countyCodes[0],
      });
      // On the wire: encrypted to the residence county, signed over those bytes.
      const message = await residence.findMessage(topic, () => true, { raw: true });
      const value = message.value!;
      const envelope = JSON.parse((await residence.opened(message)).value!.toString());
      expect(envelope).toMatchObject({
        type: 'exchange.certificate.dispatched',
        sourceCounty: hukou.countyCodes[0],
        destinationCounty: residence.countyCodes[0],
        caseId: certificate.applicationId,
        correlationId: certificate.correlationId,
        payload: {
          applicationId: certificate.applicationId,
          certificateNumber: certificate.certificateNumber,
          validFrom: certificate.validFrom,
          validUntil: certificate.validThrough,
          courier: '中国邮政EMS',
          waybillNumber: 'EMS1180654321',
          cashOnDelivery: true,
        },
      });
      // Signed by the hukou county over exactly these bytes (DESIGN §4).
      expect(message.headers![SignatureHeaders.signer]!.toString()).toBe(hukou.countyCodes[0]);
      const signature = message.headers![SignatureHeaders.signature]!.toString();
      const publicKey = createPublicKey({
        key: Buffer.from(hukou.exchangeKeys.publicKey, 'base64'),
        format: 'der',
        type: 'spki',
      });
      expect(verify(null, value, publicKey, Buffer.from(signature, 'base64'))).toBe(true);
      // R32: the event carries the waybill, never the name, phone or address.
      expect(JSON.stringify(envelope)).not.toMatch(/中山北路|13800138000|张三/);
      expect(value.toString()).not.toContain('EMS1180654321');

      const view = await as('PRINTER')
        .get(`/certificates/${certificate.certificateNumber}`)
        .expect(200);
      expect(view.body.dispatch).toMatchObject({
        courier: '中国邮政EMS',
        waybillNumber: 'EMS1180654321',
        cashOnDelivery: true,
      });
    });

    it('refuses a second dispatch of the same card with 409 naming R12, changing nothing', async () => {
      const certificate = await issueCertificate();
      const path = `/certificates/${certificate.certificateNumber}/dispatch`;
      await as('PRINTER')
        .post(path)
        .send({ courier: '顺丰速运', waybillNumber: 'SF1000000001' })
        .expect(201);
      const before = await snapshot();

      const again = await as('PRINTER')
        .post(path)
        .send({ courier: '顺丰速运', waybillNumber: 'SF1000000002' })
        .expect(409);
      expect(again.body.message.join()).toMatch(
        /^certificateNumber: this card was already dispatched on \d{4}-\d{2}-\d{2} by 顺丰速运, waybill SF1000000001; .*\(R12\)/,
      );
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a waybill already used for another card, naming the field', async () => {
      const [first, second] = [await issueCertificate(), await issueCertificate()];
      const body = { courier: '京东物流', waybillNumber: 'JD0099887766' };
      await as('PRINTER')
        .post(`/certificates/${first.certificateNumber}/dispatch`)
        .send(body)
        .expect(201);
      const before = await snapshot();
      const response = await as('PRINTER')
        .post(`/certificates/${second.certificateNumber}/dispatch`)
        .send(body)
        .expect(409);
      expect(response.body.message.join()).toMatch(/^waybillNumber: waybill JD0099887766/);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a card that is not ACTIVE (R21, R23)', async () => {
      const certificate = await issueCertificate();
      // The card's status lives in the register (R21: frozen by the original county).
      await db
        .getRepository(RegisteredCard)
        .update(withNumber(certificate.certificateNumber), { status: 'FROZEN' });
      const before = await snapshot();
      const response = await as('PRINTER')
        .post(`/certificates/${certificate.certificateNumber}/dispatch`)
        .send({ courier: 'EMS', waybillNumber: 'EMS0000000007' })
        .expect(409);
      expect(response.body.message.join()).toMatch(/^certificateNumber: the card is FROZEN/);
      expect(await snapshot()).toEqual(before);
    });

    it('answers a bad body with 400 naming each field, and changes nothing', async () => {
      const certificate = await issueCertificate();
      const before = await snapshot();
      const response = await as('PRINTER')
        .post(`/certificates/${certificate.certificateNumber}/dispatch`)
        .send({ courier: '', waybillNumber: 'no spaces allowed!', cashOnDelivery: false })
        .expect(400);
      const problems = (response.body as { message: string[] }).message.join('\n');
      expect(problems).toMatch(/courier must be longer than or equal to 1 characters/);
      expect(problems).toMatch(/waybillNumber must be 4 to 40 letters, digits or dashes \(R12\)/);
      expect(problems).toMatch(/property cashOnDelivery should not exist/);

      const missing = await as('PRINTER')
        .post(`/certificates/${certificate.certificateNumber}/dispatch`)
        .send({})
        .expect(400);
      expect(missing.body.message.join('\n')).toMatch(/courier must be a string/);
      expect(missing.body.message.join('\n')).toMatch(/waybillNumber must be a string/);
      expect(await snapshot()).toEqual(before);
    });

    it('answers 404 for an unknown card and 400 for a malformed number, changing nothing', async () => {
      const before = await snapshot();
      const body = { courier: 'EMS', waybillNumber: 'EMS0000000009' };
      const unknown = await as('PRINTER')
        .post('/certificates/11010519491231002X11/dispatch')
        .send(body)
        .expect(404);
      expect(unknown.body.message.join()).toMatch(/^certificateNumber: no certificate/);
      const wrongCheck = await as('PRINTER')
        .post('/certificates/11010519491231002111/dispatch')
        .send(body)
        .expect(400);
      expect(wrongCheck.body.message.join()).toMatch(/^certificateNumber: .*check character/);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('staff view', () => {
    it('shows status, dates and dispatch with the ID masked and no name or address', async () => {
      const certificate = await issueCertificate();
      const response = await as('PRINTER')
        .get(`/certificates/${certificate.certificateNumber}`)
        .expect(200);
      expect(response.body).toEqual({
        certificateNumber: certificate.certificateNumber,
        applicationId: certificate.applicationId,
        status: 'ACTIVE',
        maskedIdNumber: `${'*'.repeat(14)}${certificate.holderIdNumber.slice(14)}`,
        category: 'PHYSICAL',
        level: 2,
        issuingCountyCode: hukou.countyCodes[0],
        residenceCountyCode: residence.countyCodes[0],
        issuedOn: certificate.issuedOn,
        validFrom: certificate.validFrom,
        validThrough: certificate.validThrough,
        issuedAt: certificate.issuedAt.toISOString(),
        dispatch: null,
      });
      expect(JSON.stringify(response.body)).not.toMatch(/张三|中山北路|13800138000/);
    });

    it('answers 404 for an unknown number', async () => {
      await as('PRINTER').get('/certificates/11010519491231002X11').expect(404);
    });
  });

  describe('public verification (issue 8 item 1)', () => {
    it('answers VALID by QR token with the validity, masked name and photo, and nothing else', async () => {
      const certificate = await issueCertificate();
      const response = await http.get(`/verify/${certificate.verificationToken}`).expect(200);
      expect(response.body).toEqual({
        status: 'VALID',
        validUntil: certificate.validThrough,
        maskedName: '张*',
        photoPath: `verify/${certificate.verificationToken}/photo`,
      });
      const photo = await http.get(`/${response.body.photoPath}`).expect(200);
      expect(photo.headers['content-type']).toBe(certificate.photoContentType);
      expect(photo.headers['cache-control']).toBe('no-store');
      expect(sha256Hex(photo.body as Buffer)).toBe(certificate.photoSha256);
    });

    it.each([
      ['FROZEN', { status: 'FROZEN' as const }, { status: 'FROZEN' }],
      ['CANCELLED', { status: 'CANCELLED' as const }, { status: 'CANCELLED' }],
      ['REPORTED_LOST', { status: 'REPORTED_LOST' as const }, { status: 'REPORTED_LOST' }],
      ['EXPIRED', { validFrom: '2010-01-01', validThrough: '2019-12-31' }, { status: 'EXPIRED' }],
    ])('answers %s', async (_label, change, expected) => {
      const certificate = await issueCertificate();
      // Verification reads status and validity from the card register.
      await db
        .getRepository(RegisteredCard)
        .update(withNumber(certificate.certificateNumber), change as Partial<RegisteredCard>);
      const token = certificate.verificationToken;
      const response = await http.get(`/verify/${token}`).expect(200);
      expect(response.body).toMatchObject(expected);
      // A lost or cancelled card is no longer its holder's: nothing about them is shown.
      const gone = ['CANCELLED', 'REPORTED_LOST'].includes(expected.status);
      expect(Object.keys(response.body).sort()).toEqual(
        gone ? ['status'] : ['maskedName', 'photoPath', 'status', 'validUntil'],
      );
      await http.get(`/verify/${token}/photo`).expect(gone ? 404 : 200);
    });

    it('never answers for a certificate number, which is built from the holder’s ID', async () => {
      const certificate = await issueCertificate();
      for (const number of [certificate.certificateNumber, '11010519491231002X11']) {
        // The same answer whether or not a card has the number: nothing to enumerate.
        const refused = await http.get(`/verify/${number}`).expect(400);
        expect(refused.body.message.join()).toMatch(
          /^token: cards are verified by the token of their QR code only/,
        );
        expect(JSON.stringify(refused.body)).not.toMatch(/VALID|PHYSICAL|validUntil/);
        await http.get(`/verify/${number}/photo`).expect(400);
      }
    });

    it('answers 404 UNKNOWN for a token never issued, and 400 naming the field for junk', async () => {
      const unknown = await http.get(`/verify/${'A'.repeat(43)}`).expect(404);
      expect(unknown.body.status).toBe('UNKNOWN');
      await http.get(`/verify/${'A'.repeat(43)}/photo`).expect(404);
      const junk = await http.get('/verify/hello').expect(400);
      expect(junk.body.message.join()).toMatch(/^token: expected the 43-character token/);
    });
  });

  describe('staff access (issue 4 item 10, R32)', () => {
    const dispatchBody = { courier: 'EMS', waybillNumber: 'EMS0000000100' };

    it('answers 401 without a token for the card, the dispatch and the staff view; nothing changes', async () => {
      const { certificateNumber } = await issueCertificate();
      const before = await snapshot();
      const refused = await http.get(`/certificates/${certificateNumber}/card.pdf`).expect(401);
      expect(refused.body.message).toMatch(/missing Authorization header/);
      await http.post(`/certificates/${certificateNumber}/dispatch`).send(dispatchBody).expect(401);
      await http.get(`/certificates/${certificateNumber}`).expect(401);
      expect(await snapshot()).toEqual(before);
    });

    it('answers 403 to roles other than the printer’s for the card and the dispatch; nothing changes', async () => {
      const { certificateNumber } = await issueCertificate();
      const before = await snapshot();
      const approver = await as('APPROVER')
        .post(`/certificates/${certificateNumber}/dispatch`)
        .send(dispatchBody)
        .expect(403);
      expect(approver.body.message).toMatch(/role APPROVER may not use this endpoint.*PRINTER/);
      await as('AUDITOR')
        .post(`/certificates/${certificateNumber}/dispatch`)
        .send(dispatchBody)
        .expect(403);
      // The card carries the holder's photo and data: printers only.
      await as('CLERK').get(`/certificates/${certificateNumber}/card.pdf`).expect(403);
      expect(await snapshot()).toEqual(before);
      // The staff view is open to any staff role of a county on the case.
      await as('AUDITOR').get(`/certificates/${certificateNumber}`).expect(200);
    });

    it('R32: a printer of a served county not on the case gets 403; nothing is printed or mailed', async () => {
      const certificate = await issueCertificate();
      const { certificateNumber } = certificate;
      const before = await snapshot();
      const outsider = as('PRINTER', hukou.countyCodes[1]);
      const card = await outsider.get(`/certificates/${certificateNumber}/card.pdf`).expect(403);
      expect(card.body.message).toMatch(/may not access this case.*\(R32\)/);
      await outsider
        .post(`/certificates/${certificateNumber}/dispatch`)
        .send(dispatchBody)
        .expect(403);
      await outsider.get(`/certificates/${certificateNumber}`).expect(403);
      expect(await snapshot()).toEqual(before);
      // An unknown number stays 404 for them.
      await outsider.get('/certificates/11010519491231002X11').expect(404);
    });

    it('answers 403 to a token naming a county this node does not serve', async () => {
      const { certificateNumber } = await issueCertificate();
      await as('PRINTER', residence.countyCodes[0])
        .get(`/certificates/${certificateNumber}`)
        .expect(403);
    });

    it('keeps /health and the public verification open without a token', async () => {
      const certificate = await issueCertificate();
      await http.get('/health').expect(200);
      await http.get(`/verify/${certificate.verificationToken}`).expect(200);
    });
  });
});
