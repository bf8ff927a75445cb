/**
 * Queries a reader types, with the page and section that must come first, per
 * language. Run against the real built index in the browser (search.spec.ts).
 * `kind` says what each one exercises. Paths are under /{lang}/.
 */
export interface QueryCase {
  query: string;
  first: string;
  kind: 'plain' | 'particle' | 'ending' | 'compound' | 'phrase' | 'casing' | 'diacritics' | 'affix' | 'loanword' | 'tool';
}

const letting = 'guides/letting-a-client-go/';
const spotting = 'guides/spotting-a-toxic-client/';
const preventing = 'guides/preventing-toxic-clients/';
/** The toxic-client self-assessment's "how the result is worked out" section. */
const scoring = 'quiz/toxic-client/#how-title';

export const queryTable: Record<'ko' | 'tr' | 'id', QueryCase[]> = {
  ko: [
    { query: '환불', first: `${letting}#refunds`, kind: 'plain' },
    { query: '환불을', first: `${letting}#refunds`, kind: 'particle' },
    { query: '환불받으려면', first: `${letting}#refunds`, kind: 'ending' },
    { query: '보수', first: `${letting}#keep-the-contract`, kind: 'compound' },
    { query: '카톡으로', first: `${letting}#dont-fire-by-message`, kind: 'particle' },
    { query: '문자로 통보', first: `${letting}#dont-fire-by-message`, kind: 'phrase' },
    { query: '변호사에게', first: `${preventing}#ask-a-lawyer`, kind: 'particle' },
    { query: '계약 조항', first: `${preventing}#contract-clause`, kind: 'phrase' },
    { query: '공짜', first: `${spotting}#red-flag-free-work`, kind: 'plain' },
    { query: '할인을', first: `${spotting}#red-flag-free-work`, kind: 'particle' },
    { query: '평판이', first: `${spotting}#your-time-and-image`, kind: 'particle' },
    { query: '고마움을', first: `${letting}#thank-them`, kind: 'particle' },
    { query: '보상', first: `${letting}#reward-yourself`, kind: 'plain' },
    { query: '밤낮 연락', first: `${spotting}#red-flag-overcommunication`, kind: 'phrase' },
    { query: '연락이', first: `${spotting}#red-flag-overcommunication`, kind: 'particle' },
    { query: '재계약', first: `${letting}#keep-the-contract`, kind: 'compound' },
    { query: '계약은 끝까지', first: `${letting}#keep-the-contract`, kind: 'phrase' },
    { query: '입금을', first: `${preventing}#the-aim`, kind: 'particle' },
    { query: '험한 말', first: `${letting}#dont-be-unkind`, kind: 'phrase' },
    { query: '고객 탓', first: `${letting}#dont-blame`, kind: 'phrase' },
    { query: '오래 함께한 고객에게', first: `${spotting}#established-clients`, kind: 'phrase' },
    { query: '통화를 마무리하는', first: `${letting}#end-the-call`, kind: 'ending' },
    // Written as one word, as people write it; 정책 is nowhere on the site, the refund section is what they want.
    { query: '환불정책', first: `${letting}#refunds`, kind: 'compound' },
    { query: '점수 계산', first: scoring, kind: 'phrase' },
  ],
  tr: [
    { query: 'iade', first: `${letting}#refunds`, kind: 'plain' },
    { query: 'İADE', first: `${letting}#refunds`, kind: 'casing' },
    { query: 'kismi', first: `${letting}#refunds`, kind: 'diacritics' },
    { query: 'kismi iade', first: `${letting}#refunds`, kind: 'diacritics' },
    { query: 'odeme', first: `${preventing}#prevention`, kind: 'diacritics' },
    { query: 'gorusmeyi bitirin', first: `${letting}#end-the-call`, kind: 'diacritics' },
    { query: 'TEŞEKKÜR', first: `${letting}#thank-them`, kind: 'casing' },
    { query: 'tesekkur', first: `${letting}#thank-them`, kind: 'diacritics' },
    { query: 'KIRICI', first: `${letting}#dont-be-unkind`, kind: 'casing' },
    { query: 'kirici dil', first: `${letting}#dont-be-unkind`, kind: 'diacritics' },
    { query: 'avukat', first: `${preventing}#ask-a-lawyer`, kind: 'plain' },
    { query: 'avukata', first: `${preventing}#ask-a-lawyer`, kind: 'affix' },
    { query: 'sozlesme maddesi', first: `${preventing}#contract-clause`, kind: 'diacritics' },
    { query: 'bedava', first: `${spotting}#red-flag-free-work`, kind: 'plain' },
    { query: 'indirim', first: `${spotting}#red-flag-free-work`, kind: 'plain' },
    { query: 'gece yarisi mesaj', first: `${spotting}#red-flag-overcommunication`, kind: 'phrase' },
    { query: 'itibar', first: `${spotting}#your-time-and-image`, kind: 'affix' },
    { query: 'SALDIRGAN', first: `${spotting}#red-flag-aggression`, kind: 'casing' },
    { query: 'saldirgan', first: `${spotting}#red-flag-aggression`, kind: 'diacritics' },
    { query: 'odullendirin', first: `${letting}#reward-yourself`, kind: 'diacritics' },
    { query: 'suclandigini', first: `${letting}#dont-blame`, kind: 'diacritics' },
    { query: 'mesajla', first: `${letting}#dont-fire-by-message`, kind: 'affix' },
    { query: 'refund', first: `${letting}#refunds`, kind: 'loanword' },
    // "Don't blame" as a reader asks it, without Turkish letters.
    { query: 'suclamayin', first: `${letting}#dont-blame`, kind: 'diacritics' },
    { query: 'puan nasil hesaplaniyor', first: scoring, kind: 'diacritics' },
  ],
  id: [
    { query: 'pengembalian dana', first: `${letting}#refunds`, kind: 'phrase' },
    { query: 'refund', first: `${letting}#refunds`, kind: 'loanword' },
    { query: 'DP', first: `${preventing}#prevention`, kind: 'loanword' },
    { query: 'invoice', first: `${letting}#end-the-call`, kind: 'loanword' },
    { query: 'klien lamanya', first: `${spotting}#established-clients`, kind: 'affix' },
    { query: 'menyalahkan', first: `${letting}#dont-blame`, kind: 'affix' },
    { query: 'salahkan', first: `${letting}#dont-blame`, kind: 'affix' },
    { query: 'pengacara', first: `${preventing}#ask-a-lawyer`, kind: 'plain' },
    { query: 'klausul pengakhiran', first: `${preventing}#contract-clause`, kind: 'phrase' },
    { query: 'klausulnya', first: `${preventing}#contract-clause`, kind: 'affix' },
    { query: 'gratis', first: `${spotting}#red-flag-free-work`, kind: 'plain' },
    { query: 'potongan harga', first: `${spotting}#red-flag-free-work`, kind: 'phrase' },
    { query: 'menghubungi', first: `${spotting}#red-flag-overcommunication`, kind: 'affix' },
    { query: 'nama baik', first: `${spotting}#your-time-and-image`, kind: 'phrase' },
    { query: 'terima kasih', first: `${letting}#thank-them`, kind: 'phrase' },
    { query: 'hadiah', first: `${letting}#reward-yourself`, kind: 'plain' },
    { query: 'kasar', first: `${spotting}#red-flag-aggression`, kind: 'plain' },
    { query: 'serah terima berkas', first: `${letting}#end-the-call`, kind: 'phrase' },
    { query: 'pemutusan', first: `${letting}#dont-fire-by-message`, kind: 'affix' },
    { query: 'memutus hubungan', first: `${letting}#dont-fire-by-message`, kind: 'phrase' },
    { query: 'kelonggaran', first: `${spotting}#established-clients`, kind: 'affix' },
    { query: 'alasannya', first: `${letting}#give-a-reason`, kind: 'affix' },
    // The contract word alone: the section titled with it, not the many that share its root (akhir).
    { query: 'pengakhiran', first: `${preventing}#contract-clause`, kind: 'affix' },
    // WhatsApp as readers write it: "can I end it over WA?"
    { query: 'WA', first: `${letting}#dont-fire-by-message`, kind: 'loanword' },
    { query: 'skor dihitung', first: scoring, kind: 'phrase' },
  ],
};
