import fc from 'fast-check';
import { captureError } from '../__tests__/capture-error';
import { DomainRuleViolation, IllegalTransitionError } from '../errors/domain-errors';
import { CASE_KINDS, type CaseKind } from './case-kind';
import type { CasePlanContext } from './case-plan';
import {
  allowedEvents,
  applyCaseEvent,
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  isTerminal,
  openCase,
  TERMINAL_CASE_STATUSES,
  type CaseEvent,
  type CaseSnapshot,
  type CaseStatus,
} from './case-state-machine';

const adult: CasePlanContext = { applicantIsMinor: false };
const R = 'RESIDENCE' as const;
const H = 'HUKOU' as const;
const N = 'DESTINATION' as const;
const O = 'ORIGINAL' as const;

const accept: CaseEvent = { type: 'ACCEPT', by: R };
const met: CaseEvent = { type: 'RECORD_CONCLUSION', by: R, meetsStandard: true };
const notMet: CaseEvent = { type: 'RECORD_CONCLUSION', by: R, meetsStandard: false };
const publicised: CaseEvent = { type: 'COMPLETE_PUBLICITY', by: R };
const approve = (by: 'HUKOU' | 'DESTINATION' = H): CaseEvent => ({ type: 'APPROVE', by });
const printAndMail = (by: 'HUKOU' | 'DESTINATION' = H): CaseEvent[] => [
  { type: 'RECORD_PRINTED', by },
  { type: 'RECORD_MAILED', by },
];

/** Applies events in order and returns every status passed through. */
function run(
  start: CaseSnapshot,
  events: readonly CaseEvent[],
): { final: CaseSnapshot; path: CaseStatus[] } {
  let current = start;
  const path: CaseStatus[] = [current.status];
  for (const event of events) {
    current = applyCaseEvent(current, event);
    path.push(current.status);
  }
  return { final: current, path };
}

describe('case state machine', () => {
  it.each<[string, CaseKind, CasePlanContext, CaseEvent[], CaseStatus[]]>([
    [
      'R8/R10/R11/R12',
      'NEW',
      adult,
      [accept, met, publicised, approve(), ...printAndMail()],
      ['SUBMITTED', 'ASSESSMENT', 'PUBLICITY', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R10',
      'NEW',
      { applicantIsMinor: true },
      [accept, met, approve(), ...printAndMail()],
      ['SUBMITTED', 'ASSESSMENT', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R15',
      'RENEWAL_EXPIRY',
      adult,
      [accept, approve(), ...printAndMail()],
      ['SUBMITTED', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R14',
      'RENEWAL_EXPIRY',
      { applicantIsMinor: false, visualAssessmentBefore2018: true },
      [accept, met, publicised, approve(), ...printAndMail()],
      ['SUBMITTED', 'ASSESSMENT', 'PUBLICITY', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R16',
      'RENEWAL_DAMAGED',
      adult,
      [accept, approve(), ...printAndMail()],
      ['SUBMITTED', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R17',
      'RENEWAL_DATA_UPDATE',
      adult,
      [accept, approve(), ...printAndMail()],
      ['SUBMITTED', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R18/R19',
      'MIGRATION',
      adult,
      [accept, { type: 'ARCHIVE_UPLOADED', by: O }, approve(N), ...printAndMail(N)],
      ['SUBMITTED', 'ARCHIVE_TRANSFER', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R22',
      'LOSS_REPLACEMENT',
      adult,
      [accept, approve(), ...printAndMail()],
      ['SUBMITTED', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R23',
      'CANCELLATION_FULL',
      adult,
      [accept, approve()],
      ['SUBMITTED', 'APPROVAL', 'COMPLETED'],
    ],
    [
      'R23',
      'CANCELLATION_PARTIAL',
      adult,
      [accept, approve(), ...printAndMail()],
      ['SUBMITTED', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
    [
      'R24',
      'CATEGORY_LEVEL_CHANGE',
      adult,
      [accept, met, publicised, approve(), ...printAndMail()],
      ['SUBMITTED', 'ASSESSMENT', 'PUBLICITY', 'APPROVAL', 'PRINTING', 'MAILING', 'COMPLETED'],
    ],
  ])('%s: %s (%j) completes through its stages', (_rule, kind, context, events, path) => {
    expect(run(openCase(kind, context), events).path).toEqual(path);
  });

  it('R14: an expiry renewal whose re-assessment fails is publicised and the old card cancelled', () => {
    const { final, path } = run(
      openCase('RENEWAL_EXPIRY', { applicantIsMinor: false, visualAssessmentBefore2018: true }),
      [accept, notMet, { type: 'ACCEPT_CONCLUSION', by: 'APPLICANT' }, publicised, approve()],
    );
    expect(path).toEqual([
      'SUBMITTED',
      'ASSESSMENT',
      'CONCLUSION_NOT_MET',
      'PUBLICITY',
      'APPROVAL',
      'COMPLETED',
    ]);
    expect(final.outcome).toBe('CANCEL');
  });

  it("R14/R10: a minor's failed renewal goes straight to H for cancellation", () => {
    const { path, final } = run(
      openCase('RENEWAL_EXPIRY', { applicantIsMinor: true, residenceRequiresReassessment: true }),
      [accept, notMet, { type: 'ACCEPT_CONCLUSION', by: R }],
    );
    expect(path.at(-1)).toBe('APPROVAL');
    expect(final.outcome).toBe('CANCEL');
  });

  it('R9: a disputed conclusion goes to re-assessment, and a met re-assessment restores issuing', () => {
    const { path, final } = run(
      openCase('RENEWAL_EXPIRY', { applicantIsMinor: false, visualAssessmentBefore2018: true }),
      [accept, notMet, { type: 'REQUEST_REASSESSMENT', by: 'APPLICANT' }, met],
    );
    expect(path).toEqual([
      'SUBMITTED',
      'ASSESSMENT',
      'CONCLUSION_NOT_MET',
      'REASSESSMENT',
      'PUBLICITY',
    ]);
    expect(final.outcome).toBe('REPLACE');
  });

  it('R9: a new application whose conclusion is accepted as not met ends NOT_QUALIFIED', () => {
    const { final } = run(openCase('NEW', adult), [
      accept,
      notMet,
      { type: 'ACCEPT_CONCLUSION', by: 'APPLICANT' },
    ]);
    expect(final.status).toBe('NOT_QUALIFIED');
    expect(isTerminal(final.status)).toBe(true);
  });

  it('R9: the applicant may also dispute a conclusion during publicity', () => {
    const { final } = run(openCase('NEW', adult), [
      accept,
      met,
      { type: 'REQUEST_REASSESSMENT', by: 'APPLICANT' },
    ]);
    expect(final.status).toBe('REASSESSMENT');
  });

  it.each<[string, CaseEvent[], CaseStatus]>([
    [
      'R10',
      [
        { type: 'RAISE_OBJECTION', by: R, reason: '邻居反映与实际不符' },
        { type: 'DISMISS_OBJECTION', by: R },
      ],
      'PUBLICITY',
    ],
    [
      'R9',
      [
        { type: 'RAISE_OBJECTION', by: R, reason: '等级存疑' },
        { type: 'UPHOLD_OBJECTION', by: R },
      ],
      'REASSESSMENT',
    ],
    [
      'R3',
      [
        { type: 'RAISE_OBJECTION', by: R, reason: '冒名申请' },
        { type: 'REFUSE', by: R, reason: '核实为冒名申请' },
      ],
      'REFUSED',
    ],
  ])('%s: an objection during publicity can end in %j → %s', (_rule, events, status) => {
    expect(run(openCase('NEW', adult), [accept, met, ...events]).final.status).toBe(status);
  });

  it.each<[CaseKind, CaseEvent[], CaseStatus]>([
    ['NEW', [accept, met, publicised], 'APPROVAL'],
    ['MIGRATION', [accept], 'ARCHIVE_TRANSFER'],
    ['MIGRATION', [accept, { type: 'ARCHIVE_UPLOADED', by: O }], 'ARCHIVE_TRANSFER'],
  ])(
    "R11: %s returned for jurisdiction and re-routed goes back to the approver's first step",
    (kind, before, backTo) => {
      const approverRole = kind === 'MIGRATION' ? N : H;
      const { path } = run(openCase(kind, adult), [
        ...before,
        { type: 'RETURN_FOR_JURISDICTION', by: approverRole, reason: '申请人户籍不在本县' },
        { type: 'REROUTE', by: R, countyCode: '220102' },
      ]);
      expect(path.slice(-2)).toEqual(['RETURNED_FOR_JURISDICTION', backTo]);
    },
  );

  it('R11: re-routing to a development-zone pseudo-code or an unknown county is refused', () => {
    const returned = run(openCase('NEW', adult), [
      accept,
      met,
      publicised,
      { type: 'RETURN_FOR_JURISDICTION', by: H, reason: '非本县户籍' },
    ]).final;
    expect(
      captureError(() =>
        applyCaseEvent(returned, { type: 'REROUTE', by: R, countyCode: '130171' }),
      ),
    ).toMatchObject({
      code: 'DEVELOPMENT_ZONE_PSEUDO_CODE',
      field: 'countyCode',
    });
    expect(
      captureError(() =>
        applyCaseEvent(returned, { type: 'REROUTE', by: R, countyCode: '999999' }),
      ),
    ).toBeInstanceOf(DomainRuleViolation);
  });

  it.each<[string, CaseEvent]>([
    ['R3', { type: 'REFUSE', by: R, reason: '  ' }],
    ['R11', { type: 'RETURN_FOR_JURISDICTION', by: H, reason: '' }],
  ])('%s: refusing or returning needs a recorded reason', (rule, event) => {
    const atApproval = run(openCase('RENEWAL_DAMAGED', adult), [accept]).final;
    const start = event.type === 'REFUSE' ? openCase('NEW', adult) : atApproval;
    expect(captureError(() => applyCaseEvent(start, event))).toMatchObject({
      rule,
      field: 'reason',
      code: 'REASON_REQUIRED',
    });
  });

  it('R11: H refuses on review with a recorded reason', () => {
    const atApproval = run(openCase('LOSS_REPLACEMENT', adult), [accept]).final;
    expect(
      applyCaseEvent(atApproval, { type: 'REFUSE', by: H, reason: '照片不符合要求' }).status,
    ).toBe('REFUSED');
  });

  it('R10: raising an objection needs its reason', () => {
    const publicity = run(openCase('NEW', adult), [accept, met]).final;
    expect(
      captureError(() => applyCaseEvent(publicity, { type: 'RAISE_OBJECTION', by: R, reason: '' })),
    ).toMatchObject({ rule: 'R10' });
  });

  it.each<[string, CaseKind, CaseEvent[], CaseEvent]>([
    ['R11', 'NEW', [], approve()],
    ['R3', 'NEW', [], { type: 'ACCEPT', by: H }],
    ['R11', 'NEW', [accept, met, publicised], approve(N)],
    ['R11', 'NEW', [accept, met, publicised], { type: 'APPROVE', by: R }],
    ['R18', 'MIGRATION', [accept], approve(N)],
    ['R19', 'MIGRATION', [accept], { type: 'ARCHIVE_UPLOADED', by: N }],
    ['R23', 'CANCELLATION_FULL', [accept, approve()], { type: 'RECORD_PRINTED', by: H }],
    ['R22', 'LOSS_REPLACEMENT', [accept], { type: 'APPROVE', by: R }],
    ['R6', 'NEW', [accept, met, publicised, approve()], { type: 'WITHDRAW', by: 'APPLICANT' }],
    ['R10', 'NEW', [accept], publicised],
    ['R10', 'NEW', [accept, met, publicised], publicised],
    ['R9', 'RENEWAL_DAMAGED', [accept], { type: 'REQUEST_REASSESSMENT', by: 'APPLICANT' }],
    ['R3', 'LOSS_REPLACEMENT', [accept], met],
    [
      'R3',
      'LOSS_REPLACEMENT',
      [accept],
      { type: 'REFUSE', by: R, reason: 'R cannot refuse while H reviews' },
    ],
    ['R3', 'NEW', [], { type: 'REFUSE', by: H, reason: 'H cannot refuse before R accepts' }],
    ['R11', 'NEW', [accept, met, publicised], { type: 'REROUTE', by: R, countyCode: '110105' }],
  ])('%s: %s after %j refuses %j', (rule, kind, before, event) => {
    const snapshot = run(openCase(kind, adult), before).final;
    const error = captureError(() => applyCaseEvent(snapshot, event));
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({ rule, event: event.type, from: snapshot.status });
  });

  it('R6: a withdrawal is possible before printing, by the applicant online or R at the counter', () => {
    const atApproval = run(openCase('NEW', adult), [accept, met, publicised]).final;
    expect(applyCaseEvent(atApproval, { type: 'WITHDRAW', by: 'APPLICANT' }).status).toBe(
      'WITHDRAWN',
    );
    expect(
      applyCaseEvent(openCase('NEW', adult), { type: 'WITHDRAW', by: R, reason: '申请人口头撤回' })
        .status,
    ).toBe('WITHDRAWN');
  });

  it('R3: nothing happens to a case in a terminal status', () => {
    for (const status of TERMINAL_CASE_STATUSES) {
      const snapshot: CaseSnapshot = { ...openCase('NEW', adult), status };
      expect(allowedEvents(snapshot)).toEqual([]);
    }
  });

  it('R3: allowedEvents lists exactly the events applyCaseEvent accepts (property)', () => {
    // Every event type with the extra fields it needs (a reason, a conclusion, a county).
    const sampleEvent = (
      type: CaseEvent['type'],
      by: CaseEvent['by'],
      meetsStandard: boolean,
    ): CaseEvent => {
      if (type === 'REFUSE' || type === 'RAISE_OBJECTION' || type === 'RETURN_FOR_JURISDICTION') {
        return { type, by, reason: 'recorded reason' };
      }
      if (type === 'RECORD_CONCLUSION') return { type, by, meetsStandard };
      if (type === 'REROUTE') return { type, by, countyCode: '110105' };
      return { type, by };
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...CASE_KINDS),
        fc.boolean(),
        fc.boolean(),
        fc.array(
          fc.tuple(
            fc.constantFrom(...CASE_EVENT_TYPES),
            fc.constantFrom(R, H, N, O, 'APPLICANT' as const),
            fc.boolean(),
          ),
          {
            maxLength: 25,
          },
        ),
        (kind, minor, visual, steps) => {
          let snapshot = openCase(kind, {
            applicantIsMinor: minor,
            visualAssessmentBefore2018: visual,
          });
          for (const [type, by, meets] of steps) {
            const event = sampleEvent(type, by, meets);
            const allowed = allowedEvents(snapshot).some(
              (e) => e.type === type && e.actors.includes(by),
            );
            if (allowed) {
              snapshot = applyCaseEvent(snapshot, event);
              expect(CASE_STATUSES).toContain(snapshot.status);
            } else {
              expect(() => applyCaseEvent(snapshot, event)).toThrow(IllegalTransitionError);
            }
          }
          // Cards are printed only by kinds that print, and cancellation completes without printing.
          if (!snapshot.plan.printsCard)
            expect(['PRINTING', 'MAILING']).not.toContain(snapshot.status);
        },
      ),
    );
  });
});
