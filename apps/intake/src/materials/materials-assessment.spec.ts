import type { DocumentKind } from '@tongban/contracts';
import type { CountyMaterialItem, LocalDate } from '@tongban/domain';
import { assessMaterials, SubmittedScan } from './materials-assessment';

const ON = '2026-11-29' as LocalDate;
const ADULT = '11010519491231002X';
// Born 2015-06-15 in 320106 with a valid check character: a minor on ON.
const MINOR = '320106201506150014';

const adultPhysical = {
  caseKind: 'NEW' as const,
  claimedCategories: ['PHYSICAL' as const],
  idNumber: ADULT,
};
/** Scans of standard kinds, standing for no county material. */
const scans = (...kinds: DocumentKind[]): SubmittedScan[] =>
  kinds.map((kind) => ({ kind, materialId: null }));
const everythingForAdult = scans('PHOTO', 'ID_DOCUMENT', 'HUKOU_BOOKLET', 'RESIDENCE_PERMIT');

describe('assessMaterials (R5 one-time notification)', () => {
  it('R5: an adult with a physical disability is complete with photo, ID, hukou booklet and residence permit', () => {
    const result = assessMaterials(adultPhysical, everythingForAdult, ON);
    expect(result.complete).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.required.map((r) => r.id)).toEqual([
      'APPLICATION_FORM',
      'PHOTOS',
      'ID_DOCUMENT',
      'HUKOU_BOOKLET',
      'RESIDENCE_PERMIT',
    ]);
  });

  it('R5: lists exactly what is missing, with Chinese names', () => {
    const result = assessMaterials(adultPhysical, scans('PHOTO'), ON);
    expect(result.complete).toBe(false);
    expect(result.missing.map((m) => m.id)).toEqual([
      'ID_DOCUMENT',
      'HUKOU_BOOKLET',
      'RESIDENCE_PERMIT',
    ]);
    expect(result.missing.every((m) => m.nameZh.length > 0)).toBe(true);
  });

  it('R5: intellectual disability needs both the guardian ID and the proof of guardianship', () => {
    const intellectual = { ...adultPhysical, claimedCategories: ['INTELLECTUAL' as const] };
    expect(
      assessMaterials(
        intellectual,
        [...everythingForAdult, ...scans('GUARDIAN_ID')],
        ON,
      ).missing.map((m) => m.id),
    ).toEqual(['GUARDIAN_ID_AND_PROOF']);
    expect(
      assessMaterials(
        intellectual,
        [...everythingForAdult, ...scans('GUARDIAN_ID', 'GUARDIAN_PROOF')],
        ON,
      ).complete,
    ).toBe(true);
  });

  it('R5: a minor needs the guardian papers whatever the category', () => {
    const minor = { ...adultPhysical, idNumber: MINOR };
    expect(assessMaterials(minor, everythingForAdult, ON).missing.map((m) => m.id)).toEqual([
      'GUARDIAN_ID_AND_PROOF',
    ]);
  });

  describe('a county’s own materials (R2)', () => {
    const communityProof: CountyMaterialItem = {
      id: 'COMMUNITY_PROOF',
      nameZh: '社区出具的居住证明',
      labelEn: 'Proof of residence from the community',
    };

    it('R2: lists the county’s material last and counts it only for a scan handed in as it', () => {
      const without = assessMaterials(adultPhysical, everythingForAdult, ON, [communityProof]);
      expect(without.required.at(-1)).toMatchObject({ id: 'COMMUNITY_PROOF', satisfied: false });
      expect(without.missing.map((m) => m.id)).toEqual(['COMMUNITY_PROOF']);

      const unnamedOther = [...everythingForAdult, ...scans('OTHER')];
      expect(assessMaterials(adultPhysical, unnamedOther, ON, [communityProof]).complete).toBe(
        false,
      );
      const handedIn = [
        ...everythingForAdult,
        { kind: 'OTHER' as const, materialId: 'COMMUNITY_PROOF' },
      ];
      expect(assessMaterials(adultPhysical, handedIn, ON, [communityProof]).complete).toBe(true);
    });
  });
});
