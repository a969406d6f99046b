/**
 * The header vocabulary of contract sheets, kept as data: the words HR and payroll exports use for each
 * contract field (French first, then English), the abbreviations they shorten them to, and the columns
 * that are known but not used by any check (names, job titles…). Headers are compared after
 * normalisation (see headers.ts), so accents, case, punctuation, snake_case and units in brackets need
 * no entry of their own: `DATE_NAISSANCE`, `Date de naissance (JJ/MM/AAAA)` and `date naissance` are one.
 */

/** Field → header phrases. A header matches a phrase when it holds all its words (extra words lower the score). */
export const FIELD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  reference: ['référence', 'réf contrat', 'matricule', 'numéro de salarié', 'n° salarié', 'numéro salarié', 'id salarié', 'identifiant', 'code salarié', 'numéro de contrat', 'n° contrat', 'référence contrat', 'id', 'reference', 'employee id', 'employee number', 'contract id'],
  birth_date: ['date de naissance', 'naissance', 'né le', 'date naissance', 'ddn', 'birth date', 'date of birth', 'dob', 'birthdate'],
  qualification: ['diplôme', 'niveau de diplôme', 'diplôme obtenu', 'diplôme le plus élevé', 'plus haut diplôme', 'niveau de qualification', 'qualification détenue', 'qualification obtenue', 'niveau de formation initiale', 'niveau d’études', 'qualification', 'highest qualification', 'diploma', 'education level'],
  contract_type: ['type de contrat', 'nature du contrat', 'type contrat', 'cdd cdi', 'contract type', 'type of contract'],
  start_date: ['date de début', 'début', 'début du contrat', 'date de début du contrat', 'date début contrat', "date d'entrée", 'entrée', "date d'embauche", 'embauche', 'date effet', 'start date', 'start', 'contract start', 'hire date', 'date of hire'],
  end_date: ['date de fin', 'fin', 'fin du contrat', 'date de fin du contrat', 'date fin contrat', 'date de sortie', 'sortie', "fin de l'action", 'date fin action', 'terme du contrat', 'end date', 'end', 'contract end', 'leaving date'],
  weekly_hours: ['durée hebdomadaire', 'heures hebdomadaires', 'horaire hebdomadaire', 'heures par semaine', 'heures semaine', 'temps de travail', 'durée du travail', 'temps de travail hebdomadaire', 'weekly hours', 'hours per week', 'weekly working hours', 'working time'],
  monthly_salary: ['salaire brut mensuel', 'salaire brut', 'salaire mensuel', 'salaire', 'rémunération brute mensuelle', 'rémunération brute', 'rémunération mensuelle', 'rémunération', 'brut mensuel', 'brut', 'monthly gross salary', 'gross salary', 'monthly salary', 'salary', 'gross pay'],
  conventional_minimum: ['minimum conventionnel', 'salaire minimum conventionnel', 'minimum de branche', 'smc', 'salaire minimum de branche', 'minimum conventionnel mensuel', 'conventional minimum', 'branch minimum', 'conventional minimum wage'],
  training_hours: ['heures de formation', 'heures formation', 'durée de formation', 'durée formation', "nombre d'heures de formation", 'volume horaire formation', 'volume de formation', 'training hours', 'training'],
  jobseeker: ["demandeur d'emploi", 'inscrit france travail', 'inscrit pôle emploi', 'de inscrit', 'registered jobseeker', 'jobseeker'],
  jobseeker_over_1y: ["inscrit depuis plus d'un an", "demandeur d'emploi de longue durée", 'inscrit depuis plus de 12 mois', 'del', 'chômeur de longue durée', 'longue durée', 'de longue durée', 'long term jobseeker', 'jobseeker over 1 year', 'jobseeker over one year'],
  benefit: ['minima sociaux', 'minimum social', 'bénéficiaire', 'bénéficiaire rsa ass aah', 'rsa ass aah', 'allocation', 'statut bénéficiaire', 'benefit', 'benefits'],
  branch_agreement: ['accord de branche', 'accord branche', 'convention de branche', 'accord', 'branch agreement', 'agreement'],
  signature_date: ['date de signature', 'signature', 'signé le', 'date signature', 'date de conclusion', 'signature date', 'signed on'],
  deposit_date: ['date de dépôt', 'dépôt', 'date dépôt opco', 'date envoi opco', "date d'envoi à l'opco", 'envoi opco', 'transmission opco', 'date de transmission', 'date transmission opco', 'dépôt opco', 'deposit date', 'sent to opco', 'filing date'],
  tutor_experience_months: ['expérience du tuteur', 'expérience tuteur', 'ancienneté tuteur', 'ancienneté du tuteur', 'expérience professionnelle du tuteur', 'tutor experience', 'tutor experience months'],
  tutor_tutees: ['tutorés du tuteur', 'tutorés', 'nombre de tutorés', 'charge tuteur', 'alternants suivis par le tuteur', 'alternants du tuteur', 'nombre alternants tuteur', 'tutees', "tutor's tutees", 'tutor load'],
  tutor_is_employer: ['tuteur employeur', "tuteur est l'employeur", 'employeur tuteur', 'tutor is employer', 'tutor employer'],
  months_abroad: ["mois à l'étranger", 'mobilité', 'mobilité internationale', 'étranger', 'durée mobilité', 'months abroad', 'abroad'],
  renewals: ['renouvellements', 'nombre de renouvellements', 'renouvellement', 'renewals', 'renewal count'],
  renewal_ground: ['motif du renouvellement', 'motif de renouvellement', 'motif renouvellement', 'renewal ground', 'renewal reason'],
  contract_kind: ['dispositif', "type d'alternance", 'type alternance', "type de contrat d'alternance", 'nature alternance', 'contrat en alternance', 'alternance', 'apprentissage ou professionnalisation', 'contract kind', 'work study type', 'scheme'],
  training_cycle_years: ['durée du cycle de formation', 'durée du cycle', 'cycle de formation', 'durée cycle', 'cycle', 'training cycle', 'cycle length', 'cycle years'],
  previous_contract_year: ['dernière année du contrat précédent', 'année du contrat précédent', 'contrat précédent', 'dernière année contrat précédent', "previous contract's last year", 'previous contract year', 'previous contract'],
  same_level: ['même niveau', "même niveau qu'un diplôme obtenu", 'diplôme de même niveau', 'même niveau que le diplôme obtenu', 'same level', 'same level diploma'],
  training_level: ['niveau de la formation', 'niveau formation', 'formation suivie', 'diplôme en cours', 'training level', 'training prepared'],
  prolongation_end: ['fin de prolongation', 'date de fin de prolongation', 'fin prolongation', 'prolongation', 'prolongé jusqu’au', 'prorogation', 'fin de prorogation', 'prolongation end', 'extended until', 'extension end'],
};

/**
 * Words that rule a field out even when its phrase is there: "Date début formation" is not the contract's
 * start, "Diplôme préparé" is not the qualification held, "Salaire annuel" is not a monthly salary.
 */
export const FIELD_EXCLUDED_WORDS: Readonly<Record<string, readonly string[]>> = {
  reference: ['tuteur', 'opco', 'formation', 'organisme', 'siret', 'securite', 'sociale'],
  birth_date: ['tuteur'],
  qualification: ['prepare', 'preparee', 'vise', 'visee', 'intitule', 'tuteur', 'code', 'rncp'],
  start_date: ['formation', 'tuteur', 'signature', 'depot', 'opco', 'periode', 'essai', 'naissance', 'mobilite', 'precedent', 'cycle'],
  end_date: ['formation', 'tuteur', 'signature', 'depot', 'opco', 'periode', 'essai', 'naissance', 'mobilite', 'precedent', 'cycle', 'prolongation', 'prorogation', 'prolonge'],
  weekly_hours: ['formation', 'tuteur', 'mois', 'annuel', 'annuelle', 'contrat'],
  monthly_salary: ['annuel', 'annuelle', 'horaire', 'net', 'total', 'cumul', 'charge', 'cout', 'minimum', 'conventionnel', 'tuteur', 'reference'],
  conventional_minimum: ['tuteur'],
  training_hours: ['tuteur', 'organisme', 'intitule', 'date', 'cout', 'prix', 'montant', 'euros', 'cycle', 'niveau'],
  jobseeker: ['duree', 'longue', 'plus', 'an', 'mois', 'depuis'],
  benefit: ['tuteur'],
  branch_agreement: [],
  signature_date: [],
  deposit_date: [],
  tutor_experience_months: [],
  tutor_tutees: [],
  tutor_is_employer: [],
  months_abroad: [],
  renewals: ['motif'],
  renewal_ground: [],
  contract_kind: ['rythme', 'calendrier', 'date', 'debut', 'fin', 'duree', 'organisme', 'ecole', 'tuteur'],
  training_cycle_years: ['debut', 'fin', 'date', 'heures', 'organisme', 'intitule'],
  previous_contract_year: ['employeur', 'date', 'debut', 'fin', 'type', 'salaire'],
  same_level: [],
  training_level: ['tuteur', 'heures', 'date', 'cout', 'organisme'],
  prolongation_end: ['motif', 'duree', 'mois', 'raison'],
};

/**
 * Columns every HR export carries that no check reads: recognised so they are listed as "not used"
 * rather than "not recognised". The columns the task pane and the report write are here too.
 */
export const INFORMATIONAL_HEADERS: readonly string[] = [
  'nom', 'prénom', 'nom prénom', 'nom et prénom', 'nom du salarié', 'salarié', 'alternant', 'apprenti', 'nom de naissance', 'civilité', 'sexe', 'genre',
  'adresse', 'code postal', 'ville', 'email', 'courriel', 'téléphone', 'nationalité', 'numéro de sécurité sociale', 'nir',
  'service', 'département', 'établissement', 'site', 'employeur', 'entreprise', 'société', 'siret', 'code naf', 'convention collective', 'idcc',
  'poste', 'emploi', 'intitulé du poste', 'fonction', 'qualification visée', 'diplôme préparé', 'formation préparée', 'intitulé de la formation', 'code rncp',
  'organisme de formation', 'centre de formation', 'opco', 'nom du tuteur', 'tuteur', 'prénom du tuteur', 'fonction du tuteur', 'coût de la formation', 'statut',
  'commentaire', 'commentaires', 'observations', 'remarques', 'notes', 'attendu',
  'name', 'first name', 'last name', 'surname', 'department', 'job title', 'position', 'employer', 'tutor', 'comments', 'remarks',
  'statut formapro', 'constats formapro', 'formapro status', 'formapro findings',
];

/** Abbreviations and word forms of exports, mapped to the full word the phrases above use. */
export const HEADER_ABBREVIATIONS: Readonly<Record<string, string>> = {
  naiss: 'naissance', nais: 'naissance', ne: 'ne', nee: 'ne',
  hebdo: 'hebdomadaire', hebdomadaires: 'hebdomadaire', hebdos: 'hebdomadaire',
  h: 'heures', hr: 'heures', hrs: 'heures', heure: 'heures', hres: 'heures',
  sem: 'semaine', semaines: 'semaine',
  nb: 'nombre', nbre: 'nombre', nbr: 'nombre',
  no: 'numero', num: 'numero', numero: 'numero', n: 'numero',
  dt: 'date', dte: 'date',
  deb: 'debut',
  tut: 'tuteur', tuteurs: 'tuteur',
  rem: 'remuneration', remu: 'remuneration', remun: 'remuneration',
  sal: 'salaire', salaires: 'salaire',
  brute: 'brut', bruts: 'brut',
  mens: 'mensuel', mensuelle: 'mensuel', mensuels: 'mensuel',
  qualif: 'qualification', qualifs: 'qualification',
  dipl: 'diplome', diplomes: 'diplome',
  exp: 'experience', expe: 'experience', experiences: 'experience',
  anc: 'anciennete',
  ref: 'reference',
  form: 'formation', formations: 'formation',
  eur: 'euros', euro: 'euros',
  conv: 'conventionnel', conventionnelle: 'conventionnel',
  mini: 'minimum', min: 'minimum',
  renouv: 'renouvellement', renouvellements: 'renouvellement',
  tutores: 'tutore', tutoree: 'tutore', tutorees: 'tutore',
  inscrite: 'inscrit', signee: 'signe',
  etr: 'etranger', etrangere: 'etranger',
  contrats: 'contrat', ctr: 'contrat', ctt: 'contrat',
};

/** Words that carry no meaning in a header. */
export const HEADER_STOP_WORDS: readonly string[] = ['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'en', 'a', 'au', 'aux', 'par', 'pour', 'et', 'e', 's', 'es', 'of', 'the', 'in', 'per', 'is', 'sur', 'ou', 'un', 'une'];

/** Rows whose first filled cell reads like this are totals, not contracts. */
export const TOTAL_ROW_WORDS: readonly string[] = ['total', 'totaux', 'total general', 'sous total', 'grand total', 'subtotal', 'sum', 'somme', 'cumul', 'ensemble'];
