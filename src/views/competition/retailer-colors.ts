/** One colour per compared retailer, by its position in the comparison (colour-blind-safe hues). */
const RETAILER_COLORS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#b45309'];

export function retailerColor(index: number): string {
  return RETAILER_COLORS[index % RETAILER_COLORS.length]!;
}
