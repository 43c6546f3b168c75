import { captureError } from '../__tests__/capture-error';
import { applicantPaysFen, type AssessmentFee } from './assessment-fee';

describe('assessment fee', () => {
  it.each<[AssessmentFee, number]>([
    [{ amountFen: 20000 }, 20000],
    [{ amountFen: 20000, waiver: { policy: '低保对象减免', amountFen: 20000 } }, 0],
    [{ amountFen: 20000, waiver: { policy: '县残联补贴', amountFen: 5000 } }, 15000],
  ])('R9: fee %j leaves the applicant %i fen to pay', (fee, pays) => {
    expect(applicantPaysFen(fee)).toBe(pays);
  });

  it.each<[AssessmentFee, string]>([
    [{ amountFen: -1 }, 'assessmentFee.amountFen'],
    [{ amountFen: 10.5 }, 'assessmentFee.amountFen'],
    [{ amountFen: 100, waiver: { policy: ' ', amountFen: 100 } }, 'assessmentFee.waiver.policy'],
    [{ amountFen: 100, waiver: { policy: 'x', amountFen: 101 } }, 'assessmentFee.waiver.amountFen'],
    [{ amountFen: 100, waiver: { policy: 'x', amountFen: -5 } }, 'assessmentFee.waiver.amountFen'],
  ])('R9: fee %j is refused at %s', (fee, field) => {
    expect(captureError(() => applicantPaysFen(fee))).toMatchObject({ rule: 'R9', field });
  });
});
