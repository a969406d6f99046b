/**
 * The holder's qualification, as the codes the catalogue accepts (none, cap, bac, bac pro, bts…). What matters for pay is whether it is "au
 * moins égale à celle d'un baccalauréat professionnel ou d'un titre ou diplôme à finalité professionnelle
 * de même niveau" (D6325-15). A general or technological bac alone does not qualify (decision "general-bac-not-professional", literal
 * reading); higher-education diplomas do (they are above the bac pro level). For priority status
 * (L6325-1-1 a) what matters is whether the person has no diploma at all beyond lower secondary.
 */
import { normaliseText } from '../cells.js';

export interface Qualification {
  code: string;
  /** Gives the 65 % / 80 % rates of D6325-15. */
  professionalBacLevel: boolean;
  /** Holds no technological or professional diploma and has not completed upper secondary (L6325-1-1 a). */
  noSecondCycleNorDiploma: boolean;
  /** RNCP level when known (3 = CAP/BEP, 4 = bac, 5 = BTS/DUT, 6 = licence/BUT, 7 = master, 8 = doctorat). */
  level: number | null;
}

const Q = (code: string, professionalBacLevel: boolean, level: number | null, noSecondCycleNorDiploma = false): Qualification => ({
  code,
  professionalBacLevel,
  noSecondCycleNorDiploma,
  level,
});

export const QUALIFICATIONS: Record<string, Qualification> = {
  none: Q('none', false, null, true),
  cap: Q('cap', false, 3),
  bep: Q('bep', false, 3),
  bac: Q('bac', false, 4),
  'bac pro': Q('bac pro', true, 4),
  bp: Q('bp', true, 4),
  bts: Q('bts', true, 5),
  dut: Q('dut', true, 5),
  but: Q('but', true, 6),
  licence: Q('licence', true, 6),
  'licence pro': Q('licence pro', true, 6),
  master: Q('master', true, 7),
  doctorat: Q('doctorat', true, 8),
};

/** Synonyms a user may type, mapped to the codes above (lower case, accents and punctuation removed). */
const SYNONYMS: Record<string, string> = {
  aucun: 'none', aucune: 'none', sans: 'none', 'sans diplome': 'none', 'no diploma': 'none', brevet: 'none', dnb: 'none',
  'bac general': 'bac', 'bac techno': 'bac', 'bac technologique': 'bac', baccalaureat: 'bac', 'baccalaureat general': 'bac', 'baccalaureat technologique': 'bac',
  bacpro: 'bac pro', 'bac professionnel': 'bac pro', 'baccalaureat professionnel': 'bac pro',
  'brevet professionnel': 'bp', bachelor: 'licence', 'licence professionnelle': 'licence pro', licencepro: 'licence pro', doctorate: 'doctorat', phd: 'doctorat',
  'master pro': 'master', mastere: 'master', ingenieur: 'master', 'diplome d ingenieur': 'master',
  'bac 2': 'bts', 'bac 3': 'licence', 'bac 5': 'master', 'bac+2': 'bts', 'bac+3': 'licence', 'bac+5': 'master',
};

export const QUALIFICATION_CODES = Object.keys(QUALIFICATIONS);

const normalise = (s: string) => normaliseText(s, '+');

/**
 * Reads a qualification: a code or synonym, an RNCP level 3–8 (read as a professional qualification of that
 * level: 4+ gives the higher rate), or TRUE/FALSE ("holds a professional qualification of at least bac pro
 * level"). Undefined when it cannot be read.
 */
export function parseQualification(input: string | number | boolean): Qualification | undefined {
  if (typeof input === 'boolean') return input ? Q('professional level 4+', true, 4) : Q('below bac pro level', false, null);
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 3 || input > 8) return undefined;
    return Q(`rncp ${input}`, input >= 4, input);
  }
  const direct = QUALIFICATIONS[input];
  // Stryker disable next-line ConditionalExpression: a shortcut — every code normalises to itself, so the lookup below finds it too
  if (direct) return direct;
  const key = normalise(input);
  const level = /^(?:rncp|niveau|level)?\s*([3-8])$/.exec(key);
  if (level) return parseQualification(Number(level[1]));
  if (key === 'true' || key === 'vrai' || key === 'oui' || key === 'yes') return parseQualification(true);
  if (key === 'false' || key === 'faux' || key === 'non' || key === 'no') return parseQualification(false);
  const code = QUALIFICATIONS[key] ? key : SYNONYMS[key] ?? SYNONYMS[key.replace(/ /g, '')];
  return code ? QUALIFICATIONS[code] : undefined;
}
