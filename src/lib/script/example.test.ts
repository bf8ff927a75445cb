import { describe, expect, it } from 'vitest';
import { exampleSentence } from './example.ts';

describe('exampleSentence: the typed example continuing "예를 들어 / Örneğin / Contohnya,"', () => {
  it.each([
    ['tr', 'Bu ay hafta sonu on beş mesaj geldi.', 'bu ay hafta sonu on beş mesaj geldi.'],
    ['tr', 'İki hafta içinde dört kez kapsam değişti.', 'iki hafta içinde dört kez kapsam değişti.'],
    ['tr', 'Geçen ay beş ek iş talebi geldi.', 'geçen ay beş ek iş talebi geldi.'],
    ['id', 'Bulan ini ada lima belas pesan di akhir pekan.', 'bulan ini ada lima belas pesan di akhir pekan.'],
    ['id', 'Minggu lalu ada tiga revisi di luar kontrak.', 'minggu lalu ada tiga revisi di luar kontrak.'],
    ['id', 'Saya menerima 40 pesan setelah pukul 22.00.', 'saya menerima 40 pesan setelah pukul 22.00.'],
    // Round 10: a reduplicated first word ("Contohnya, Rata-rata …" kept its capital).
    ['id', 'Rata-rata ada lebih dari empat puluh pesan per hari.', 'rata-rata ada lebih dari empat puluh pesan per hari.'],
    ['id', 'Kadang-kadang telepon datang lewat tengah malam.', 'kadang-kadang telepon datang lewat tengah malam.'],
  ] as const)('%s lowers a common first word: %s', (lang, typed, joined) => {
    expect(exampleSentence(typed, lang)).toBe(joined);
  });

  it.each([
    ['tr', "Ekim'de on iki kez arandım."],
    ['tr', 'Ahmet Bey iki kez bağırdı.'],
    ['tr', 'SMS ile gece on mesaj geldi.'],
    ['tr', 'WhatsApp üzerinden otuz mesaj geldi.'],
    ['tr', 'Aralık ayında üç toplantı iptal edildi.'],
    ['id', 'Pak Budi menelepon sepuluh kali.'],
    ['id', 'Oktober lalu ada lima revisi.'],
    ['id', 'PT Sinar Jaya meminta revisi kelima.'],
    ['id', 'Senin kemarin ada tiga telepon.'],
    ['tr', '12 kez mesai dışında arandım.'],
    ['tr', 'Kasım-Aralık arasında on iki kez arandım.'],
  ] as const)('%s keeps a name, acronym, month or number as typed: %s', (lang, typed) => {
    expect(exampleSentence(typed, lang)).toBe(typed);
  });

  it('Korean has no letter case: the sentence is kept as typed', () => {
    expect(exampleSentence('지난달에는 계약에 없는 요청이 다섯 번 있었습니다.', 'ko')).toBe('지난달에는 계약에 없는 요청이 다섯 번 있었습니다.');
  });
});
