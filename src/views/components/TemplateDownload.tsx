import type { CsvTemplate } from '../../model/csv-templates';
import { downloadCsv } from './chart-export';

interface Props {
  template: CsvTemplate;
  label: string;
  testId: string;
}

/** A button that saves a CSV template (the canonical columns and an example row) to fill in. */
export function TemplateDownload({ template, label, testId }: Props) {
  return (
    <button type="button" className="button-small" data-testid={testId} onClick={() => downloadCsv(template.fileName, template.columns, template.example)}>
      {label}
    </button>
  );
}
