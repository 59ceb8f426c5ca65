import { useI18n } from '../../i18n/i18n-context';
import { publishedGaps, type GapFigure } from '../../model/published-gaps';
import { SourceLink } from '../components/SourceLink';

/** What was not published about a figure, with the source that documents it (public dataset only). */
export function GapNote({ dataset, retailer, figure }: { dataset: string; retailer: string; figure: GapFigure }) {
  const { t } = useI18n();
  const gaps = publishedGaps(dataset, retailer, figure);
  if (gaps.length === 0) return null;
  return (
    <>
      {gaps.map((gap) => (
        <span key={gap.id} className="gap-note" data-testid={`gap-${gap.id}`}>
          {t(`gap.${gap.id}`)} <SourceLink source={gap.source} />
        </span>
      ))}
    </>
  );
}
