/**
 * The mapping step: each contract field (required ones first and marked) with the column it is read from,
 * changeable from a dropdown of the sheet's headers; the required fields still missing, highlighted; the
 * columns ignored with the reason in the user's words; the checks that will not be made. The mapping is
 * exported and imported as the JSON `formapro validate --mapping` reads.
 */
import { useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Dropdown,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CONTRACT_FIELDS, ignoredText, notCheckedText, type ColumnMapping } from '@formapro/core';
import { chooseColumn, columnName, columnRef, exportMapping, importMapping, NONE, type ColumnsPlan, type Lang } from './engine';
import { TEXT } from './i18n';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: '4px' },
  field: {
    display: 'grid',
    gridTemplateColumns: '42% 58%',
    alignItems: 'center',
    gap: '6px',
    padding: '3px 6px',
    borderRadius: '4px',
    borderLeft: `3px solid transparent`,
  },
  missing: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  label: { display: 'flex', flexDirection: 'column', gap: '1px', minWidth: 0 },
  dropdown: { minWidth: '0', width: '100%' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: '0', paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '2px' },
  json: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface ColumnsProps {
  lang: Lang;
  sheet: string;
  plan: ColumnsPlan;
  /** The user's own choices (what is remembered), over detection. */
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}


export function Columns({ lang, sheet, plan, mapping, onChange }: ColumnsProps) {
  const t = TEXT[lang];
  const s = useStyles();
  const [panel, setPanel] = useState<'export' | 'import' | null>(null);
  const [pasted, setPasted] = useState('');
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [rowText, setRowText] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const exported = JSON.stringify(exportMapping(plan), null, 2);

  const options = plan.headers.map((h, col) => ({ col, header: h, ref: columnRef(plan.headers, col), text: `${columnName(col)} · ${h}` })).filter((o) => o.header);
  const missing = new Set(plan.match.missingRequired);
  const fieldRow = (f: (typeof CONTRACT_FIELDS)[number]) => {
    const col = plan.match.columns[f.field];
    const chosen = col === undefined ? null : options.find((o) => o.col === col);
    const label = f[lang];
    return (
      <div key={f.field} className={`${s.field} ${missing.has(f.field) ? s.missing : ''}`} data-testid={`field-${f.field}`} data-column={chosen?.header ?? ''} data-missing={missing.has(f.field) ? 'true' : undefined}>
        <div className={s.label}>
          <Body1>
            {label}
            {f.required ? '\u00a0*' : ''}
          </Body1>
          {missing.has(f.field) ? (
            <Badge color="danger" size="small" appearance="filled">
              {t.notFound}
            </Badge>
          ) : plan.match.how[f.field] === 'mapped' ? (
            <Caption1>{t.mapped}</Caption1>
          ) : null}
        </div>
        <Dropdown
          className={s.dropdown}
          size="small"
          aria-label={label}
          value={chosen ? chosen.text : t.none}
          selectedOptions={[chosen ? chosen.ref : NONE]}
          onOptionSelect={(_, d) => onChange(chooseColumn(mapping, plan, f.field, d.optionValue ?? NONE))}
        >
          <Option value={NONE} text={t.none}>
            {t.none}
          </Option>
          {options.map((o) => (
            <Option key={o.col} value={o.ref} text={o.text}>
              {o.text}
            </Option>
          ))}
        </Dropdown>
      </div>
    );
  };

  function apply(text: string) {
    const r = importMapping(text);
    if ('problem' in r) return setImportMessage({ ok: false, text: t.importRefused(r.problem[lang]) });
    setImportMessage({ ok: true, text: t.imported });
    onChange(r.mapping);
  }

  function readFile(e: React.ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    if (!f) return;
    const reader = new FileReader();
    reader.onload = () => {
      const text = String(reader.result ?? '');
      setPasted(text);
      apply(text);
    };
    reader.readAsText(f);
    e.target.value = '';
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(exported);
    } catch {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid=mapping-json]');
      area?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  }

  const headerRowValue = rowText ?? String(plan.headerRow);
  const commitRow = () => {
    if (rowText === null) return;
    const n = Number(rowText.trim());
    const next: ColumnMapping = { ...mapping };
    if (rowText.trim() === '') delete next.headerRow;
    else if (Number.isInteger(n) && n >= 1) next.headerRow = n;
    setRowText(null);
    if (next.headerRow !== mapping.headerRow) onChange(next);
  };

  const names = plan.match.missingRequired.map((f) => (lang === 'fr' ? `« ${CONTRACT_FIELDS.find((x) => x.field === f)![lang]} »` : `"${CONTRACT_FIELDS.find((x) => x.field === f)![lang]}"`)).join(', ');
  return (
    <div className={s.group} data-testid="mapping-step">
      <Caption1>{t.columnsIntro}</Caption1>
      {plan.problems.length > 0 && (
        <MessageBar intent="warning" data-testid="mapping-problems">
          <MessageBarBody>
            <MessageBarTitle>{t.problemsTitle}</MessageBarTitle>
            {plan.problems.map((p) => p[lang]).join(' ; ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {missing.size > 0 ? (
        <MessageBar intent="error" data-testid="mapping-missing">
          <MessageBarBody>{t.missingStep(names, plan.headerRow)}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success" data-testid="mapping-ready">
          <MessageBarBody>{t.allRequiredFound}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Caption1>{t.headerRow}</Caption1>
        <Input
          size="small"
          type="number"
          min={1}
          style={{ width: 70 }}
          aria-label={t.headerRow}
          value={headerRowValue}
          data-testid="header-row"
          onChange={(_, d) => setRowText(d.value)}
          onBlur={commitRow}
          onKeyDown={(e) => e.key === 'Enter' && commitRow()}
        />
        <Caption1>{t.headerRowHelp(mapping.headerRow !== undefined)}</Caption1>
      </div>
      <Subtitle2>{t.requiredFields}</Subtitle2>
      {CONTRACT_FIELDS.filter((f) => f.required).map(fieldRow)}
      <Subtitle2>{t.optionalFields}</Subtitle2>
      <Caption1>{t.optionalHelp}</Caption1>
      {CONTRACT_FIELDS.filter((f) => !f.required).map(fieldRow)}
      <Subtitle2>{t.ignoredTitle}</Subtitle2>
      {plan.columns.ignored.length ? (
        <ul className={s.list} data-testid="ignored">
          {plan.columns.ignored.map((c) => (
            <li key={c.column}>
              <Body1>{`${c.column} · ${ignoredText(c, lang)}`}</Body1>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1 data-testid="ignored">{t.noIgnored}</Caption1>
      )}
      {plan.columns.not_checked.length > 0 && (
        <>
          <Subtitle2>{t.notCheckedTitle}</Subtitle2>
          <Body1 data-testid="mapping-not-checked">{notCheckedText(plan.columns, lang)}</Body1>
        </>
      )}
      <div className={s.row}>
        <Button size="small" onClick={() => setPanel(panel === 'export' ? null : 'export')} data-testid="export-mapping">
          {t.exportMapping}
        </Button>
        <Button size="small" onClick={() => setPanel(panel === 'import' ? null : 'import')} data-testid="import-mapping">
          {t.importMapping}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => onChange({})} data-testid="reset-mapping" disabled={!mapping.fields && !mapping.ignore && mapping.headerRow === undefined}>
          {t.reset}
        </Button>
      </div>
      {panel === 'export' && (
        <Card>
          <Caption1>{t.exportHelp}</Caption1>
          <Textarea className={s.json} readOnly value={exported} rows={8} data-testid="mapping-json" textarea={{ className: s.json }} />
          <div className={s.row}>
            <Button size="small" onClick={() => void copy()}>
              {copied ? t.copied : t.copy}
            </Button>
            <Link href={`data:application/json;charset=utf-8,${encodeURIComponent(exported)}`} download={`formapro-colonnes-${sheet.replace(/[^\p{L}\p{N}_-]+/gu, '-')}.json`} data-testid="download-mapping">
              {t.download}
            </Link>
          </div>
        </Card>
      )}
      {panel === 'import' && (
        <Card>
          <Caption1>{t.importHelp}</Caption1>
          <Textarea className={s.json} value={pasted} onChange={(_, d) => setPasted(d.value)} rows={6} data-testid="mapping-import-text" textarea={{ className: s.json }} />
          <div className={s.row}>
            <Button size="small" appearance="primary" onClick={() => apply(pasted)} data-testid="apply-mapping">
              {t.apply}
            </Button>
            <Button size="small" onClick={() => file.current?.click()}>
              {t.chooseFile}
            </Button>
            <input ref={file} type="file" accept=".json,application/json" style={{ display: 'none' }} onChange={readFile} data-testid="mapping-file" />
          </div>
          {importMessage && (
            <MessageBar intent={importMessage.ok ? 'success' : 'error'} data-testid="import-message">
              <MessageBarBody>{importMessage.text}</MessageBarBody>
            </MessageBar>
          )}
        </Card>
      )}
    </div>
  );
}
