/**
 * The task pane: pick the rows, check the columns read (the mapping step: open by itself when a required
 * column is missing, a "Columns" button otherwise), Validate (with progress and Cancel), read the checks
 * not made and the rows not judged above the verdicts, then the findings.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Dropdown,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CONTRACT_FIELDS, legifranceUrl, notCheckedText, skippedText, type ColumnMapping } from '@formapro/core';
import {
  activeSheetTables,
  documentSettings,
  loadMapping,
  onSheetActivated,
  planColumns,
  saveMapping,
  scanActiveSheet,
  selectCell,
  validateActiveSheet,
  type ColumnsPlan,
  type ExcelApi,
  type Lang,
  type PaneResult,
  type SettingsStore,
  type SheetScan,
} from './engine';
import { Columns } from './Columns';
import { TEXT } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '14px' },
  counts: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: '8px', maxHeight: '60vh', overflowY: 'auto' },
  finding: { display: 'flex', flexDirection: 'column', gap: '2px', cursor: 'pointer', padding: '4px 6px', borderRadius: '4px', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  articles: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  stepHead: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '8px' },
});

const USED = '__used__';

/** What the mapping step works on: the top rows read, the user's choices, and the plan they give. */
interface Step {
  scan: SheetScan;
  mapping: ColumnMapping;
  plan: ColumnsPlan | null;
}

export function App({ excel, lang, settings: givenSettings }: { excel: ExcelApi; lang: Lang; settings?: SettingsStore }) {
  const t = TEXT[lang];
  const s = useStyles();
  const [tables, setTables] = useState<string[]>([]);
  const [target, setTarget] = useState(USED);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<PaneResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const settings = useRef(givenSettings ?? documentSettings());
  /** The sheet the step and the verdicts are about. */
  const shown = useRef<string | null>(null);
  const table = target === USED ? undefined : target;

  const toStep = (scan: SheetScan, mapping: ColumnMapping): Step => ({ scan, mapping, plan: scan.rows.some((r) => r.some((v) => v !== '' && v !== null)) ? planColumns(scan, mapping) : null });

  /** Reads the top of the active sheet again (it may have changed, or another sheet may be active). */
  const rescan = useCallback(async (): Promise<Step | null> => {
    if (abort.current) return null;
    try {
      const first = await scanActiveSheet(excel, { table });
      const mapping = loadMapping(settings.current, first.sheet, table);
      const scan = mapping.headerRow !== undefined ? await scanActiveSheet(excel, { table, mapping }) : first;
      const next = toStep(scan, mapping);
      const sheetChanged = shown.current !== scan.sheet;
      shown.current = scan.sheet;
      setStep(next);
      // Another sheet: the last verdicts are not about it; the step opens when a required column is missing.
      if (sheetChanged) {
        setResult(null);
        setOpen(!!next.plan && !next.plan.ready);
      } else if (next.plan && !next.plan.ready) setOpen(true);
      return next;
    } catch {
      return null;
    }
  }, [excel, table]);

  useEffect(() => {
    void activeSheetTables(excel).then(setTables);
  }, [excel]);
  useEffect(() => {
    void rescan();
  }, [rescan]);
  // Re-read the columns when another sheet is activated, and when the user comes back to the pane.
  const latest = useRef(rescan);
  latest.current = rescan;
  useEffect(() => {
    void onSheetActivated(excel, () => void latest.current());
    const focus = () => void latest.current();
    window.addEventListener('focus', focus);
    return () => window.removeEventListener('focus', focus);
  }, [excel]);

  async function changeMapping(mapping: ColumnMapping) {
    if (!step) return;
    await saveMapping(settings.current, step.scan.sheet, step.scan.table, mapping);
    const rows = mapping.headerRow !== undefined && mapping.headerRow - step.scan.top > step.scan.rows.length;
    const scan = rows ? await scanActiveSheet(excel, { table, mapping }) : step.scan;
    setStep(toStep(scan, mapping));
    setResult(null);
  }

  async function run() {
    abort.current = new AbortController();
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 0 });
    try {
      // The step shows the mapping without its stale entries: that is the one applied and remembered.
      if (step?.plan?.problems.length) await saveMapping(settings.current, step.scan.sheet, step.scan.table, step.plan.mapping);
      const r = await validateActiveSheet(excel, {
        lang,
        settings: settings.current,
        signal: abort.current.signal,
        table,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      shown.current = r.scan.sheet;
      setStep(toStep(r.scan, loadMapping(settings.current, r.scan.sheet, table)));
      if (r.refused) setOpen(true);
      else setOpen(false);
      setResult(r);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  }

  async function toggleColumns() {
    if (open) return setOpen(false);
    await rescan();
    setOpen(true);
  }

  const label = (field: string | null) => {
    const f = CONTRACT_FIELDS.find((x) => x.field === field);
    return f ? f[lang] : '';
  };
  const plan = step?.plan ?? null;
  const blocked = !!plan && !plan.ready && plan.match.missingRequired.length > 0;
  const empty = !!step && !plan;
  const notChecked = result && !result.refused ? result.notChecked : [];

  return (
    <main className={s.root} data-testid="formapro-pane">
      <Title3>{t.title}</Title3>
      <Body1>{t.intro}</Body1>
      <div>
        <Caption1>{t.target}</Caption1>
        <Dropdown
          aria-label={t.target}
          value={target === USED ? t.usedRange : `${t.table} ${target}`}
          selectedOptions={[target]}
          onOptionSelect={(_, d) => setTarget(d.optionValue ?? USED)}
        >
          <Option value={USED}>{t.usedRange}</Option>
          {tables.map((name) => (
            <Option key={name} value={name}>{`${t.table} ${name}`}</Option>
          ))}
        </Dropdown>
      </div>
      <Card data-testid="columns" data-ready={plan?.ready ? 'true' : 'false'}>
        <div className={s.stepHead}>
          <Subtitle2>{t.columnsStep}</Subtitle2>
          <Button size="small" appearance={open ? 'secondary' : 'outline'} onClick={() => void toggleColumns()} data-testid="columns-button" aria-expanded={open}>
            {open ? t.close : t.columns}
          </Button>
        </div>
        {plan && step && (
          <Body1 data-testid="columns-summary">{t.columnsSummary(step.scan.sheet, plan.headerRow, plan.columns.recognised.length, plan.columns.ignored.length)}</Body1>
        )}
        {empty && <Body1>{t.emptySheet}</Body1>}
        {open && plan && step && <Columns lang={lang} sheet={step.scan.sheet} plan={plan} mapping={step.mapping} onChange={(m) => void changeMapping(m)} />}
      </Card>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" onClick={run} disabled={!!progress || blocked || empty} data-testid="validate">
          {t.validate}
        </Button>
        {progress && (
          <Button onClick={() => abort.current?.abort()} data-testid="cancel">
            {t.cancel}
          </Button>
        )}
      </div>
      {progress && (
        <div>
          <ProgressBar value={progress.total ? progress.done / progress.total : undefined} />
          <Caption1>{t.running(progress.done, progress.total)}</Caption1>
        </div>
      )}
      {error && <Body1 style={{ color: tokens.colorPaletteRedForeground1 }}>{error}</Body1>}
      {result && result.refused && (
        <MessageBar intent="error" data-testid="refused">
          <MessageBarBody>
            {!result.plan
              ? t.emptySheet
              : result.plan.match.missingRequired.length
                ? t.missingStep(result.plan.match.missingRequired.map((f) => (lang === 'fr' ? `« ${label(f)} »` : `"${label(f)}"`)).join(', '), result.plan.headerRow)
                : `${t.problemsTitle}${lang === 'fr' ? ' : ' : ': '}${result.plan.problems.map((p) => p[lang]).join(' ; ')}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && !result.refused && (
        <Card data-testid="summary">
          <Subtitle2>
            {t.summary} — {result.summary.rows} {t.rows}
          </Subtitle2>
          {notChecked.length > 0 && (
            <MessageBar intent="warning" data-testid="not-checked">
              <MessageBarBody>{notCheckedText({ not_checked: notChecked }, lang)}</MessageBarBody>
            </MessageBar>
          )}
          {result.skipped.length > 0 && <Body1 data-testid="skipped">{skippedText(result.skipped, lang)}</Body1>}
          <div className={s.counts}>
            <Badge color="success" data-testid="count-ok">{`${t.ok} ${result.summary.ok}`}</Badge>
            <Badge color="warning" data-testid="count-warning">{`${t.warning} ${result.summary.warning}`}</Badge>
            <Badge color="danger" data-testid="count-error">{`${t.error} ${result.summary.error}`}</Badge>
          </div>
          {notChecked.length > 0 && <Caption1>{t.okMeans}</Caption1>}
          {result.cancelled && <Caption1>{t.cancelled}</Caption1>}
          <div>
            <Button size="small" appearance="transparent" onClick={() => setDetails(!details)} data-testid="details-toggle" aria-expanded={details}>
              {details ? t.hideDetails : t.details}
            </Button>
            {details && <Caption1 data-testid="details">{t.syncs(result.syncs, result.chunks)}</Caption1>}
          </div>
        </Card>
      )}
      {result && !result.refused && result.rows.length === 0 && result.summary.rows > 0 && <Body1>{notChecked.length ? t.noFindingsPartial : t.noFindings}</Body1>}
      {result && !result.refused && (
        <div className={s.list} data-testid="findings">
          {result.rows.map((row) => (
            <Card key={row.row} style={{ flexShrink: 0 }} data-row={row.row}>
              <Subtitle2>
                {t.row} {row.row}
                {row.reference ? ` — ${row.reference}` : ''}{' '}
                <Badge color={row.status === 'error' ? 'danger' : row.status === 'warning' ? 'warning' : 'success'}>{t.rowStatus[row.status]}</Badge>
              </Subtitle2>
              {row.findings
                .filter((f) => f.severity !== 'info')
                .map((f, i) => (
                  <div key={i} className={s.finding} onClick={() => f.address && void selectCell(excel, f.address)} title={f.address ?? ''} data-address={f.address ?? ''} data-code={f.code}>
                    <Body1>
                      {f.severity === 'error' ? '✖ ' : '⚠ '}
                      {f.field ? <strong>{label(f.field)} : </strong> : null}
                      {f.message[lang]}
                    </Body1>
                    <div className={s.articles}>
                      {f.articles.map((a) => (
                        <Link key={a} href={legifranceUrl(a)} target="_blank" rel="noreferrer" title={t.article} onClick={(e) => e.stopPropagation()}>
                          {a}
                        </Link>
                      ))}
                    </div>
                  </div>
                ))}
            </Card>
          ))}
        </div>
      )}
    </main>
  );
}
