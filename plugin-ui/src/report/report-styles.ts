// Styles of the report page, on top of the panel's (`nps-panel.css`: colours, buttons, form
// fields, states). They travel with the component: NpsReportPage renders them as a React 19
// hoisted <style> (one per document, whatever mounts it), so the ES module build, the
// standalone script and `NpsDesk.mountReport` need nothing more. Every rule is scoped under
// .npsdesk-report. Laid out for about 1000 px; one column below 640 px, and still no
// horizontal page scroll at 320 px (wide tables scroll inside their own box).
export const REPORT_CSS = /* CSS */ `
.npsdesk-report {
  --npsdesk-band: rgba(9, 105, 218, 0.16);
  --npsdesk-line: #0969da;
  font-size: 14px;
}

.npsdesk-report .npsdesk-report__header {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 4px 16px;
  margin-bottom: 12px;
}

.npsdesk-report .npsdesk-report__title {
  font-size: 18px;
  font-weight: 700;
}

/* Controls */
.npsdesk-report .npsdesk-report__controls {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: 10px 14px;
  margin-bottom: 12px;
  padding: 10px 12px;
  border: 1px solid var(--npsdesk-border);
  border-radius: 8px;
  background: var(--npsdesk-surface);
}

.npsdesk-report .npsdesk-report__field {
  display: flex;
  flex-direction: column;
  gap: 2px;
  min-width: 0;
  margin: 0;
  padding: 0;
  border: 0;
}

.npsdesk-report .npsdesk-report__field .npsdesk-form__input {
  width: auto;
  max-width: 100%;
}

.npsdesk-report .npsdesk-report__field--zone {
  flex: 0 1 220px;
}

.npsdesk-report .npsdesk-report__field--zone .npsdesk-form__input {
  width: 100%;
}

.npsdesk-report .npsdesk-report__field--inline {
  flex-direction: row;
  align-items: center;
  gap: 6px;
}

.npsdesk-report .npsdesk-report__granularity legend {
  padding: 0;
  margin-bottom: 2px;
}

.npsdesk-report .npsdesk-segmented {
  display: inline-flex;
  flex-wrap: wrap;
  border: 1px solid var(--npsdesk-border);
  border-radius: 6px;
  background: #fff;
  overflow: hidden;
}

.npsdesk-report .npsdesk-segmented__option {
  position: relative;
  display: block;
}

.npsdesk-report .npsdesk-segmented__option input {
  position: absolute;
  opacity: 0;
  inset: 0;
  margin: 0;
  cursor: pointer;
}

.npsdesk-report .npsdesk-segmented__option span {
  display: block;
  padding: 5px 12px;
  font-weight: 600;
}

.npsdesk-report .npsdesk-segmented__option + .npsdesk-segmented__option span {
  border-inline-start: 1px solid var(--npsdesk-border);
}

.npsdesk-report .npsdesk-segmented__option input:checked + span {
  background: var(--npsdesk-focus);
  color: #fff;
}

.npsdesk-report .npsdesk-segmented__option input:focus-visible + span {
  outline: 2px solid var(--npsdesk-focus);
  outline-offset: -4px;
  box-shadow: inset 0 0 0 4px #fff;
}

.npsdesk-report .npsdesk-report__problem {
  flex-basis: 100%;
}

.npsdesk-report .npsdesk-report__period {
  margin-bottom: 8px;
}

.npsdesk-report .npsdesk-report__stale {
  opacity: 0.55;
  transition: opacity 0.2s;
}

.npsdesk-report .npsdesk-report__empty {
  padding: 24px 12px;
  border: 1px dashed var(--npsdesk-border);
  border-radius: 8px;
  text-align: center;
}

/* Layout: cards in a grid, the chart and the table across it */
.npsdesk-report .npsdesk-report__grid {
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: 12px;
}

.npsdesk-report .npsdesk-report__wide {
  grid-column: 1 / -1;
  min-width: 0;
}

.npsdesk-report .npsdesk-report__card {
  min-width: 0;
  padding: 12px 14px;
  border: 1px solid var(--npsdesk-border);
  border-radius: 8px;
  background: #fff;
}

@media (max-width: 640px) {
  .npsdesk-report .npsdesk-report__grid {
    grid-template-columns: minmax(0, 1fr);
  }
  .npsdesk-report .npsdesk-report__card {
    padding: 10px;
  }
}

.npsdesk-report .npsdesk-report__section-head {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 6px 12px;
  margin-bottom: 6px;
}

.npsdesk-report .npsdesk-report__section-head .npsdesk-heading {
  margin: 0;
}

.npsdesk-report .npsdesk-heading {
  font-size: 14px;
}

/* Overall */
.npsdesk-report .npsdesk-report__headline {
  display: flex;
  align-items: baseline;
  gap: 8px;
}

.npsdesk-report .npsdesk-report__nps {
  font-size: 40px;
  font-weight: 700;
  line-height: 1.1;
  font-variant-numeric: tabular-nums;
}

.npsdesk-report .npsdesk-report__margin {
  color: var(--npsdesk-muted);
  font-size: 18px;
  font-weight: 600;
}

.npsdesk-report .npsdesk-report__warning {
  margin-top: 6px;
  padding: 4px 8px;
  border-radius: 6px;
  background: var(--npsdesk-passive-bg);
  color: var(--npsdesk-passive-text);
  font-size: 12px;
  font-weight: 600;
}

.npsdesk-report .npsdesk-report__categories {
  display: flex;
  flex-direction: column;
  gap: 4px;
  margin-top: 10px;
  list-style: none;
}

.npsdesk-report .npsdesk-report__category {
  display: flex;
  justify-content: space-between;
  gap: 8px;
  padding-inline-start: 8px;
  border-inline-start: 4px solid var(--npsdesk-border);
}

.npsdesk-report .npsdesk-report__category--promoter {
  border-inline-start-color: var(--npsdesk-promoter);
}

.npsdesk-report .npsdesk-report__category--passive {
  border-inline-start-color: var(--npsdesk-passive);
}

.npsdesk-report .npsdesk-report__category--detractor {
  border-inline-start-color: var(--npsdesk-detractor);
}

.npsdesk-report .npsdesk-report__category-value {
  font-weight: 700;
  font-variant-numeric: tabular-nums;
}

/* Flags */
.npsdesk-report .npsdesk-report__flag {
  display: inline-block;
  margin: 1px 4px 1px 0;
  padding: 0 6px;
  border-radius: 999px;
  font-size: 11px;
  font-weight: 700;
  white-space: nowrap;
}

.npsdesk-report .npsdesk-report__flag--low {
  background: var(--npsdesk-passive-bg);
  color: var(--npsdesk-passive-text);
}

.npsdesk-report .npsdesk-report__flag--rise {
  background: var(--npsdesk-promoter-bg);
  color: var(--npsdesk-promoter-text);
}

.npsdesk-report .npsdesk-report__flag--fall {
  background: var(--npsdesk-detractor-bg);
  color: var(--npsdesk-detractor-text);
}

.npsdesk-report .npsdesk-report__flag--differs {
  background: #ddf4ff;
  color: #0550ae;
}

/* Trend chart */
.npsdesk-report .npsdesk-report__chart-box {
  width: 100%;
  min-width: 0;
  overflow: hidden;
}

.npsdesk-report .npsdesk-trend {
  display: block;
  max-width: 100%;
  height: auto;
}

.npsdesk-report .npsdesk-trend__grid {
  stroke: var(--npsdesk-border);
  stroke-width: 1;
}

.npsdesk-report .npsdesk-trend__grid--zero {
  stroke: var(--npsdesk-muted);
}

.npsdesk-report .npsdesk-trend__axis {
  fill: var(--npsdesk-muted);
  font-size: 11px;
}

.npsdesk-report .npsdesk-trend__band {
  fill: var(--npsdesk-band);
  stroke: none;
}

.npsdesk-report .npsdesk-trend__line {
  fill: none;
  stroke: var(--npsdesk-line);
  stroke-width: 2;
}

.npsdesk-report .npsdesk-trend__mark {
  fill: var(--npsdesk-line);
  stroke: #fff;
  stroke-width: 1.5;
}

.npsdesk-report .npsdesk-trend__mark--low-sample {
  fill: #fff;
  stroke: var(--npsdesk-line);
  stroke-width: 2;
}

.npsdesk-report .npsdesk-trend__hit {
  fill: transparent;
}

.npsdesk-report .npsdesk-trend__whisker {
  fill: none;
  stroke: var(--npsdesk-muted);
  stroke-width: 1.25;
}

.npsdesk-report .npsdesk-trend__significant {
  fill: var(--npsdesk-text);
}

/* Legends */
.npsdesk-report .npsdesk-report__legend {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 14px;
  margin: 6px 0 0;
  padding: 0;
  color: var(--npsdesk-muted);
  font-size: 12px;
  list-style: none;
}

.npsdesk-report .npsdesk-report__key {
  display: inline-block;
  width: 12px;
  height: 12px;
  margin-inline-end: 2px;
  vertical-align: -2px;
  border-radius: 2px;
}

.npsdesk-report .npsdesk-report__key--band {
  background: var(--npsdesk-band);
}

.npsdesk-report .npsdesk-report__key--mark,
.npsdesk-report .npsdesk-report__key--low {
  width: 10px;
  height: 10px;
  border: 2px solid var(--npsdesk-line);
  border-radius: 50%;
  background: var(--npsdesk-line);
}

.npsdesk-report .npsdesk-report__key--low {
  background: #fff;
}

.npsdesk-report .npsdesk-report__key--whisker {
  width: 8px;
  border-block: 1.5px solid var(--npsdesk-muted);
  border-radius: 0;
  background: linear-gradient(var(--npsdesk-muted), var(--npsdesk-muted)) center / 1.5px 100% no-repeat;
}

.npsdesk-report .npsdesk-report__key--significant {
  width: 0;
  height: 0;
  border-radius: 0;
  border-inline: 5px solid transparent;
  border-bottom: 9px solid var(--npsdesk-text);
}

.npsdesk-report .npsdesk-report__key--promoter {
  background: var(--npsdesk-promoter);
}

.npsdesk-report .npsdesk-report__key--passive {
  background: var(--npsdesk-passive);
}

.npsdesk-report .npsdesk-report__key--detractor {
  background: var(--npsdesk-detractor);
}

/* Distribution bars */
.npsdesk-report .npsdesk-bars {
  display: flex;
  align-items: stretch;
  gap: 3px;
  height: 170px;
  list-style: none;
}

.npsdesk-report .npsdesk-bars__item {
  display: flex;
  flex: 1 1 0;
  flex-direction: column;
  align-items: center;
  min-width: 0;
}

.npsdesk-report .npsdesk-bars__count {
  font-size: 11px;
  font-weight: 700;
  font-variant-numeric: tabular-nums;
}

.npsdesk-report .npsdesk-bars__track {
  display: flex;
  flex: 1;
  align-items: flex-end;
  width: 100%;
  border-bottom: 1px solid var(--npsdesk-muted);
}

.npsdesk-report .npsdesk-bars__bar {
  display: block;
  width: 100%;
  min-height: 0;
  border-radius: 3px 3px 0 0;
}

.npsdesk-report .npsdesk-bars__bar--promoter {
  background: var(--npsdesk-promoter);
}

.npsdesk-report .npsdesk-bars__bar--passive {
  background: var(--npsdesk-passive);
}

.npsdesk-report .npsdesk-bars__bar--detractor {
  background: var(--npsdesk-detractor);
}

.npsdesk-report .npsdesk-bars__score {
  color: var(--npsdesk-muted);
  font-size: 11px;
}

/* Tables */
.npsdesk-report .npsdesk-report__details {
  margin-top: 8px;
}

.npsdesk-report .npsdesk-report__details summary {
  color: var(--npsdesk-focus);
  cursor: pointer;
  font-size: 12px;
  font-weight: 600;
}

.npsdesk-report .npsdesk-report__table-scroll {
  max-width: 100%;
  overflow-x: auto;
}

.npsdesk-report .npsdesk-report__table-scroll:focus-visible {
  outline: 2px solid var(--npsdesk-focus);
  outline-offset: 2px;
}

.npsdesk-report .npsdesk-report__table-scroll[aria-busy='true'] {
  opacity: 0.55;
}

.npsdesk-report .npsdesk-report__table {
  width: 100%;
  border-collapse: collapse;
  font-size: 13px;
}

.npsdesk-report .npsdesk-report__table caption {
  padding-bottom: 4px;
  color: var(--npsdesk-muted);
  font-size: 12px;
  text-align: start;
}

.npsdesk-report .npsdesk-report__table :is(th, td) {
  padding: 5px 8px;
  border-bottom: 1px solid var(--npsdesk-border);
  text-align: start;
  vertical-align: top;
  white-space: nowrap;
}

.npsdesk-report .npsdesk-report__table thead th {
  color: var(--npsdesk-muted);
  font-size: 12px;
  font-weight: 600;
}

.npsdesk-report .npsdesk-report__table tbody th {
  font-weight: 600;
}

.npsdesk-report .npsdesk-report__table .npsdesk-report__num {
  text-align: end;
  font-variant-numeric: tabular-nums;
}

.npsdesk-report .npsdesk-report__pager {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 6px;
  margin-top: 6px;
}

/* Closed loop, CSAT and CES */
.npsdesk-report .npsdesk-report__stat-title {
  font-weight: 600;
}

.npsdesk-report .npsdesk-report__stat-value {
  font-size: 24px;
  font-weight: 700;
  line-height: 1.2;
}

.npsdesk-report .npsdesk-report__stats {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 20px;
  margin: 8px 0 0;
}

.npsdesk-report .npsdesk-report__stats dt {
  color: var(--npsdesk-muted);
  font-size: 12px;
}

.npsdesk-report .npsdesk-report__stats dd {
  margin: 0;
  font-weight: 700;
  font-variant-numeric: tabular-nums;
}

.npsdesk-report .npsdesk-report__satisfaction + .npsdesk-report__satisfaction,
.npsdesk-report .npsdesk-report__satisfaction + .npsdesk-meta,
.npsdesk-report .npsdesk-meta + .npsdesk-report__satisfaction {
  margin-top: 10px;
}

.npsdesk-report .npsdesk-report__scales {
  margin: 2px 0 0;
  padding-inline-start: 18px;
}

.npsdesk-report .npsdesk-report__notice {
  background: var(--npsdesk-surface);
}
`;
