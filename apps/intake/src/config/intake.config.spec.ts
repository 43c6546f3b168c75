import { loadConfig } from '@tongban/config';
import { aServiceEnvironment } from '@tongban/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCountyMaterials } from './county-materials';
import { IntakeConfig } from './intake.config';

const directory = mkdtempSync(join(tmpdir(), 'county-materials-'));
let files = 0;
function aMaterialsFile(content: unknown): string {
  const path = join(directory, `materials-${(files += 1)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const COMMUNITY_PROOF = {
  id: 'COMMUNITY_PROOF',
  nameZh: '社区出具的居住证明',
  labelEn: 'Proof of residence from the community',
  kinds: ['NEW'],
};

describe('intake configuration: the counties’ own materials (R2)', () => {
  it('has no county materials unless a file is given', () => {
    const config = loadConfig(IntakeConfig, aServiceEnvironment());
    expect(config.INTAKE_COUNTY_MATERIALS_FILE).toBe('');
    expect(readCountyMaterials('', config.COUNTY_CODES).materials.size).toBe(0);
  });

  it('reads each served county’s list from the file', () => {
    const path = aMaterialsFile({ '320106': [COMMUNITY_PROOF] });
    const config = loadConfig(
      IntakeConfig,
      aServiceEnvironment({ INTAKE_COUNTY_MATERIALS_FILE: path }),
    );
    const { materials, problems } = readCountyMaterials(path, config.COUNTY_CODES);
    expect(problems).toEqual([]);
    expect(materials.get('320106')).toEqual([COMMUNITY_PROOF]);
    expect(materials.has('320102')).toBe(false);
  });

  it('refuses to start on a file that cannot be read or parsed, naming the variable', () => {
    expect(() =>
      loadConfig(
        IntakeConfig,
        aServiceEnvironment({ INTAKE_COUNTY_MATERIALS_FILE: join(directory, 'absent.json') }),
      ),
    ).toThrow(/INTAKE_COUNTY_MATERIALS_FILE: cannot read .*absent\.json/);
    expect(() =>
      loadConfig(
        IntakeConfig,
        aServiceEnvironment({ INTAKE_COUNTY_MATERIALS_FILE: aMaterialsFile('{ "320106": [') }),
      ),
    ).toThrow(/INTAKE_COUNTY_MATERIALS_FILE: cannot read .*JSON/);
  });

  it('names every problem in the file at once', () => {
    const path = aMaterialsFile({
      '110105': [COMMUNITY_PROOF],
      '320106': [{ id: 'COMMUNITY_PROOF', nameZh: '', labelEn: 'x', kinds: ['NEW_CARD'] }],
      '320102': [{ ...COMMUNITY_PROOF, id: 'PHOTOS' }],
    });
    const { problems } = readCountyMaterials(path, ['320106', '320102']);
    expect(problems).toEqual([
      // In county-code order, as JSON objects keep numeric keys.
      '110105 is not among the counties this node serves (COUNTY_CODES)',
      expect.stringMatching(/^320102: .*PHOTOS is already used/),
      '320106[0].nameZh must be a non-empty string',
      '320106[0].kinds must be a non-empty list of case kinds (NEW, MIGRATION, …)',
    ]);
    expect(() =>
      loadConfig(
        IntakeConfig,
        aServiceEnvironment({ INTAKE_COUNTY_MATERIALS_FILE: path, COUNTY_CODES: '320106,320102' }),
      ),
    ).toThrow(
      /INTAKE_COUNTY_MATERIALS_FILE: 110105 is not among.*; 320102: .*; 320106\[0\]\.nameZh/,
    );
  });
});
