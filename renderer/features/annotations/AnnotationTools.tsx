import { useTranslation } from 'react-i18next';
import type { Annotator } from './useAnnotator.ts';
import { HIGHLIGHT_COLOURS, PEN_COLOURS, WIDTHS, type Tool } from './tools.ts';
import styles from './annotations.module.css';

const TOOLS: Tool[] = ['read', 'pen', 'highlighter', 'note', 'eraser'];

/**
 * The tablet's annotation tools above the pages: the tool, its colour and width, undo and redo; the annotated copy, and
 * the earlier version beside this one (`compare`, when the document has one).
 */
export function AnnotationTools({
  annotator,
  onExport,
  exporting,
  compare,
}: {
  annotator: Annotator;
  onExport?: () => void;
  exporting?: boolean;
  compare?: { open: boolean; toggle: () => void };
}) {
  const { t } = useTranslation('annotations');
  const { tools, setTools } = annotator;
  const colours = tools.tool === 'highlighter' ? HIGHLIGHT_COLOURS : PEN_COLOURS;
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={t('tools')} data-testid="annotation-tools">
      <div className={styles.group}>
        {TOOLS.map((tool) => (
          <button key={tool} type="button" className="btn btn-small" aria-pressed={tools.tool === tool} data-testid={`annotation-tool-${tool}`} onClick={() => setTools((s) => ({ ...s, tool }))}>
            {t(tool)}
          </button>
        ))}
      </div>
      {tools.tool === 'pen' || tools.tool === 'highlighter' || tools.tool === 'note' ? (
        <div className={styles.group} role="group" aria-label={t('colour')}>
          {colours.map((colour) => {
            const chosen = tools.tool === 'highlighter' ? tools.highlight === colour : tools.color === colour;
            return (
              <button
                key={colour}
                type="button"
                className={styles.swatch}
                style={{ background: colour }}
                aria-pressed={chosen}
                aria-label={t(`colours.${colour}` as 'colours.#111827')}
                title={t(`colours.${colour}` as 'colours.#111827')}
                data-testid="annotation-colour"
                data-colour={colour}
                onClick={() => setTools((s) => (s.tool === 'highlighter' ? { ...s, highlight: colour } : { ...s, color: colour }))}
              />
            );
          })}
        </div>
      ) : null}
      {tools.tool === 'pen' ? (
        <div className={styles.group} role="group" aria-label={t('width')}>
          {(Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]).map((name) => (
            <button key={name} type="button" className="btn btn-small" aria-pressed={tools.width === WIDTHS[name]} data-testid={`annotation-width-${name}`} onClick={() => setTools((s) => ({ ...s, width: WIDTHS[name] }))}>
              {t(`widths.${name}`)}
            </button>
          ))}
        </div>
      ) : null}
      <div className={styles.group}>
        <button type="button" className="btn btn-small" disabled={!annotator.canUndo} onClick={annotator.undo} data-testid="annotation-undo">
          {t('undo')}
        </button>
        <button type="button" className="btn btn-small" disabled={!annotator.canRedo} onClick={annotator.redo} data-testid="annotation-redo">
          {t('redo')}
        </button>
      </div>
      {onExport ? (
        <button type="button" className="btn btn-small" onClick={onExport} disabled={exporting} data-testid="annotation-export">
          {exporting ? t('exporting') : t('export')}
        </button>
      ) : null}
      {compare ? (
        <button type="button" className="btn btn-small" aria-pressed={compare.open} onClick={compare.toggle} data-testid="compare-versions">
          {t('compare.open')}
        </button>
      ) : null}
      {tools.stylus ? <span className={styles.hint}>{t('stylus')}</span> : null}
      {annotator.pending > 0 ? (
        <span className={styles.hint} data-testid="annotation-pending" data-count={annotator.pending}>
          {t('pending', { count: annotator.pending })}
        </span>
      ) : null}
    </div>
  );
}
