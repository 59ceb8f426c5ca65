import { useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { MAX_UPLOAD_BYTES } from '../../ingest/file-bytes';

/** Drag-and-drop target with a real file input inside, so keyboard and screen-reader users can pick files too. */
export function UploadZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={`upload-zone${over ? ' upload-zone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>
        {t('data.drop')}{' '}
        <label className="upload-pick">
          {t('data.pick')}
          <input
            data-testid="upload-input"
            type="file"
            multiple
            accept=".csv,.txt,.tsv,.gz,text/csv,text/plain"
            onChange={(e) => {
              onFiles([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </label>
      </p>
      <p className="muted">{t('data.limit', { size: MAX_UPLOAD_BYTES / 1048576 })}</p>
    </div>
  );
}
