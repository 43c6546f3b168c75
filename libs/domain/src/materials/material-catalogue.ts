import type { RuleReference } from '../errors/rule-id';

/** Standard items of the one-time notification list (一次性告知, R5) and the kind-specific ones. */
export const STANDARD_MATERIAL_IDS = [
  'APPLICATION_FORM',
  'PHOTOS',
  'ID_DOCUMENT',
  'HUKOU_BOOKLET',
  'GUARDIAN_ID_AND_PROOF',
  'RESIDENCE_PERMIT',
  'OLD_CERTIFICATE',
  'HUKOU_MIGRATION_CERTIFICATE',
  'NEW_HUKOU_BOOKLET',
  'CANCELLATION_PROOF',
] as const;
export type StandardMaterialId = (typeof STANDARD_MATERIAL_IDS)[number];

/** A material an applicant can hand in: Chinese name as the guide prints it, English label, source rule. */
export interface MaterialItem {
  readonly id: string;
  readonly nameZh: string;
  readonly labelEn: string;
  readonly rule: RuleReference;
}

/** The standard items with their names (the circular's 申请材料目录 and each matter's own proof). */
export const STANDARD_MATERIALS: Readonly<Record<StandardMaterialId, MaterialItem>> = {
  APPLICATION_FORM: {
    id: 'APPLICATION_FORM',
    nameZh: '残疾人证申请表',
    labelEn: 'Application form',
    rule: 'R6',
  },
  PHOTOS: {
    id: 'PHOTOS',
    nameZh: '3张两寸近期免冠白底彩色照片',
    labelEn: 'Three recent two-inch colour photos, white background',
    rule: 'R5',
  },
  ID_DOCUMENT: {
    id: 'ID_DOCUMENT',
    nameZh: '身份证件原件及复印件',
    labelEn: 'Identity document, original and copy',
    rule: 'R5',
  },
  HUKOU_BOOKLET: {
    id: 'HUKOU_BOOKLET',
    nameZh: '户口簿原件及复印件',
    labelEn: 'Household registration booklet, original and copy',
    rule: 'R5',
  },
  GUARDIAN_ID_AND_PROOF: {
    id: 'GUARDIAN_ID_AND_PROOF',
    nameZh: '监护人身份证件及相关证明',
    labelEn: "Guardian's identity document and proof of guardianship",
    rule: 'R5',
  },
  RESIDENCE_PERMIT: {
    id: 'RESIDENCE_PERMIT',
    nameZh: '经常居住地的有效居住证',
    labelEn: 'Valid residence permit of the place of residence',
    rule: 'R1',
  },
  OLD_CERTIFICATE: {
    id: 'OLD_CERTIFICATE',
    nameZh: '原残疾人证',
    labelEn: 'Current disability certificate (collected)',
    rule: 'R28',
  },
  HUKOU_MIGRATION_CERTIFICATE: {
    id: 'HUKOU_MIGRATION_CERTIFICATE',
    nameZh: '公安机关出具的户口迁移证明',
    labelEn: 'Hukou migration certificate issued by the police',
    rule: 'R18',
  },
  NEW_HUKOU_BOOKLET: {
    id: 'NEW_HUKOU_BOOKLET',
    nameZh: '新的户口簿',
    labelEn: 'New household registration booklet',
    rule: 'R18',
  },
  CANCELLATION_PROOF: {
    id: 'CANCELLATION_PROOF',
    nameZh: '注销相关证明材料',
    labelEn: 'Supporting proof for the cancellation',
    rule: 'R23',
  },
};
