import { describe, expect, test } from 'vitest';
import { formatBytes } from '../../../src/publish/format-bytes';

describe('formatBytes', () => {
  test('writes sizes the Dutch way with a decimal comma', () => {
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(12_345)).toBe('12,3 kB');
    expect(formatBytes(1_400_000)).toBe('1,4 MB');
  });
});
