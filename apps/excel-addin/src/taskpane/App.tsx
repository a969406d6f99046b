/** The task pane: pick the rows, Validate (with progress and Cancel), read the summary and the findings. */
import { useEffect, useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Dropdown,
  Link,
  Option,
  ProgressBar,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CONTRACT_FIELDS, legifranceUrl } from '@formapro/core';
import { activeSheetTables, documentSettings, selectCell, validateActiveSheet, type ExcelApi, type Lang, type PaneResult } from './engine';
import { TEXT } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '14px' },
  counts: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: '8px', maxHeight: '60vh', overflowY: 'auto' },
  finding: { display: 'flex', flexDirection: 'column', gap: '2px', cursor: 'pointer', padding: '4px 6px', borderRadius: '4px', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  articles: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

const USED = '__used__';

export function App({ excel, lang }: { excel: ExcelApi; lang: Lang }) {
  const t = TEXT[lang];
  const s = useStyles();
  const [tables, setTables] = useState<string[]>([]);
  const [target, setTarget] = useState(USED);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<PaneResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const settings = useRef(documentSettings());

  useEffect(() => {
    void activeSheetTables(excel).then(setTables);
  }, [excel]);

  async function run() {
    abort.current = new AbortController();
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 0 });
    try {
      const r = await validateActiveSheet(excel, {
        lang,
        settings: settings.current,
        signal: abort.current.signal,
        table: target === USED ? undefined : target,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      setResult(r);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  }

  const label = (field: string | null) => {
    const f = CONTRACT_FIELDS.find((x) => x.field === field);
    return f ? f[lang] : '';
  };

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
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" onClick={run} disabled={!!progress} data-testid="validate">
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
      {result && (
        <Card data-testid="summary">
          <Subtitle2>
            {t.summary} — {result.summary.rows} {t.rows}
          </Subtitle2>
          <div className={s.counts}>
            <Badge color="success" data-testid="count-ok">{`${t.ok} ${result.summary.ok}`}</Badge>
            <Badge color="warning" data-testid="count-warning">{`${t.warning} ${result.summary.warning}`}</Badge>
            <Badge color="danger" data-testid="count-error">{`${t.error} ${result.summary.error}`}</Badge>
          </div>
          {result.cancelled && <Caption1>{t.cancelled}</Caption1>}
          {result.missingColumns.length > 0 && <Body1>{t.missing(result.missingColumns.map(label).join(', '))}</Body1>}
          <Caption1>{t.syncs(result.syncs, result.chunks)}</Caption1>
        </Card>
      )}
      {result && result.rows.length === 0 && result.summary.rows > 0 && <Body1>{t.noFindings}</Body1>}
      {result && (
        <div className={s.list} data-testid="findings">
          {result.rows.map((row) => (
            <Card key={row.row} style={{ flexShrink: 0 }}>
              <Subtitle2>
                {t.row} {row.row}
                {row.reference ? ` — ${row.reference}` : ''}{' '}
                <Badge color={row.status === 'error' ? 'danger' : row.status === 'warning' ? 'warning' : 'success'}>{t[row.status]}</Badge>
              </Subtitle2>
              {row.findings
                .filter((f) => f.severity !== 'info')
                .map((f, i) => (
                  <div key={i} className={s.finding} onClick={() => f.address && void selectCell(excel, f.address)} title={f.address ?? ''} data-address={f.address ?? ''}>
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
