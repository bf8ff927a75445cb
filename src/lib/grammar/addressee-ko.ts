/**
 * Korean forms of the client. Koreans address by title rather than repeating a
 * name: "김민수 대표님" once, then "대표님". A company is never greeted as a
 * person: its contact by title ("박지훈 팀장님"), or "담당자님", and in a letter
 * "한결디자인 담당자님께". As a recipient a company takes 에 (한결디자인에),
 * a person 께 (honorific 에게).
 */
import type { Addressee, ClientInfo } from './addressee.ts';
import { addressKo } from './korean.ts';
import { normalizeName } from './normalize.ts';
import { withoutLegalForm } from './addressee.ts';

/** A job title (대표님, 팀장님 …), as opposed to the plain 님/씨. */
const isJobTitle = (title: string) => title !== '' && title !== '님' && title !== '씨';

/**
 * The tax papers of the settlement, by client kind (checklist only). A company gets a 세금계산서 and,
 * when money goes back, a 수정세금계산서 for the refunded amount; 현금영수증 is for consumers, so only a
 * person client hears of it. Both read "if issued": an unregistered freelancer issues neither.
 */
function taxDocsKo(isOrg: boolean, title = ''): Record<string, string> {
  // `refundTaxDocFull`: a full refund (0 % done) cancels a 현금영수증; nothing is reissued for 0원 (ko review 17).
  if (isOrg) return { taxDocs: '세금계산서를 발행한다면 발행까지', refundTaxDoc: '(세금계산서를 발행했다면 환불액에 맞춰 수정세금계산서 발행)', refundTaxDocFull: '(세금계산서를 발행했다면 환불액에 맞춰 수정세금계산서 발행)' };
  // A person addressed as the head of a business (대표님, 사장님, 원장님) usually wants a 세금계산서, so both
  // papers are named, each "if issued" (review 11 #16; a plain person client keeps the consumer's 현금영수증).
  if (/대표|사장|원장/.test(title))
    return {
      taxDocs: '필요하면 세금계산서나 현금영수증 발행 포함',
      refundTaxDoc: '(세금계산서를 발행했다면 수정세금계산서를 발행하고, 현금영수증을 발행했다면 취소한 뒤 실제 받은 금액으로 다시 발행)',
      refundTaxDocFull: '(세금계산서를 발행했다면 수정세금계산서를 발행하고, 현금영수증을 발행했다면 취소하기)',
    };
  return { taxDocs: '필요하면 현금영수증 발행 포함', refundTaxDoc: '(현금영수증을 발행했다면 취소하고 실제 받은 금액으로 다시 발행)', refundTaxDocFull: '(현금영수증을 발행했다면 취소하기)' };
}

export function addresseeKo(client: ClientInfo): Addressee {
  const title = normalizeName(client.title) || '님';
  const isOrg = client.kind === 'organisation';
  const org = isOrg ? normalizeName(client.name) : '';
  const orgSpoken = isOrg ? withoutLegalForm(org) || org : '';
  const personName = isOrg ? normalizeName(client.contact) : normalizeName(client.name);
  if (personName === '') {
    // An organisation with no known contact: whoever answers is 담당자님.
    return { isOrg, greet: '', vocative: '담당자님', letter: `${org} 담당자님`, you: '담당자님', to: `${org}에`, org, orgSpoken, extra: { ...taxDocsKo(isOrg), letterWarm: `${orgSpoken} 담당자님` } };
  }
  const full = addressKo(personName, title);
  const vocative = isJobTitle(title) ? title : full;
  return {
    isOrg,
    greet: full,
    vocative,
    letter: isOrg ? `${org} ${full}` : full,
    you: vocative,
    // A named contact is who gets the message ("김태희 과장님께"), also at a company.
    to: `${full}께`,
    org,
    orgSpoken,
    // A warm salutation leaves out the legal form (ko review 20: «봄내들 서지안 과장님», not «유한회사 봄내들 …»).
    extra: { ...taxDocsKo(isOrg, title), letterWarm: isOrg ? `${orgSpoken} ${full}` : full },
  };
}
