/**
 * Echoes that exist today in the composed texts (found by compose-echo.test.ts over its matrix), listed so
 * the test passes on this branch and fails on any NEW echo. Grouped: one reason (why) per echo, then every
 * exact sentence pair it produces across the matrix (a === b: within one sentence). [real] = a clear
 * first-glance echo; [mild] = a repeated word an editor may let pass. Remove a group when its templates are
 * fixed: the test lists the pairs that no longer occur. Details and template keys: round10/echo-{ko,tr,id}.txt.
 */
import type { Lang } from '../../i18n/locales.ts';

export interface KnownEcho {
  /** The repeated stem or phrase, or the check (date twice, today … until then), as the test reports it. */
  what: string;
  why: string;
  /** [a, b]: the two sentences (the same sentence twice for an echo within one sentence). */
  pairs: [string, string][];
}

export const knownEchoes: Record<Lang, KnownEcho[]> = {
  ko: [
    {
      what: "공유",
      why: "[mild] 공유받은 계정과 공유 폴더: 공유 twice in one step (\"공유 폴더\" is a fixed term; \"받은 계정과 공유 폴더\" would do)",
      pairs: [
        ["공유받은 계정과 공유 폴더 권한을 반납하고, 저장해 둔 비밀번호는 삭제하기", "공유받은 계정과 공유 폴더 권한을 반납하고, 저장해 둔 비밀번호는 삭제하기"],
      ],
    },
    {
      what: "이체",
      why: "[real] 이체하고 … 이체 내역: the refund step says 이체 twice (\"내역 보관하기\" suffices)",
      pairs: [
        ["고객이 알려 준 계좌로 2026년 12월 4일(금)까지 3,300,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(현금영수증을 발행했다면 환불액에 맞게 취소 처리)", "고객이 알려 준 계좌로 2026년 12월 4일(금)까지 3,300,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(현금영수증을 발행했다면 환불액에 맞게 취소 처리)"],
        ["고객이 알려 준 계좌로 2026년 12월 4일(금)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(현금영수증을 발행했다면 환불액에 맞게 취소 처리)", "고객이 알려 준 계좌로 2026년 12월 4일(금)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(현금영수증을 발행했다면 환불액에 맞게 취소 처리)"],
        ["고객이 알려 준 계좌로 2026년 12월 11일(금)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(현금영수증을 발행했다면 환불액에 맞게 취소 처리)", "고객이 알려 준 계좌로 2026년 12월 11일(금)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(현금영수증을 발행했다면 환불액에 맞게 취소 처리)"],
        ["고객이 알려 준 계좌로 2026년 12월 14일(월)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(현금영수증을 발행했다면 환불액에 맞게 취소 처리)", "고객이 알려 준 계좌로 2026년 12월 14일(월)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(현금영수증을 발행했다면 환불액에 맞게 취소 처리)"],
        ["고객이 알려 준 계좌로 2026년 12월 4일(금)까지 3,300,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(세금계산서를 발행했다면 환불액만큼 수정세금계산서도 발행)", "고객이 알려 준 계좌로 2026년 12월 4일(금)까지 3,300,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(세금계산서를 발행했다면 환불액만큼 수정세금계산서도 발행)"],
        ["고객이 알려 준 계좌로 2026년 12월 4일(금)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(세금계산서를 발행했다면 환불액만큼 수정세금계산서도 발행)", "고객이 알려 준 계좌로 2026년 12월 4일(금)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(세금계산서를 발행했다면 환불액만큼 수정세금계산서도 발행)"],
        ["고객이 알려 준 계좌로 2026년 12월 11일(금)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(세금계산서를 발행했다면 환불액만큼 수정세금계산서도 발행)", "고객이 알려 준 계좌로 2026년 12월 11일(금)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(세금계산서를 발행했다면 환불액만큼 수정세금계산서도 발행)"],
        ["고객이 알려 준 계좌로 2026년 12월 14일(월)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(세금계산서를 발행했다면 환불액만큼 수정세금계산서도 발행)", "고객이 알려 준 계좌로 2026년 12월 14일(월)까지 1,980,000원 이체하고, 완료 메일 보내고, 이체 내역 보관하기(세금계산서를 발행했다면 환불액만큼 수정세금계산서도 발행)"],
      ],
    },
    {
      what: "이후에",
      why: "[real] the overcommunication reason (업무 시간 이후에) followed by the typed example (밤 11시 이후에): the example repeats the reason's word",
      pairs: [
        ["업무 시간 이후에 오는 연락에 바로바로 답하면서 다른 고객분들 일까지 챙기기는 제 여건상 무리예요.", "실제로 지난달에는 밤 11시 이후에 받은 카톡이 20건이 넘었습니다."],
      ],
    },
    {
      what: "계좌",
      why: "[mild] 계좌 이체로 … 계좌 정보를: 계좌 twice in one sentence of the refund point",
      pairs: [
        ["보통 계좌 이체로 보내 드리니, 받으실 계좌 정보를 답장으로 알려 주세요.", "보통 계좌 이체로 보내 드리니, 받으실 계좌 정보를 답장으로 알려 주세요."],
      ],
    },
    {
      what: "작업",
      why: "[real] 마지막 작업일까지 … 작업한 파일: 작업 twice in the files step (context `later`)",
      pairs: [
        ["마지막 작업일까지 약속한 분량을 마무리하고, 작업한 파일과 자료를 2026년 12월 4일(금)까지 보내기", "마지막 작업일까지 약속한 분량을 마무리하고, 작업한 파일과 자료를 2026년 12월 4일(금)까지 보내기"],
        ["마지막 작업일까지 약속한 분량을 마무리하고, 작업한 파일과 자료를 2026년 12월 7일(월)까지 보내기", "마지막 작업일까지 약속한 분량을 마무리하고, 작업한 파일과 자료를 2026년 12월 7일(월)까지 보내기"],
      ],
    },
    {
      what: "작업은",
      why: "[real] point 1 (작업은 … 마무리했습니다) and point 2 (…에 해당하는 작업은 모두 마쳤고): two sentences in a row open on 작업은 and both say the work is finished",
      pairs: [
        ["작업은 2026년 11월 27일(금) 자로 마무리했습니다.", "결제해 주신 3,300,000원에 해당하는 작업은 모두 마쳤으며, 따로 정산할 금액은 없습니다."],
        ["작업은 2026년 11월 27일(금) 자로 마무리했습니다.", "결제해 주신 3,300,000원에 해당하는 작업은 모두 마쳤고, 따로 정산할 금액은 없습니다."],
      ],
    },
    {
      what: "파일",
      why: "[real] 파일 정리 … 완성된 파일과: 파일 twice in the files step (100 %, later)",
      pairs: [
        ["마지막 작업일까지 파일 정리와 인수인계, 문의 답변을 이어 가고, 완성된 파일과 원본 자료를 2026년 12월 7일(월)까지 보내기", "마지막 작업일까지 파일 정리와 인수인계, 문의 답변을 이어 가고, 완성된 파일과 원본 자료를 2026년 12월 7일(월)까지 보내기"],
      ],
    },
    {
      what: "계약",
      why: "[mild] 계약된 업무는 … 계약은 연장 없이: 계약 twice in the serve-out point",
      pairs: [
        ["계약된 업무는 2027년 1월 15일(금)까지 지금처럼 진행하며, 계약은 연장 없이 그날로 종료하겠습니다.", "계약된 업무는 2027년 1월 15일(금)까지 지금처럼 진행하며, 계약은 연장 없이 그날로 종료하겠습니다."],
        ["계약된 업무는 오늘까지 지금처럼 진행하며, 계약은 연장 없이 그날로 종료하겠습니다.", "계약된 업무는 오늘까지 지금처럼 진행하며, 계약은 연장 없이 그날로 종료하겠습니다."],
      ],
    },
    {
      what: "종료",
      why: "[real] 계약 종료일까지 … 종료일을 표시해 두기: 종료일 twice in one step",
      pairs: [
        ["2027년 1월 15일(금) 계약 종료일까지 맡은 작업을 평소처럼 이어 가고, 달력에 종료일을 표시해 두기", "2027년 1월 15일(금) 계약 종료일까지 맡은 작업을 평소처럼 이어 가고, 달력에 종료일을 표시해 두기"],
        ["2026년 11월 27일(금) 계약 종료일까지 맡은 작업을 평소처럼 이어 가고, 달력에 종료일을 표시해 두기", "2026년 11월 27일(금) 계약 종료일까지 맡은 작업을 평소처럼 이어 가고, 달력에 종료일을 표시해 두기"],
      ],
    },
  ],
  tr: [
    {
      what: "çalış",
      why: "[mild] Çalışma saatlerim … yanıt vermeye çalışıyorum: çalış- twice in the overcommunication reason",
      pairs: [
        ["Çalışma saatlerim dışında gelen mesaj ve aramalara da yanıt vermeye çalışıyorum ama diğer müşterilerimin işleriyle birlikte bu tempo bana fazla geliyor.", "Çalışma saatlerim dışında gelen mesaj ve aramalara da yanıt vermeye çalışıyorum ama diğer müşterilerimin işleriyle birlikte bu tempo bana fazla geliyor."],
      ],
    },
    {
      what: "dışında",
      why: "[real] the overcommunication reason (çalışma saatlerim dışında) followed by the typed example (mesai dışında): the example repeats the reason's word",
      pairs: [
        ["Çalışma saatlerim dışında gelen mesaj ve aramalara da yanıt vermeye çalışıyorum ama diğer müşterilerimin işleriyle birlikte bu tempo bana fazla geliyor.", "Örneğin, son iki ayda mesai dışında 30 kez arandım."],
      ],
    },
    {
      what: "karar",
      why: "[mild] bu kararı … kararım değişmez: karar twice in the moreMoney answer",
      pairs: [
        ["Siz: Bu teklifiniz büyük incelik, ama bu kararı her yönüyle düşünerek verdim; ücret artsa da kararım değişmez.", "Siz: Bu teklifiniz büyük incelik, ama bu kararı her yönüyle düşünerek verdim; ücret artsa da kararım değişmez."],
        ["Siz: Bu teklifiniz büyük incelik, ancak bu kararı her yönüyle düşünerek verdim; ücret artsa da kararım değişmez.", "Siz: Bu teklifiniz büyük incelik, ancak bu kararı her yönüyle düşünerek verdim; ücret artsa da kararım değişmez."],
      ],
    },
    {
      what: "söylemek",
      why: "[real] opening (… söylemek istedim) and decision (Bunu söylemek benim için kolay değil): söylemek in two sentences in a row",
      pairs: [
        ["Anlaştığımız işle ilgili önemli bir şeyi size yüz yüze söylemek istedim; sizi fazla tutmayacağım.", "Bunu söylemek benim için kolay değil ama iyice düşündüm ve bu işe başlamamaya karar verdim."],
        ["Anlaştığımız işle ilgili önemli bir şeyi size yüz yüze söylemek istedim; sizi fazla tutmayacağım.", "Bunu söylemek benim için kolay değil ama iyice düşündüm ve birlikte çalışmamızı sonlandırmaya karar verdim."],
        ["Anlaştığımız işle ilgili önemli bir şeyi size yüz yüze söylemek istedim; sizi fazla tutmayacağım.", "Bunu söylemek benim için kolay değil ama iyice düşündüm: sözleşmemiz bittiğinde yenilemeyeceğim."],
      ],
    },
    {
      what: "ileti",
      why: "[mild] iletişim bilgilerini … hemen iletin: ileti- twice in the referralsNoContact step",
      pairs: [
        ["Renk Atölye'nin iletişim bilgilerini bulup hazır tutun; sorulursa hemen iletin", "Renk Atölye'nin iletişim bilgilerini bulup hazır tutun; sorulursa hemen iletin"],
        ["Nur Aksu ve Renk Atölye'nin iletişim bilgilerini bulup hazır tutun; sorulursa hemen iletin", "Nur Aksu ve Renk Atölye'nin iletişim bilgilerini bulup hazır tutun; sorulursa hemen iletin"],
      ],
    },
    {
      what: "iade",
      why: "[real] İade yolunu … iade edin (… iade faturası): iade two or three times in the refund step",
      pairs: [
        ["İade yolunu müşteriyle kararlaştırın, 52.000 TL'yi 4 Aralık 2026'ya kadar iade edin ve kaydını saklayın (fatura kestiyseniz faturanın iptali ya da iade faturası için mali müşavirinize danışın)", "İade yolunu müşteriyle kararlaştırın, 52.000 TL'yi 4 Aralık 2026'ya kadar iade edin ve kaydını saklayın (fatura kestiyseniz faturanın iptali ya da iade faturası için mali müşavirinize danışın)"],
        ["İade yolunu müşteriyle kararlaştırın, 31.200 TL'yi 4 Aralık 2026'ya kadar iade edin ve kaydını saklayın (fatura kestiyseniz faturanın iptali ya da iade faturası için mali müşavirinize danışın)", "İade yolunu müşteriyle kararlaştırın, 31.200 TL'yi 4 Aralık 2026'ya kadar iade edin ve kaydını saklayın (fatura kestiyseniz faturanın iptali ya da iade faturası için mali müşavirinize danışın)"],
        ["İade yolunu müşteriyle kararlaştırın, 31.200 TL'yi 11 Aralık 2026'ya kadar iade edin ve kaydını saklayın (fatura kestiyseniz faturanın iptali ya da iade faturası için mali müşavirinize danışın)", "İade yolunu müşteriyle kararlaştırın, 31.200 TL'yi 11 Aralık 2026'ya kadar iade edin ve kaydını saklayın (fatura kestiyseniz faturanın iptali ya da iade faturası için mali müşavirinize danışın)"],
        ["İade yolunu müşteriyle kararlaştırın, 31.200 TL'yi 14 Aralık 2026'ya kadar iade edin ve kaydını saklayın (fatura kestiyseniz faturanın iptali ya da iade faturası için mali müşavirinize danışın)", "İade yolunu müşteriyle kararlaştırın, 31.200 TL'yi 14 Aralık 2026'ya kadar iade edin ve kaydını saklayın (fatura kestiyseniz faturanın iptali ya da iade faturası için mali müşavirinize danışın)"],
      ],
    },
    {
      what: "tesli",
      why: "[mild] teslim edeceğim; teslimden sonra: teslim twice in the files sentence",
      pairs: [
        ["Yaptığım işin bütün dosya ve belgelerini bugün size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Yaptığım işin bütün dosya ve belgelerini bugün size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Yaptığım işin bütün dosyalarını bugün size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Yaptığım işin bütün dosyalarını bugün size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Yaptığım işin bütün dosya ve belgelerini 4 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Yaptığım işin bütün dosya ve belgelerini 4 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Yaptığım işin bütün dosyalarını 4 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Yaptığım işin bütün dosyalarını 4 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Yaptığım işin bütün dosya ve belgelerini 7 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Yaptığım işin bütün dosya ve belgelerini 7 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Yaptığım işin bütün dosyalarını 7 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Yaptığım işin bütün dosyalarını 7 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Tamamlanan işin bütün dosya ve belgelerini bugün size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Tamamlanan işin bütün dosya ve belgelerini bugün size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Biten işin bütün dosyalarını bugün size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Biten işin bütün dosyalarını bugün size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Tamamlanan işin bütün dosya ve belgelerini 7 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Tamamlanan işin bütün dosya ve belgelerini 7 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Biten işin bütün dosyalarını 7 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Biten işin bütün dosyalarını 7 Aralık'a kadar size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
      ],
    },
    {
      what: "tesli",
      why: "[mild] teslim edeceğim; teslimden sonra: teslim twice in the files point",
      pairs: [
        ["Yaptığım işin bütün dosya ve belgelerini bugün içinde size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Yaptığım işin bütün dosya ve belgelerini bugün içinde size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Tamamlanan işin bütün dosya ve belgelerini bugün içinde size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Tamamlanan işin bütün dosya ve belgelerini bugün içinde size teslim edeceğim; teslimden sonra hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
      ],
    },
    {
      what: "çalışma",
      why: "[mild] open door (çalışma saatlerinde yanıtlarım) then thanks (Birlikte çalışma fırsatı): çalışma in two sentences in a row, two meanings",
      pairs: [
        ["11 Aralık'a kadar aklınıza takılan her konuda bana e-postayla ulaşabilirsiniz; hafta içi çalışma saatlerinde yanıtlarım.", "Birlikte çalışma fırsatı ve gösterdiğiniz güven için teşekkür eder, işlerinizde başarılar dilerim."],
        ["4 Aralık'a kadar aklınıza takılan her konuda bana e-postayla ulaşabilirsiniz; hafta içi çalışma saatlerinde yanıtlarım.", "Birlikte çalışma fırsatı ve gösterdiğiniz güven için teşekkür eder, işlerinizde başarılar dilerim."],
        ["14 Aralık'a kadar aklınıza takılan her konuda bana e-postayla ulaşabilirsiniz; hafta içi çalışma saatlerinde yanıtlarım.", "Birlikte çalışma fırsatı ve gösterdiğiniz güven için teşekkür eder, işlerinizde başarılar dilerim."],
        ["7 Aralık'a kadar aklınıza takılan her konuda bana e-postayla ulaşabilirsiniz; hafta içi çalışma saatlerinde yanıtlarım.", "Birlikte çalışma fırsatı ve gösterdiğiniz güven için teşekkür eder, işlerinizde başarılar dilerim."],
        ["15 Ocak'a kadar aklınıza takılan her konuda bana e-postayla ulaşabilirsiniz; hafta içi çalışma saatlerinde yanıtlarım.", "Birlikte çalışma fırsatı ve gösterdiğiniz güven için teşekkür eder, işlerinizde başarılar dilerim."],
      ],
    },
    {
      what: "ödeme",
      why: "[real] ödemesi de yapıldı; … bekleyen bir ödeme kalmadı: ödeme twice, the same fact said twice",
      pairs: [
        ["Anlaştığımız işin tamamını bitirdim, ödemesi de yapıldı; aramızda bekleyen bir ödeme yok.", "Anlaştığımız işin tamamını bitirdim, ödemesi de yapıldı; aramızda bekleyen bir ödeme yok."],
        ["Anlaştığımız işin hepsini tamamladım, ödemesi de yapıldı; aramızda bekleyen bir ödeme kalmadı.", "Anlaştığımız işin hepsini tamamladım, ödemesi de yapıldı; aramızda bekleyen bir ödeme kalmadı."],
      ],
    },
    {
      what: "kalma",
      why: "[mild] ödeme kalmadığında … yükümlülüğünüz kalmaz: kalma- twice in the block step",
      pairs: [
        ["Her şeyi teslim ettiğinizde ve aranızda bekleyen bir ödeme kalmadığında bu müşterinin arama ve mesajlarını sessize alabilir ya da engelleyebilirsiniz; artık bir yükümlülüğünüz kalmaz", "Her şeyi teslim ettiğinizde ve aranızda bekleyen bir ödeme kalmadığında bu müşterinin arama ve mesajlarını sessize alabilir ya da engelleyebilirsiniz; artık bir yükümlülüğünüz kalmaz"],
      ],
    },
    {
      what: "erişi",
      why: "[mild] erişimim kalmayacak … erişim bilginiz: erişim twice in the files sentence",
      pairs: [
        ["Sözleşme sona erdiğinde bütün dosya ve belgeleri size eksiksiz teslim edeceğim; o gün hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Sözleşme sona erdiğinde bütün dosya ve belgeleri size eksiksiz teslim edeceğim; o gün hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Sözleşme bittiğinde bütün dosya ve belgeleri size eksiksiz teslim edeceğim; o gün hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Sözleşme bittiğinde bütün dosya ve belgeleri size eksiksiz teslim edeceğim; o gün hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
      ],
    },
    {
      what: "zaman",
      why: "[mild] o zamana kadar … her zamanki gibi: zaman twice in the serve point",
      pairs: [
        ["Sözleşmemiz 15 Ocak 2027'de sona erecek ve yenilenmeyecek; o zamana kadar işlerinizi her zamanki gibi sürdüreceğim.", "Sözleşmemiz 15 Ocak 2027'de sona erecek ve yenilenmeyecek; o zamana kadar işlerinizi her zamanki gibi sürdüreceğim."],
        ["Sözleşmemiz bugün sona erecek ve yenilenmeyecek; o zamana kadar işlerinizi her zamanki gibi sürdüreceğim.", "Sözleşmemiz bugün sona erecek ve yenilenmeyecek; o zamana kadar işlerinizi her zamanki gibi sürdüreceğim."],
      ],
    },
    {
      what: "sözle sona",
      why: "[real] Sözleşmemiz … sona erecek / Sözleşme sona erdiğinde: the serve and serveFiles points open on the same phrase",
      pairs: [
        ["Sözleşmemiz 15 Ocak 2027'de sona erecek ve yenilenmeyecek; o zamana kadar işlerinizi her zamanki gibi sürdüreceğim.", "Sözleşme sona erdiğinde bütün dosya ve belgeleri size teslim edeceğim; o gün hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
        ["Sözleşmemiz bugün sona erecek ve yenilenmeyecek; o zamana kadar işlerinizi her zamanki gibi sürdüreceğim.", "Sözleşme sona erdiğinde bütün dosya ve belgeleri size teslim edeceğim; o gün hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
      ],
    },
    {
      what: "erişi",
      why: "[mild] erişimim kalmayacak … erişim bilginiz: erişim twice in the files point",
      pairs: [
        ["Sözleşme sona erdiğinde bütün dosya ve belgeleri size teslim edeceğim; o gün hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak.", "Sözleşme sona erdiğinde bütün dosya ve belgeleri size teslim edeceğim; o gün hesaplarınıza erişimim kalmayacak, bende de hiçbir şifreniz ya da erişim bilginiz olmayacak."],
      ],
    },
    {
      what: "yenil",
      why: "[mild] yenileme maddesi … yenilememe bildirimini: the legal terms need both words; an editor may let it pass",
      pairs: [
        ["Sözleşmenizde otomatik yenileme maddesi varsa yenilememe bildirimini, sözleşmede öngörülen süre içinde yazılı olarak yapın", "Sözleşmenizde otomatik yenileme maddesi varsa yenilememe bildirimini, sözleşmede öngörülen süre içinde yazılı olarak yapın"],
      ],
    },
    {
      what: "today … until then",
      why: "[real] contradiction: the contract ends bugün (serve today), yet 'o zamana kadar işlerinizi … sürdüreceğim' promises work until then (followUp.serve with endDateW = bugün)",
      pairs: [
        ["Sözleşmemiz bugün sona erecek ve yenilenmeyecek; o zamana kadar işlerinizi her zamanki gibi sürdüreceğim.", "Sözleşmemiz bugün sona erecek ve yenilenmeyecek; o zamana kadar işlerinizi her zamanki gibi sürdüreceğim."],
      ],
    },
  ],
  id: [
    {
      what: "kirim",
      why: "[real] bisa Bapak kirimkan dengan membalas ringkasan tertulis yang saya kirim: kirim twice in method.bank",
      pairs: [
        ["Nomor rekeningnya bisa Bapak kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Nomor rekeningnya bisa Bapak kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini."],
        ["Nanti mohon kirimkan nomor rekeningnya dengan membalas ringkasan yang saya kirim, ya.", "Nanti mohon kirimkan nomor rekeningnya dengan membalas ringkasan yang saya kirim, ya."],
        ["Nomor rekeningnya bisa Bapak/Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Nomor rekeningnya bisa Bapak/Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini."],
        ["Nomor rekeningnya bisa Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Nomor rekeningnya bisa Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini."],
      ],
    },
    {
      what: "akses",
      why: "[mild] kembalikan semua akses … mencabut akses Anda: akses twice in the access step (two different accesses)",
      pairs: [
        ["Setelah semua berkas diserahkan, kembalikan semua akses (akun, kata sandi, folder bersama) dan minta klien mencabut akses Anda", "Setelah semua berkas diserahkan, kembalikan semua akses (akun, kata sandi, folder bersama) dan minta klien mencabut akses Anda"],
      ],
    },
    {
      what: "transfer",
      why: "[mild] transfer dana … bukti transfernya: transfer twice in the bank refund step",
      pairs: [
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya"],
      ],
    },
    {
      what: "telepon",
      why: "[real] the overcommunication reason (Pesan dan telepon …) followed by the typed example (… 15 telepon …): the example repeats the reason's word",
      pairs: [
        ["Pesan dan telepon di luar jam kerja sudah terlalu banyak sehingga sulit saya tangani di samping pekerjaan untuk klien lain.", "Contohnya, bulan ini ada lebih dari 15 telepon setelah pukul 22.00."],
        ["Pesan dan telepon di luar jam kerja sudah terlalu banyak sehingga sulit saya tangani di samping proyek klien lain.", "Contohnya, bulan ini ada lebih dari 15 telepon setelah pukul 22.00."],
      ],
    },
    {
      what: "pekerjaan",
      why: "[real] two reasons in a row (time: jumlah pekerjaan …; free-work: permintaan pekerjaan …): pekerjaan in both",
      pairs: [
        ["Tenggat yang diminta ternyata terlalu ketat untuk jumlah pekerjaan dan biaya yang kita sepakati pada awal kerja sama.", "Selain itu, cukup sering ada permintaan pekerjaan di luar kesepakatan tanpa biaya tambahan sehingga pola kerja seperti ini berat untuk saya jalani; tarif proyek ini tidak akan sebanding dengan waktu dan tenaga yang dibutuhkan."],
        ["Cukup sering ada permintaan pekerjaan di luar kesepakatan tanpa biaya tambahan sehingga pola kerja seperti ini berat untuk saya jalani.", "Selain itu, belakangan ini suasana percakapan kita sering tegang sehingga saya sulit bekerja dengan baik; tenggat yang diminta ternyata terlalu ketat untuk jumlah pekerjaan dan biaya yang kita sepakati pada awal kerja sama."],
        ["Tenggat yang diminta terlalu ketat untuk jumlah pekerjaan dan biaya yang kita sepakati pada awal kerja sama.", "Selain itu, cukup sering ada permintaan pekerjaan di luar kesepakatan tanpa biaya tambahan sehingga pola kerja seperti ini sulit saya jalani; tarif proyek ini tidak akan sebanding dengan waktu dan tenaga yang dibutuhkan."],
        ["Cukup sering ada permintaan pekerjaan di luar kesepakatan tanpa biaya tambahan sehingga pola kerja seperti ini sulit saya jalani.", "Selain itu, suasana percakapan kita belakangan ini membuat saya sulit bekerja dengan baik; tenggat yang diminta terlalu ketat untuk jumlah pekerjaan dan biaya yang kita sepakati pada awal kerja sama."],
        ["Pekerjaan yang sedang berjalan tetap saya tangani sampai tanggal 4 Desember; pada hari itu kerja sama kita berakhir.", "Saat itu, pekerjaan akan selesai 40 persen."],
        ["Pekerjaan yang sedang berjalan tetap saya tangani sampai tanggal 4 Desember, lalu kerja sama kita berakhir.", "Saat itu, pekerjaan akan selesai 40 persen."],
        ["Selain itu, pesan dan telepon di luar jam kerja sudah terlalu banyak sehingga sulit saya tangani di samping pekerjaan untuk klien lain.", "Sampai tanggal 15 Januari, saya tetap mengerjakan semua pekerjaan sesuai kontrak seperti biasa."],
        ["Selain itu, pesan dan telepon di luar jam kerja sudah terlalu banyak sehingga sulit saya tangani di samping pekerjaan untuk klien lain.", "Sampai tanggal 27 November, saya tetap mengerjakan semua pekerjaan sesuai kontrak seperti biasa."],
      ],
    },
    {
      what: "pembayaran",
      why: "[mild] refund sentence (seluruh pembayaran Bapak) then method.original (metode pembayaran semula): pembayaran in two sentences in a row",
      pairs: [
        ["Karena pekerjaannya belum mulai, seluruh pembayaran Bapak sebesar enam juta enam ratus ribu rupiah saya kembalikan paling lambat 4 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena pengerjaannya belum dimulai, seluruh pembayaran Bapak sebesar enam juta enam ratus ribu rupiah akan saya kembalikan paling lambat 4 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran Bapak sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 4 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena itu, dari pembayaran Bapak sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 4 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran Bapak sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 11 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran Bapak sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 11 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Jadi, dari pembayaran Bapak sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 14 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena itu, dari pembayaran Bapak sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 14 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena pekerjaannya belum mulai, seluruh pembayaran pihak Bapak/Ibu sebesar enam juta enam ratus ribu rupiah saya kembalikan paling lambat 4 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena pengerjaannya belum dimulai, seluruh pembayaran pihak Bapak/Ibu sebesar enam juta enam ratus ribu rupiah akan saya kembalikan paling lambat 4 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran pihak Bapak/Ibu sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 4 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena itu, dari pembayaran pihak Bapak/Ibu sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 4 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran pihak Bapak/Ibu sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 11 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran pihak Bapak/Ibu sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 11 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Jadi, dari pembayaran pihak Bapak/Ibu sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 14 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena itu, dari pembayaran pihak Bapak/Ibu sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 14 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena pekerjaannya belum mulai, seluruh pembayaran pihak Ibu sebesar enam juta enam ratus ribu rupiah saya kembalikan paling lambat 4 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena pengerjaannya belum dimulai, seluruh pembayaran pihak Ibu sebesar enam juta enam ratus ribu rupiah akan saya kembalikan paling lambat 4 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran pihak Ibu sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 4 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena itu, dari pembayaran pihak Ibu sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 4 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran pihak Ibu sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 11 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran pihak Ibu sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 11 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Jadi, dari pembayaran pihak Ibu sebesar enam juta enam ratus ribu rupiah, saya kembalikan 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, paling lambat 14 Desember.", "Pengembaliannya saya lakukan lewat cara pembayaran semula, ya."],
        ["Karena itu, dari pembayaran pihak Ibu sebesar enam juta enam ratus ribu rupiah, 60 persennya, yaitu tiga juta sembilan ratus enam puluh ribu rupiah, akan saya kembalikan paling lambat 14 Desember.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
      ],
    },
    {
      what: "pembayaran",
      why: "[mild] the same in the letter: seluruh pembayaran … / metode pembayaran semula",
      pairs: [
        ["Karena pekerjaan belum dimulai, seluruh pembayaran Bapak sebesar Rp6.600.000 saya kembalikan paling lambat Jumat, 4 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena pengerjaan belum dimulai, seluruh pembayaran Bapak sebesar Rp6.600.000 akan saya kembalikan paling lambat Jumat, 4 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran Bapak sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Jumat, 4 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran Bapak sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Jumat, 4 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran Bapak sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Jumat, 11 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran Bapak sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Jumat, 11 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran Bapak sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Senin, 14 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran Bapak sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Senin, 14 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena pekerjaan belum dimulai, seluruh pembayaran PT Samudra Logistik sebesar Rp6.600.000 saya kembalikan paling lambat Jumat, 4 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena pengerjaan belum dimulai, seluruh pembayaran PT Samudra Logistik sebesar Rp6.600.000 akan saya kembalikan paling lambat Jumat, 4 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran PT Samudra Logistik sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Jumat, 4 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran PT Samudra Logistik sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Jumat, 4 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran PT Samudra Logistik sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Jumat, 11 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran PT Samudra Logistik sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Jumat, 11 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Jadi, dari pembayaran PT Samudra Logistik sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Senin, 14 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
        ["Karena itu, dari pembayaran PT Samudra Logistik sebesar Rp6.600.000, akan saya kembalikan 60%, yaitu Rp3.960.000, paling lambat Senin, 14 Desember 2026.", "Pengembaliannya akan saya lakukan melalui metode pembayaran semula."],
      ],
    },
    {
      what: "ringkasan tulis",
      why: "[real] two checklist steps in a row about the written summary (check the contacts in it; send it): could be one step",
      pairs: [
        ["Sebelum mengirim ringkasan tertulis, periksa kembali kontak penyedia jasa yang tercantum di dalamnya", "Kirim ringkasan tertulis kepada Bapak Andi Saputra hari ini"],
        ["Sebelum mengirim ringkasan tertulis, periksa kembali kontak penyedia jasa yang tercantum di dalamnya", "Kirim ringkasan tertulis kepada PT Samudra Logistik hari ini"],
        ["Sebelum mengirim ringkasan tertulis, periksa kembali kontak penyedia jasa yang tercantum di dalamnya", "Kirim ringkasan tertulis kepada Ibu Siti Rahmawati (PT Samudra Logistik) hari ini"],
      ],
    },
    {
      what: "cara",
      why: "[real] Untuk cara pengembaliannya, … sampaikan cara yang paling mudah: cara twice in method.agreed",
      pairs: [
        ["Untuk cara pengembaliannya, silakan Bapak sampaikan cara yang paling mudah bagi Bapak.", "Untuk cara pengembaliannya, silakan Bapak sampaikan cara yang paling mudah bagi Bapak."],
        ["Untuk cara pengembaliannya, silakan Bapak/Ibu sampaikan cara yang paling mudah bagi Bapak/Ibu.", "Untuk cara pengembaliannya, silakan Bapak/Ibu sampaikan cara yang paling mudah bagi Bapak/Ibu."],
        ["Untuk cara pengembaliannya, silakan Ibu sampaikan cara yang paling mudah bagi Ibu.", "Untuk cara pengembaliannya, silakan Ibu sampaikan cara yang paling mudah bagi Ibu."],
      ],
    },
    {
      what: "ternyata",
      why: "[real] two reasons in a row both say ternyata (time_warm, unprofitable_warm)",
      pairs: [
        ["Tenggatnya makin ketat dan waktu yang saya butuhkan ternyata lebih banyak daripada yang diperhitungkan dalam biaya kita.", "Selain itu, cukup sering ada permintaan pekerjaan di luar kesepakatan tanpa biaya tambahan sehingga pola kerja seperti ini berat untuk saya jalani; tarif proyek ini ternyata tidak sebanding dengan waktu dan tenaga yang saya curahkan."],
      ],
    },
    {
      what: "kirimkan",
      why: "[real] method.bank (bisa Bapak kirimkan) then files (akan saya kirimkan): kirimkan in two sentences in a row, two senders",
      pairs: [
        ["Nanti mohon kirimkan nomor rekeningnya dengan membalas ringkasan yang saya kirim, ya.", "Semua berkas hasil kerja akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya juga saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Bapak kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Nanti mohon kirimkan nomor rekeningnya dengan membalas ringkasan yang saya kirim, ya.", "Semua berkas hasil kerja akan saya kirimkan paling lambat 4 Desember, dan semua akses yang pernah diberikan kepada saya juga saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Bapak kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan paling lambat 4 Desember, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Nanti mohon kirimkan nomor rekeningnya dengan membalas ringkasan yang saya kirim, ya.", "Semua berkas hasil kerja akan saya kirimkan paling lambat 7 Desember, dan semua akses yang pernah diberikan kepada saya juga saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Bapak kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan paling lambat 7 Desember, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Bapak/Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Bapak/Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan paling lambat 4 Desember, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Bapak/Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan paling lambat 7 Desember, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan paling lambat 4 Desember, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Nomor rekeningnya bisa Ibu kirimkan dengan membalas ringkasan tertulis yang saya kirim hari ini.", "Semua berkas hasil kerja akan saya kirimkan paling lambat 7 Desember, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
      ],
    },
    {
      what: "kirimkan",
      why: "[real] the same in the letter: Mohon kirimkan nomor rekening … / … akan saya kirimkan",
      pairs: [
        ["Mohon kirimkan nomor rekening Bapak supaya dananya bisa langsung saya transfer.", "Semua berkas hasil kerja akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening Bapak agar dana dapat saya transfer.", "Semua berkas hasil kerja akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening Bapak supaya dananya bisa langsung saya transfer.", "Semua berkas hasil kerja akan saya kirimkan paling lambat Jumat, 4 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening Bapak agar dana dapat saya transfer.", "Semua berkas hasil kerja akan saya kirimkan paling lambat Jumat, 4 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening Bapak supaya dananya bisa langsung saya transfer.", "Semua berkas hasil kerja akan saya kirimkan paling lambat Senin, 7 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening Bapak agar dana dapat saya transfer.", "Semua berkas hasil kerja akan saya kirimkan paling lambat Senin, 7 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening atas nama PT Samudra Logistik supaya dananya bisa langsung saya transfer.", "Semua berkas hasil kerja akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening atas nama PT Samudra Logistik agar dana dapat saya transfer.", "Semua berkas hasil kerja akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening atas nama PT Samudra Logistik supaya dananya bisa langsung saya transfer.", "Semua berkas hasil kerja akan saya kirimkan paling lambat Jumat, 4 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening atas nama PT Samudra Logistik agar dana dapat saya transfer.", "Semua berkas hasil kerja akan saya kirimkan paling lambat Jumat, 4 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening atas nama PT Samudra Logistik supaya dananya bisa langsung saya transfer.", "Semua berkas hasil kerja akan saya kirimkan paling lambat Senin, 7 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Mohon kirimkan nomor rekening atas nama PT Samudra Logistik agar dana dapat saya transfer.", "Semua berkas hasil kerja akan saya kirimkan paling lambat Senin, 7 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
      ],
    },
    {
      what: "pekerjaan",
      why: "[mild] stopInProgress (Pekerjaan yang sedang berjalan …) then (pekerjaan yang selesai …): pekerjaan opens two sentences in a row",
      pairs: [
        ["Pekerjaan yang sedang berjalan tetap saya tangani sampai Jumat, 4 Desember 2026; pada hari itu kerja sama kita berakhir.", "Pada tanggal itu, pekerjaan yang selesai akan mencapai 40%."],
      ],
    },
    {
      what: "4 desember",
      why: "[real] the same date twice in one step: hari kerja terakhir … 4 Desember 2026; batas pengiriman berkas … 4 Desember 2026 (files due on the last day)",
      pairs: [
        ["Lanjutkan pekerjaan yang sedang berjalan seperti biasa dan kirim semua berkas hasil kerja (hari kerja terakhir: Jumat, 4 Desember 2026; batas pengiriman berkas: Jumat, 4 Desember 2026)", "Lanjutkan pekerjaan yang sedang berjalan seperti biasa dan kirim semua berkas hasil kerja (hari kerja terakhir: Jumat, 4 Desember 2026; batas pengiriman berkas: Jumat, 4 Desember 2026)"],
      ],
    },
    {
      what: "tangani",
      why: "[real] overcommunication reason (sulit saya tangani) then the next step (tetap saya tangani): tangani in two sentences in a row",
      pairs: [
        ["Selain itu, pesan dan telepon di luar jam kerja sudah terlalu banyak sehingga sulit saya tangani di samping pekerjaan untuk klien lain.", "Pekerjaan yang sedang berjalan tetap saya tangani sampai tanggal 4 Desember; pada hari itu kerja sama kita berakhir."],
        ["Selain itu, pesan dan telepon di luar jam kerja sudah terlalu banyak sehingga sulit saya tangani di samping proyek klien lain.", "Pekerjaan yang sedang berjalan tetap saya tangani sampai tanggal 4 Desember, lalu kerja sama kita berakhir."],
      ],
    },
    {
      what: "berkas",
      why: "[mild] berkas final beserta berkas sumbernya: berkas twice (\"beserta sumbernya\" suffices)",
      pairs: [
        ["Semua berkas final beserta berkas sumbernya akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama.", "Semua berkas final beserta berkas sumbernya akan saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Semua berkas final beserta berkas sumbernya saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya juga saya kembalikan pada hari yang sama.", "Semua berkas final beserta berkas sumbernya saya kirimkan hari ini juga, dan semua akses yang pernah diberikan kepada saya juga saya kembalikan pada hari yang sama."],
        ["Semua berkas final beserta berkas sumbernya akan saya kirimkan paling lambat 7 Desember, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama.", "Semua berkas final beserta berkas sumbernya akan saya kirimkan paling lambat 7 Desember, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
        ["Semua berkas final beserta berkas sumbernya saya kirimkan paling lambat 7 Desember, dan semua akses yang pernah diberikan kepada saya juga saya kembalikan pada hari yang sama.", "Semua berkas final beserta berkas sumbernya saya kirimkan paling lambat 7 Desember, dan semua akses yang pernah diberikan kepada saya juga saya kembalikan pada hari yang sama."],
      ],
    },
    {
      what: "berkas",
      why: "[mild] the same in the checklist",
      pairs: [
        ["Kirim berkas final beserta berkas sumbernya hari ini juga", "Kirim berkas final beserta berkas sumbernya hari ini juga"],
        ["Urus serah terima, jawab pertanyaan yang masih ada, dan kirim berkas final beserta berkas sumbernya (hari kerja terakhir: Jumat, 4 Desember 2026; batas pengiriman berkas: Senin, 7 Desember 2026)", "Urus serah terima, jawab pertanyaan yang masih ada, dan kirim berkas final beserta berkas sumbernya (hari kerja terakhir: Jumat, 4 Desember 2026; batas pengiriman berkas: Senin, 7 Desember 2026)"],
      ],
    },
    {
      what: "berkas",
      why: "[mild] the same in the letter",
      pairs: [
        ["Semua berkas final beserta berkas sumbernya akan saya kirimkan paling lambat Senin, 7 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama.", "Semua berkas final beserta berkas sumbernya akan saya kirimkan paling lambat Senin, 7 Desember 2026, dan semua akses yang pernah diberikan kepada saya akan saya kembalikan pada hari yang sama."],
      ],
    },
    {
      what: "selesai",
      why: "[real] Seluruh pekerjaan sudah selesai. / … lalu kerja sama kita selesai.: selesai ends two sentences in a row",
      pairs: [
        ["Seluruh pekerjaan sudah selesai.", "Sampai Jumat, 4 Desember 2026, saya tinggal mengurus pengiriman berkas, serah terima, dan pertanyaan yang masih ada, lalu kerja sama kita selesai."],
      ],
    },
    {
      what: "akhir",
      why: "[mild] Tagihan akhir … setelah kontrak berakhir: akhir twice",
      pairs: [
        ["Tagihan akhir untuk pekerjaan sampai tanggal tersebut akan saya kirim setelah kontrak berakhir.", "Tagihan akhir untuk pekerjaan sampai tanggal tersebut akan saya kirim setelah kontrak berakhir."],
      ],
    },
    {
      what: "akhir",
      why: "[mild] Kirim tagihan akhir … setelah kontrak berakhir: akhir twice",
      pairs: [
        ["Kirim tagihan akhir untuk pekerjaan hingga Jumat, 15 Januari 2027, setelah kontrak berakhir", "Kirim tagihan akhir untuk pekerjaan hingga Jumat, 15 Januari 2027, setelah kontrak berakhir"],
        ["Kirim tagihan akhir untuk pekerjaan hingga Jumat, 27 November 2026, setelah kontrak berakhir", "Kirim tagihan akhir untuk pekerjaan hingga Jumat, 27 November 2026, setelah kontrak berakhir"],
      ],
    },
  ],
};
