import { checkEvidenceFile, formatFileSize, shortChecksum } from './evidence';

describe('evidence files', () => {
  it('formats sizes in KB and MB, Vietnamese or English style', () => {
    expect(formatFileSize(512, 'vi')).toBe('512 B');
    expect(formatFileSize(245_760, 'vi')).toBe('240 KB');
    expect(formatFileSize(1_572_864, 'vi')).toBe('1,5 MB');
    expect(formatFileSize(1_572_864, 'en')).toBe('1.5 MB');
  });

  it('refuses other types, files over 10 MB and an eleventh file before upload', () => {
    expect(checkEvidenceFile({ name: 'Bien-ban.PDF', size: 1000 }, 0)).toBeUndefined();
    expect(checkEvidenceFile({ name: 'anh.jpeg', size: 10 * 1024 * 1024 }, 9)).toBeUndefined();
    expect(checkEvidenceFile({ name: 'macro.docm', size: 1000 }, 0)).toBe('evidenceWrongType');
    expect(checkEvidenceFile({ name: 'scan.png', size: 10 * 1024 * 1024 + 1 }, 0)).toBe(
      'evidenceTooLarge',
    );
    expect(checkEvidenceFile({ name: 'scan.png', size: 10 }, 10)).toBe('evidenceTooMany');
  });

  it('shows the first 8 hex digits of the checksum', () => {
    expect(shortChecksum('3a7bd3e2360a3d29eea4')).toBe('3a7bd3e2');
  });
});
