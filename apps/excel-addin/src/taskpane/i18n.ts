/** The pane's words, in the language Office displays (fr or en). */
import type { Lang } from './engine';

export const TEXT = {
  en: {
    title: 'Contract check',
    intro: 'Checks each contrat de professionnalisation row of the active sheet against the Code du travail, as of its own dates. Results go in two columns at the right; faulty cells are coloured. Nothing leaves this computer.',
    target: 'Rows to check',
    usedRange: 'Used range of the active sheet',
    table: 'Table',
    validate: 'Validate',
    cancel: 'Cancel',
    running: (done: number, total: number) => `Checking… ${done.toLocaleString('en')} / ${total.toLocaleString('en')} rows`,
    summary: 'Summary',
    rows: 'rows',
    ok: 'OK',
    warning: 'Warnings',
    error: 'Errors',
    cancelled: 'Stopped: the rows checked so far are written.',
    missing: (cols: string) => `Required columns not found: ${cols}. Check the header row.`,
    row: 'Row',
    noFindings: 'No finding: every contract is in order.',
    article: 'Open the article on Légifrance',
    syncs: (n: number, chunks: number) => `${n} exchanges with Excel for ${chunks} chunk(s)`,
  },
  fr: {
    title: 'Vérification des contrats',
    intro: 'Vérifie chaque ligne de contrat de professionnalisation de la feuille active selon le Code du travail, à ses propres dates. Les résultats vont dans deux colonnes à droite ; les cellules fautives sont colorées. Rien ne quitte cet ordinateur.',
    target: 'Lignes à vérifier',
    usedRange: 'Plage utilisée de la feuille active',
    table: 'Tableau',
    validate: 'Vérifier',
    cancel: 'Annuler',
    running: (done: number, total: number) => `Vérification… ${done.toLocaleString('fr')} / ${total.toLocaleString('fr')} lignes`,
    summary: 'Bilan',
    rows: 'lignes',
    ok: 'OK',
    warning: 'Alertes',
    error: 'Erreurs',
    cancelled: 'Interrompu : les lignes déjà vérifiées sont écrites.',
    missing: (cols: string) => `Colonnes obligatoires introuvables : ${cols}. Vérifiez la ligne d'en-tête.`,
    row: 'Ligne',
    noFindings: 'Aucun constat : tous les contrats sont en règle.',
    article: "Ouvrir l'article sur Légifrance",
    syncs: (n: number, chunks: number) => `${n} échanges avec Excel pour ${chunks} paquet(s)`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** Office's display language, else the browser's. */
export function displayLanguage(): Lang {
  const l = (typeof Office !== 'undefined' && Office.context?.displayLanguage) || (typeof navigator !== 'undefined' ? navigator.language : 'en');
  return String(l).toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
