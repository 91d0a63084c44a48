/** A file size in Dutch notation: `812 bytes`, `12,3 kB`, `1,4 MB` (1 kB = 1000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} ${unit}`;
}
