import type { TableName } from '../model/schema';

/** What an uploaded file holds: one of the canonical tables, or any other CSV kept as-is. */
export const INGEST_KINDS = ['sales', 'targets', 'fees', 'table'] as const;
export type IngestKind = (typeof INGEST_KINDS)[number];
export type CanonicalKind = Exclude<IngestKind, 'table'>;

export const KIND_TABLE: Record<CanonicalKind, TableName> = { sales: 'sales', targets: 'targets', fees: 'platform_fees' };

export type ValueType = 'date' | 'text' | 'number' | 'integer' | 'channel';

export interface CanonicalColumn {
  name: string;
  type: ValueType;
  /** A row without this value is rejected; a missing column must then be given a constant. */
  required: boolean;
  /** Headers recognised for this column, compared after {@link normaliseHeader}. */
  aliases: readonly string[];
}

const col = (name: string, type: ValueType, required: boolean, aliases: readonly string[]): CanonicalColumn => ({ name, type, required, aliases });

/** Canonical columns per kind, in table order, with the French and English headers exports use. */
export const KIND_COLUMNS: Record<CanonicalKind, readonly CanonicalColumn[]> = {
  sales: [
    col('date', 'date', true, [
      'date',
      'jour',
      'day',
      'order date',
      'date de commande',
      'date commande',
      'date de vente',
      'date vente',
      'sale date',
      'week',
      'semaine',
    ]),
    col('retailer', 'text', true, ['retailer', 'enseigne', 'distributeur', 'banner', 'chain', 'marque', 'brand']),
    col('channel', 'channel', true, ['channel', 'canal', 'sales method', 'sales channel', 'canal de vente', 'canal vente', 'mode de vente']),
    col('platform', 'text', false, ['platform', 'plateforme', 'partner', 'partenaire', 'marketplace']),
    col('region', 'text', false, ['region', 'zone', 'territory', 'territoire', 'pays', 'country']),
    col('category', 'text', false, ['category', 'categorie', 'rayon', 'famille', 'product category', 'univers']),
    col('orders', 'integer', false, ['orders', 'commandes', 'nb commandes', 'nombre de commandes', 'order count', 'transactions', 'nb de commandes']),
    col('revenue_eur', 'number', true, [
      'chiffre d affaires ttc',
      'chiffre d affaires',
      'chiffre d affaires ht',
      'ca ttc',
      'ca eur',
      'ca',
      'ca ht',
      'revenue eur',
      'revenue',
      'total sales',
      'net sales',
      'weekly sales',
      'sales',
      'montant ttc',
      'montant',
      'amount',
      'ventes',
      'gmv',
      'turnover',
    ]),
    col('commission_eur', 'number', false, ['commission', 'commissions', 'commission eur', 'frais de plateforme', 'platform fees']),
    col('metric', 'text', false, ['metric', 'mesure', 'indicateur']),
    col('source', 'text', false, ['source', 'origine']),
  ],
  targets: [
    col('retailer', 'text', true, ['retailer', 'enseigne', 'distributeur']),
    col('channel', 'channel', false, ['channel', 'canal']),
    col('period_start', 'date', true, ['period start', 'start', 'debut', 'date debut', 'date de debut', 'from', 'du']),
    col('period_end', 'date', true, ['period end', 'end', 'fin', 'date fin', 'date de fin', 'to', 'au']),
    col('target_eur', 'number', true, ['target', 'target eur', 'objectif', 'objectif ca', 'cible', 'goal', 'montant objectif']),
    col('set_on', 'date', false, ['set on', 'announced', 'annonce', 'date annonce', 'fixe le', 'date objectif']),
    col('label', 'text', false, ['label', 'libelle', 'description', 'intitule']),
    col('metric', 'text', false, ['metric', 'mesure', 'indicateur']),
    col('source', 'text', false, ['source', 'origine']),
  ],
  fees: [
    col('platform', 'text', true, ['platform', 'plateforme', 'partner', 'partenaire', 'marketplace']),
    col('valid_from', 'date', true, ['valid from', 'from', 'debut', 'date debut', 'du', 'start']),
    col('valid_to', 'date', false, ['valid to', 'to', 'fin', 'date fin', 'au', 'end']),
    col('rate_pct', 'number', true, ['rate', 'rate pct', 'taux', 'taux commission', 'commission', 'commission pct', 'pourcentage']),
    col('fixed_eur_per_order', 'number', false, ['fixed', 'fixed fee', 'frais fixes', 'frais par commande', 'fixe par commande']),
    col('label', 'text', false, ['label', 'libelle', 'description']),
    col('source', 'text', false, ['source', 'origine']),
  ],
};

/** `Chiffre d'affaires (€)` → `chiffre d affaires`: case, accents, units and punctuation ignored. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)|€|\$|%/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
