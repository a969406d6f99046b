/** Help pages (the `helpUrl` of every function), written from the catalogue in English and French. */
import type { FunctionSpec } from '@formapro/functions';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const T = {
  en: { lang: 'en', syntax: 'Syntax', args: 'Arguments', arg: 'Argument', desc: 'Description', optional: 'optional', codes: 'Accepted codes', example: 'Example', result: 'Result', other: 'Version française', all: 'All functions', title: 'FormaPro functions for Excel', volatile: 'Recalculates at every recalculation of the workbook (its value depends on today).', sep: ', ', spill: 'The result spills into the cells below and to the right (dynamic array).', date: 'The result is a date as an Excel serial number: format the cell as a date.', errors: 'Errors: #VALUE! when an argument cannot be used (the message names it), #N/A when the law has no answer for the date.' },
  fr: { lang: 'fr', syntax: 'Syntaxe', args: 'Arguments', arg: 'Argument', desc: 'Description', optional: 'facultatif', codes: 'Codes acceptés', example: 'Exemple', result: 'Résultat', other: 'English version', all: 'Toutes les fonctions', title: 'Fonctions FormaPro pour Excel', volatile: "Recalculée à chaque recalcul du classeur (sa valeur dépend de la date du jour).", sep: ' ; ', spill: 'Le résultat se répand dans les cellules en dessous et à droite (tableau dynamique).', date: 'Le résultat est une date (numéro de série Excel) : appliquez un format de date à la cellule.', errors: "Erreurs : #VALEUR! quand un argument est inutilisable (le message le nomme), #N/A quand la loi ne donne pas de réponse pour la date." },
} as const;

function page(lang: 'en' | 'fr', title: string, body: string, other: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<title>${esc(title)}</title><link rel="stylesheet" href="${lang === 'fr' ? '../' : ''}help.css"></head>
<body><main>${body}<p class="nav"><a href="${other}">${T[lang].other}</a> · <a href="index.html">${T[lang].all}</a></p></main></body></html>
`;
}

export function helpPage(spec: FunctionSpec, lang: 'en' | 'fr'): string {
  const t = T[lang];
  const name = lang === 'fr' ? spec.fr : spec.name;
  const argName = (p: FunctionSpec['params'][number]) => (lang === 'fr' ? p.fr : p.name);
  const syntax = `=FR.${name}(${spec.params.map((p) => (p.optional ? `[${argName(p)}]` : argName(p))).join(t.sep)})`;
  const rows = spec.params
    .map(
      (p) =>
        `<tr><td><code>${esc(argName(p))}</code>${p.optional ? ` <em>(${t.optional})</em>` : ''}</td><td>${esc(p.description[lang])}${
          p.choices?.length ? `<br><small>${t.codes}: ${p.choices.map((c) => `<code>${esc(c)}</code>`).join(' ')}</small>` : ''
        }</td></tr>`,
    )
    .join('\n');
  const notes = [spec.result.matrix ? t.spill : '', spec.result.type === 'date' && !spec.result.matrix ? t.date : '', spec.volatile ? t.volatile : '', t.errors].filter(Boolean);
  const example = spec.example
    ? `<h2>${t.example}</h2><p><code>=FR.${esc(name)}(${spec.example.args.map((a) => (/^-?[\d.]+$|^(TRUE|FALSE)$/.test(a) ? (lang === 'fr' ? a.replace('.', ',') : a) : `"${esc(a)}"`)).join(t.sep)})</code> → <code>${esc(spec.example.result)}</code></p>`
    : '';
  const body = `<h1>FR.${esc(name)}</h1><p class="alias">${lang === 'fr' ? `Nom anglais : FR.${spec.name}` : `French Excel: FR.${spec.fr}`}</p>
<p>${esc(spec.description[lang])}</p>
<h2>${t.syntax}</h2><p><code>${esc(syntax)}</code></p>
<h2>${t.args}</h2><table><tr><th>${t.arg}</th><th>${t.desc}</th></tr>
${rows}
</table>
${example}
<ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`;
  return page(lang, `FR.${name}`, body, lang === 'fr' ? `../${spec.name}.html` : `fr/${spec.name}.html`);
}

export function helpIndex(catalogue: readonly FunctionSpec[], lang: 'en' | 'fr'): string {
  const t = T[lang];
  const items = catalogue
    .map((s) => `<tr><td><a href="${s.name}.html"><code>FR.${esc(lang === 'fr' ? s.fr : s.name)}</code></a></td><td>${esc(s.description[lang])}</td></tr>`)
    .join('\n');
  return page(lang, t.title, `<h1>${t.title}</h1><table>${items}</table>`, lang === 'fr' ? '../index.html' : 'fr/index.html');
}
