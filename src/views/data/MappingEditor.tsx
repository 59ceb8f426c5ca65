import { useState } from 'react';
import type { FileChoices } from '../../hooks/use-ingest';
import { useI18n } from '../../i18n/i18n-context';
import { chosenChannel, defaultChannel, type ColumnSource } from '../../ingest/column-mapping';
import { KIND_COLUMNS, type CanonicalKind } from '../../ingest/ingest-kinds';
import type { IngestReport } from '../../ingest/ingest-report';
import { KNOWN_CHANNELS } from '../../model/schema';
import { useMappingProfiles } from '../../hooks/use-mapping-profiles';
import { channelLabel } from '../components/channel-style';

const CONSTANT = '\u0000constant';

interface MappingEditorProps {
  kind: CanonicalKind;
  report: IngestReport;
  preview: string[][];
  choices: FileChoices;
  onChange: (change: (choices: FileChoices) => FileChoices) => void;
}

/** One row per canonical column: which source column feeds it, or a value typed once. */
export function MappingEditor({ kind, report, preview, choices, onChange }: MappingEditorProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [profileName, setProfileName] = useState('');
  const { profiles, save: saveProfile } = useMappingProfiles();
  const setSource = (column: string, source: ColumnSource | null) =>
    onChange((c) => {
      const mapping = { ...report.mapping, ...c.profile.mapping };
      if (source) mapping[column] = source;
      else delete mapping[column];
      return { ...c, profile: { ...c.profile, mapping } };
    });
  const channelSource = report.mapping.channel;
  const channelIndex = channelSource && 'column' in channelSource ? report.headers.indexOf(channelSource.column) : -1;
  const rawChannels = channelIndex >= 0 ? [...new Set(preview.map((r) => (r[channelIndex] ?? '').trim()).filter(Boolean))].slice(0, 12) : [];
  const channelValues = choices.profile.channelValues ?? {};

  return (
    <fieldset className="mapping-editor">
      <legend>{t('data.mapping')}</legend>
      <p className="muted">{t('data.mappingHelp')}</p>
      <div className="mapping-grid">
        {KIND_COLUMNS[kind].map((column) => {
          const source = report.mapping[column.name];
          const value = !source ? '' : 'column' in source ? source.column : CONSTANT;
          return (
            <label className="field mapping-row" key={column.name}>
              <span className="field-label">
                <code>{column.name}</code> {column.required ? <em className="muted">({t('data.required')})</em> : null}
              </span>
              <select
                data-testid={`map-${column.name}`}
                value={value}
                onChange={(e) => setSource(column.name, e.target.value === '' ? null : e.target.value === CONSTANT ? { constant: '' } : { column: e.target.value })}
              >
                <option value="">{t('data.mapping.none')}</option>
                {report.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
                <option value={CONSTANT}>{t('data.mapping.constant')}</option>
              </select>
              {source && 'constant' in source ? (
                <input
                  data-testid={`constant-${column.name}`}
                  type="text"
                  placeholder={t('data.mapping.constantPlaceholder')}
                  defaultValue={source.constant}
                  onBlur={(e) => setSource(column.name, { constant: e.target.value })}
                />
              ) : null}
            </label>
          );
        })}
      </div>
      {rawChannels.length ? (
        <div className="channel-values">
          <h4>{t('data.channelValues')}</h4>
          {rawChannels.map((raw) => (
            <label className="field mapping-row" key={raw}>
              <span className="field-label">{raw}</span>
              <select
                value={chosenChannel(channelValues, raw) ?? defaultChannel(raw)}
                onChange={(e) => onChange((c) => ({ ...c, profile: { ...c.profile, channelValues: { ...c.profile.channelValues, ...Object.fromEntries([[raw, e.target.value]]) } } }))}
              >
                {KNOWN_CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {channelLabel(channel, i18n)}
                  </option>
                ))}
                <option value={raw}>{t('data.channelKeep')}</option>
              </select>
            </label>
          ))}
        </div>
      ) : null}
      <div className="profile-row">
        <label className="field">
          <span className="field-label">{t('data.profile')}</span>
          <select
            value=""
            onChange={(e) => {
              const profile = profiles[e.target.value];
              if (profile) onChange((c) => ({ ...c, kind: profile.kind, profile: { mapping: profile.mapping, channelValues: profile.channelValues } }));
            }}
          >
            <option value="">{t('data.profileApply')}</option>
            {Object.keys(profiles).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <input type="text" aria-label={t('data.profileName')} placeholder={t('data.profileName')} value={profileName} onChange={(e) => setProfileName(e.target.value)} />
        <button
          type="button"
          className="button-secondary"
          disabled={!profileName.trim()}
          onClick={() => {
            saveProfile(profileName.trim(), { kind, mapping: report.mapping, channelValues });
            setProfileName('');
          }}
        >
          {t('data.profileSave')}
        </button>
      </div>
    </fieldset>
  );
}
