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
    // Round 22 (read before review): a function word before a form of address is not a name ("Yang Ibu …").
    ['id', 'Yang Ibu butuhkan adalah foto produk asli.', 'yang Ibu butuhkan adalah foto produk asli.'],
    ['id', 'Saat Bapak menelepon pukul 23.00, saya sedang cuti.', 'saat Bapak menelepon pukul 23.00, saya sedang cuti.'],
    ['id', 'Sejak Oktober ada dua puluh revisi.', 'sejak Oktober ada dua puluh revisi.'],
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

describe('warmKo: a typed 합니다체 example said in a warm 해요체 call (ko review 16)', () => {
  it.each([
    ['지난주에는 밤 11시 이후에 메시지가 스무 통 넘게 왔습니다.', '지난주에는 밤 11시 이후에 메시지가 스무 통 넘게 왔어요.'],
    ['계약에 없던 영상 편집을 세 번 추가로 요청하셨습니다.', '계약에 없던 영상 편집을 세 번 추가로 요청하셨어요.'],
    ['이번 달에만 일정이 세 번 바뀌었습니다.', '이번 달에만 일정이 세 번 바뀌었어요.'],
    ['주말마다 수정 요청을 합니다.', '주말마다 수정 요청을 해요.'],
    ['벌써 네 번째 수정입니다.', '벌써 네 번째 수정이에요.'],
    ['요청하신 글은 기술 문서입니다.', '요청하신 글은 기술 문서예요.'],
    ['마감이 두 번 바뀌었습니다. 회의는 세 번 취소됐습니다.', '마감이 두 번 바뀌었어요. 회의는 세 번 취소됐어요.'],
    ['요즘 요청하시는 글은 기술 문서에 가깝습니다.', '요즘 요청하시는 글은 기술 문서에 가까워요.'],
    ['수정 요청이 너무 많습니다.', '수정 요청이 너무 많아요.'],
    ['회의록이 없습니다.', '회의록이 없어요.'],
    ['요청이 계약 범위보다 넓습니다.', '요청이 계약 범위보다 넓어요.'],
    ['일정이 부담스럽습니다.', '일정이 부담스러워요.'],
  ] as const)('%s → %s', (typed, warm) => {
    expect(exampleSentence(typed, 'ko', 'warm')).toBe(warm);
  });
  it.each([
    '메시지가 자주 옵니다.',
    '사정은 그렇습니다.',
    '공간이 좁습니다.',
    '같은 말을 세 번 듣습니다.',
    '주말에도 연락이 와요.',
  ])('leaves an irregular or already polite ending as typed: %s', (typed) => {
    expect(exampleSentence(typed, 'ko', 'warm')).toBe(typed);
  });
  it('keeps 합니다체 in a formal call', () => {
    expect(exampleSentence('메시지가 스무 통 넘게 왔습니다.', 'ko', 'formal')).toBe('메시지가 스무 통 넘게 왔습니다.');
  });
});
