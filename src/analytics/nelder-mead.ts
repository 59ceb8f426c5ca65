/**
 * Minimises a function of a few variables by the Nelder–Mead simplex method (standard
 * coefficients: reflection 1, expansion 2, contraction ½, shrink ½). Enough for the two or three
 * smoothing weights of a forecast model; constraints are the objective's business (it maps or clamps).
 */
export function nelderMead(
  f: (x: number[]) => number,
  start: readonly number[],
  step = 0.1,
  maxIterations = 400,
  tolerance = 1e-10,
): { x: number[]; value: number } {
  const n = start.length;
  let simplex = [start.slice(), ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))].map((x) => ({ x, value: f(x) }));
  const combine = (a: number[], b: number[], t: number) => a.map((v, i) => v + t * (b[i]! - v));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + tolerance)) break;
    const centroid = start.map((_, i) => simplex.slice(0, n).reduce((sum, p) => sum + p.x[i]!, 0) / n);
    const reflected = combine(centroid, worst.x, -1);
    const reflectedValue = f(reflected);
    if (reflectedValue < best.value) {
      const expanded = combine(centroid, worst.x, -2);
      const expandedValue = f(expanded);
      simplex[n] = expandedValue < reflectedValue ? { x: expanded, value: expandedValue } : { x: reflected, value: reflectedValue };
    } else if (reflectedValue < simplex[n - 1]!.value) {
      simplex[n] = { x: reflected, value: reflectedValue };
    } else {
      const outside = reflectedValue < worst.value;
      const contracted = combine(centroid, outside ? reflected : worst.x, 0.5);
      const contractedValue = f(contracted);
      if (contractedValue < (outside ? reflectedValue : worst.value)) simplex[n] = { x: contracted, value: contractedValue };
      else simplex = simplex.map((p, i) => (i === 0 ? p : { x: combine(best.x, p.x, 0.5), value: f(combine(best.x, p.x, 0.5)) }));
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return simplex[0]!;
}
