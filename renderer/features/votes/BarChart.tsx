import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { Text } from '@visx/text';
import styles from './chart.module.css';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** How it is coloured: an answer (`yes`, `no`, `abstain`) or a candidate's outcome. */
  tone: string;
  /** The number as the screen's language writes it. */
  shown: string;
}

const WIDTH = 1000;
const LABEL = 320;
const VALUE_ROOM = 110;
const TOP = 44;

/**
 * Horizontal bars in plain SVG (visx draws elements, no script of its own): one row per answer or candidate,
 * measured against `max` (the base the result was decided on), with the threshold marked. The viewBox scales it
 * to the box it is given, so the same chart reads on the console and from the back of the hall.
 */
export function BarChart({
  rows,
  max,
  threshold,
  thresholdLabel,
  title,
  tone,
  rowHeight,
  testId,
}: {
  rows: readonly BarRow[];
  max: number;
  threshold: number | null;
  thresholdLabel: string;
  title: string;
  tone: 'light' | 'dark';
  rowHeight: number;
  testId: string;
}) {
  const height = TOP + rows.length * rowHeight + 8;
  const x = scaleLinear<number>({ domain: [0, Math.max(1, max, threshold ?? 0, ...rows.map((r) => r.value))], range: [0, WIDTH - LABEL - VALUE_ROOM] });
  const y = scaleBand<string>({ domain: rows.map((r) => r.key), range: [TOP, height - 8], padding: 0.22 });
  const band = y.bandwidth();
  const fontSize = Math.min(30, Math.max(16, band * 0.52));
  return (
    <svg
      className={`${styles.chart} ${styles[tone]}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMinYMin meet"
      role="img"
      aria-label={title}
      data-testid={testId}
      data-rows={rows.length}
    >
      <Group left={LABEL}>
        <Line from={{ x: 0, y: TOP - 6 }} to={{ x: 0, y: height - 8 }} className={styles.axis} />
        {rows.map((row) => {
          const top = y(row.key) ?? 0;
          const width = x(row.value);
          return (
            <g key={row.key} data-testid="chart-bar" data-key={row.key} data-value={row.value} data-tone={row.tone}>
              <Text x={-18} y={top + band / 2} width={LABEL - 30} textAnchor="end" verticalAnchor="middle" fontSize={fontSize} className={styles.label}>
                {row.label}
              </Text>
              <Bar x={0} y={top} width={Math.max(width, row.value > 0 ? 4 : 0)} height={band} rx={4} className={styles[`bar-${row.tone}`] ?? styles.bar} />
              <Text x={width + 14} y={top + band / 2} verticalAnchor="middle" fontSize={fontSize * 1.1} className={styles.value}>
                {row.shown}
              </Text>
            </g>
          );
        })}
        {threshold !== null && threshold > 0 ? (
          <g data-testid="chart-threshold" data-value={threshold}>
            <Line from={{ x: x(threshold), y: TOP - 8 }} to={{ x: x(threshold), y: height - 8 }} className={styles.threshold} />
            <Text x={x(threshold)} y={TOP - 16} textAnchor="middle" fontSize={20} className={styles.thresholdLabel}>
              {thresholdLabel}
            </Text>
          </g>
        ) : null}
      </Group>
    </svg>
  );
}
