import { CASE_KIND_INFO, CASE_KINDS, isCaseKind, type CaseKind } from './case-kind';
import { planCase, type CasePlanContext } from './case-plan';

const adult: CasePlanContext = { applicantIsMinor: false };
const stagesOf = (kind: CaseKind, context: CasePlanContext = adult): string[] =>
  planCase(kind, context).stages.map((s) => `${s.stage}@${s.performedBy}`);

const PRINT_AT_H = ['APPROVAL@HUKOU', 'PRINTING@HUKOU', 'MAILING@HUKOU'];

describe('case plans of the nine kinds', () => {
  it('R6: there are nine case kinds, each with a Chinese name and an English label', () => {
    expect(CASE_KINDS).toHaveLength(9);
    for (const kind of CASE_KINDS) {
      expect(CASE_KIND_INFO[kind].nameZh).not.toBe('');
      expect(isCaseKind(kind)).toBe(true);
    }
    expect(isCaseKind('RENEWAL')).toBe(false);
  });

  it.each<[string, CaseKind, string[]]>([
    [
      'R8',
      'NEW',
      ['ACCEPTANCE@RESIDENCE', 'ASSESSMENT@RESIDENCE', 'PUBLICITY@RESIDENCE', ...PRINT_AT_H],
    ],
    ['R15', 'RENEWAL_EXPIRY', ['ACCEPTANCE@RESIDENCE', ...PRINT_AT_H]],
    ['R16', 'RENEWAL_DAMAGED', ['ACCEPTANCE@RESIDENCE', ...PRINT_AT_H]],
    ['R17', 'RENEWAL_DATA_UPDATE', ['ACCEPTANCE@RESIDENCE', ...PRINT_AT_H]],
    [
      'R18',
      'MIGRATION',
      [
        'ACCEPTANCE@RESIDENCE',
        'ARCHIVE_TRANSFER@ORIGINAL',
        'APPROVAL@DESTINATION',
        'PRINTING@DESTINATION',
        'MAILING@DESTINATION',
      ],
    ],
    ['R22', 'LOSS_REPLACEMENT', ['ACCEPTANCE@RESIDENCE', ...PRINT_AT_H]],
    ['R23', 'CANCELLATION_FULL', ['ACCEPTANCE@RESIDENCE', 'APPROVAL@HUKOU']],
    ['R23', 'CANCELLATION_PARTIAL', ['ACCEPTANCE@RESIDENCE', ...PRINT_AT_H]],
    [
      'R24',
      'CATEGORY_LEVEL_CHANGE',
      ['ACCEPTANCE@RESIDENCE', 'ASSESSMENT@RESIDENCE', 'PUBLICITY@RESIDENCE', ...PRINT_AT_H],
    ],
  ])('%s: %s runs %j for an adult', (_rule, kind, stages) => {
    expect(stagesOf(kind)).toEqual(stages);
  });

  it.each<[string, CaseKind, boolean, boolean, boolean, string]>([
    // rule, kind, prints, collects old card, assessment, outcome
    ['R12', 'NEW', true, false, true, 'ISSUE_NEW'],
    ['R28', 'RENEWAL_EXPIRY', true, true, false, 'REPLACE'],
    ['R28', 'RENEWAL_DAMAGED', true, true, false, 'REPLACE'],
    ['R28', 'RENEWAL_DATA_UPDATE', true, true, false, 'REPLACE'],
    ['R28', 'MIGRATION', true, true, false, 'REPLACE'],
    ['R22', 'LOSS_REPLACEMENT', true, false, false, 'REPLACE'],
    ['R23', 'CANCELLATION_FULL', false, true, false, 'CANCEL'],
    ['R28', 'CANCELLATION_PARTIAL', true, true, false, 'REPLACE'],
    ['R24', 'CATEGORY_LEVEL_CHANGE', true, true, true, 'REPLACE'],
  ])(
    '%s: %s prints a card: %s, collects the old card: %s, assesses: %s, outcome %s',
    (_rule, kind, prints, collects, assesses, outcome) => {
      const plan = planCase(kind, adult);
      expect(plan).toMatchObject({
        printsCard: prints,
        collectsOldCard: collects,
        assessment: assesses,
        certificateOutcome: outcome,
      });
      expect(plan.approver).toBe(kind === 'MIGRATION' ? 'DESTINATION' : 'HUKOU');
    },
  );

  it.each<[string, CaseKind, CasePlanContext, boolean, boolean]>([
    ['R10', 'NEW', { applicantIsMinor: true }, true, false],
    ['R10', 'CATEGORY_LEVEL_CHANGE', { applicantIsMinor: true }, true, false],
    [
      'R14',
      'RENEWAL_EXPIRY',
      { applicantIsMinor: false, visualAssessmentBefore2018: true },
      true,
      true,
    ],
    [
      'R14',
      'RENEWAL_EXPIRY',
      { applicantIsMinor: false, residenceRequiresReassessment: true },
      true,
      true,
    ],
    [
      'R14',
      'RENEWAL_EXPIRY',
      { applicantIsMinor: true, visualAssessmentBefore2018: true },
      true,
      false,
    ],
    [
      'R14',
      'RENEWAL_EXPIRY',
      { applicantIsMinor: false, visualAssessmentBefore2018: false },
      false,
      false,
    ],
    [
      'R16',
      'RENEWAL_DAMAGED',
      { applicantIsMinor: false, visualAssessmentBefore2018: true },
      false,
      false,
    ],
    [
      'R20',
      'MIGRATION',
      { applicantIsMinor: false, visualAssessmentBefore2018: true },
      false,
      false,
    ],
  ])(
    '%s: %s with %j — assessment %s, publicity %s',
    (rule, kind, context, assessment, publicity) => {
      const plan = planCase(kind, context);
      expect(plan.assessment).toBe(assessment);
      expect(plan.publicity).toBe(publicity);
      if (assessment && kind === 'RENEWAL_EXPIRY') expect(plan.assessmentRule).toBe(rule);
      if (!assessment) expect(plan.assessmentRule).toBeUndefined();
    },
  );

  it.each<[CasePlanContext, string]>([
    [{ applicantIsMinor: false, visualAssessmentBefore2018: true }, 'REQUIRED'],
    [{ applicantIsMinor: false }, 'AT_DESTINATION_DISCRETION'],
  ])('R20: after a migration with %j the follow-up re-assessment is %s', (context, followUp) => {
    expect(planCase('MIGRATION', context).followUpAssessment).toBe(followUp);
    expect(planCase('NEW', context).followUpAssessment).toBe('NONE');
  });
});
