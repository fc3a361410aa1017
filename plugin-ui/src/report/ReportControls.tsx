import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useReportFormat } from './report-format';
import { GRANULARITIES, timeZoneOptions, type ReportSettings, type SettingsProblem } from './report-settings';

export interface ReportControlsProps {
  settings: ReportSettings;
  /** Why the API would refuse the settings, shown next to the control at fault. */
  problem: SettingsProblem | null;
  onChange: (settings: ReportSettings) => void;
}

/**
 * Date range, granularity and time zone. Every change applies at once (a date input only
 * reports whole dates); settings the API would refuse are flagged here and never sent.
 */
export function ReportControls({ settings, problem, onChange }: ReportControlsProps) {
  const fromId = useId();
  const toId = useId();
  const zoneId = useId();
  const problemId = useId();
  const { t } = useTranslation('report');
  const format = useReportFormat();
  const zones = useMemo(() => timeZoneOptions(settings.timeZone), [settings.timeZone]);
  const invalid = (field: SettingsProblem['field']) => (problem?.field === field ? true : undefined);
  const describedBy = (field: SettingsProblem['field']) => (problem?.field === field ? problemId : undefined);

  return (
    <form
      className="npsdesk-report__controls"
      aria-label={t('controls.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="npsdesk-report__field">
        <label className="npsdesk-form__label" htmlFor={fromId}>
          {t('controls.from')}
        </label>
        <input
          id={fromId}
          className="npsdesk-form__input"
          type="date"
          value={settings.from}
          max={settings.to || undefined}
          required
          aria-invalid={invalid('from')}
          aria-describedby={describedBy('from')}
          onChange={(event) => onChange({ ...settings, from: event.target.value })}
        />
      </div>
      <div className="npsdesk-report__field">
        <label className="npsdesk-form__label" htmlFor={toId}>
          {t('controls.to')}
        </label>
        <input
          id={toId}
          className="npsdesk-form__input"
          type="date"
          value={settings.to}
          min={settings.from || undefined}
          required
          aria-invalid={invalid('to')}
          aria-describedby={describedBy('to')}
          onChange={(event) => onChange({ ...settings, to: event.target.value })}
        />
      </div>
      <fieldset
        className="npsdesk-report__field npsdesk-report__granularity"
        aria-describedby={describedBy('granularity')}
      >
        <legend className="npsdesk-form__label">{t('controls.granularity')}</legend>
        <div className="npsdesk-segmented">
          {GRANULARITIES.map((granularity) => (
            <label key={granularity} className="npsdesk-segmented__option">
              <input
                type="radio"
                name={`${fromId}-granularity`}
                value={granularity}
                checked={settings.granularity === granularity}
                onChange={() => onChange({ ...settings, granularity })}
              />
              <span>{t(`granularity.${granularity}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="npsdesk-report__field npsdesk-report__field--zone">
        <label className="npsdesk-form__label" htmlFor={zoneId}>
          {t('controls.timeZone')}
        </label>
        <select
          id={zoneId}
          className="npsdesk-form__input"
          value={settings.timeZone}
          aria-invalid={invalid('timeZone')}
          aria-describedby={describedBy('timeZone')}
          onChange={(event) => onChange({ ...settings, timeZone: event.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      {problem ? (
        <p id={problemId} className="npsdesk-form__error npsdesk-report__problem" role="alert">
          {/* Only the reasons that carry a limit write `maxDays`. */}
          {t(`problem.${problem.reason}`, { maxDays: format.number(problem.maxDays ?? 0) })}
        </p>
      ) : null}
    </form>
  );
}
