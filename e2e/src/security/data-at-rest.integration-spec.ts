import { anAdultIdNumber, tableTexts } from '@tongban/testing';
import { TwoCountyFederation } from '../new-certificate/two-county-federation';

/**
 * Values only this case's applicant has, so finding one in a table means that table keeps it
 * in clear: names, ID number, phones, address, and the doctor's conclusion (health data).
 */
function aPerson() {
  const idNumber = anAdultIdNumber();
  return {
    idNumber,
    name: '欧阳明远',
    phone: '13912345678',
    recipientName: '欧阳静怡',
    recipientPhone: '13798765432',
    addressLine: '秦淮区贡院街88号3单元',
    doctorName: '司马建国',
  };
}

/**
 * Where personal fields are still in clear, and why: nowhere. The spec fails as soon as one
 * table shows one of the person's values, card numbers included (they begin with the ID
 * number: the hukou county's register, its history, the certificate and its dispatch).
 */
const STILL_IN_CLEAR: string[] = [];

describe('personal data at rest: no personal field in clear in any table (security item 3)', () => {
  let f: TwoCountyFederation;

  beforeAll(async () => {
    f = await TwoCountyFederation.start();
  }, 120_000);

  afterAll(() => f.dispose());

  it('after a new certificate went through every service of both counties and national monitoring', async () => {
    f.clock.setChinaDate('2026-11-30');
    const person = aPerson();
    const id = await f.fileAndAccept(
      f.applicationForm({
        applicant: {
          idNumber: person.idNumber,
          name: person.name,
          phone: person.phone,
          mailingAddress: {
            recipientName: person.recipientName,
            phone: person.recipientPhone,
            countyCode: f.residenceCounty,
            addressLine: person.addressLine,
          },
        },
      }),
    );
    await f.assess(id, { doctorName: person.doctorName });
    await f.publicise(id);
    await f.approve(id);
    await f.printAndMail(`${person.idNumber}42`, 'EMS5550001112');
    await f.until(
      'intake',
      'CLERK',
      `/applications/${id}/progress`,
      (p: { status: string }) => expect(p.status).toBe('COMPLETED'),
      40_000,
    );
    // The services really hold this person: their APIs open what the tables hide.
    const filed = await f.as('intake', 'CLERK').get(`/applications/${id}`).expect(200);
    expect(filed.body.maskedIdNumber).toMatch(new RegExp(`${person.idNumber.slice(-4)}$`));
    await f
      .public('intake')
      .post('/applicant/status')
      .send({ applicationNumber: filed.body.applicationNumber, idNumber: person.idNumber })
      .expect(200);

    const found = new Set<string>();
    for (const node of [f.residence, f.hukou, f.national]) {
      for (const { table, text } of await tableTexts(node.databaseName)) {
        for (const [field, value] of Object.entries(person))
          if (text.includes(value)) found.add(`${table}: ${field}`);
      }
    }
    expect([...found].sort()).toEqual(STILL_IN_CLEAR);
  }, 180_000);
});
