/**
 * The person spoken to, modelled per language: a client is a person or an
 * organisation (optionally with a contact person and that person's title).
 * Each language turns that into the forms its texts need (addressee-ko.ts,
 * addressee-tr.ts, addressee-id.ts); templates use these forms, never a raw name.
 */
import { normalizeName } from './normalize.ts';

export type ClientKind = 'person' | 'organisation';

export interface ClientInfo {
  kind: ClientKind;
  /** The person's name, or the organisation's name. */
  name: string;
  /** For an organisation: the person the reader speaks to (optional). */
  contact: string;
  /** The title of the person addressed (the client, or the contact): 대표님, Bey, Bapak … */
  title: string;
}

/** Every form of the client a text needs, in one language. '' where a language has none. */
export interface Addressee {
  isOrg: boolean;
  /** Named in a spoken greeting: "김민수 대표님", "Kemal Bey", "Pak Hendra"; '' = greet without a name. */
  greet: string;
  /** Called in the middle or at the end of a spoken sentence: "대표님", "Kemal Bey", "Pak". */
  vocative: string;
  /** The name in a written salutation, without the greeting word: "김민수 대표님", "Yetkili" (tr: the company goes in the subject), "Bapak Hendra Gunawan". */
  letter: string;
  /** The second person inside a sentence: id "Bapak"/"Ibu"/"Bapak/Ibu" (never "Anda"); ko a title or ''; tr '' (the verb says "siz"). */
  you: string;
  /** The client as the recipient of something, with the right particle or case: "한결디자인에", "김민수 대표님께", "İpek Tekstil'e", "PT Sinar Jaya". */
  to: string;
  /** The organisation's name as written ('' for a person), and as said aloud (legal form dropped where people drop it). */
  org: string;
  orgSpoken: string;
  /** Further forms one language's templates use, by variable name (id: youSaid, account, bye). */
  extra?: Readonly<Record<string, string>>;
}

/**
 * Legal forms that mark a typed name as an organisation. Case-sensitive where a
 * lowercase word could be a name (pt, cv).
 */
const LEGAL_FORMS: readonly RegExp[] = [
  /\(주\)|㈜|\(유\)|주식회사|유한회사|합자회사|사단법인|재단법인|협동조합/u,
  /(?:^|\s)A\.?\s?Ş\.?(?=\s|$)|(?:^|\s)Ltd\.?\s*Şti\.?|(?:^|\s)Şti\.?(?=\s|$)|(?:^|\s)(?:Tic|San)\.(?=\s|$)|\bHolding\b|\bKooperatifi?\b/u,
  /^(?:PT|CV|UD|Yayasan|Koperasi|Perum|Firma)\.?\s|(?:^|\s)Tbk\.?$/u,
  /(?:^|\s)(?:Inc|Corp|Ltd|LLC|GmbH|LLP|Co\.,?\s?Ltd)\.?(?=\s|,|$)/u,
];

/**
 * True when the typed name carries a legal form ((주), A.Ş., Ltd. Şti., PT, CV, Inc. …).
 * @example looksLikeOrganisation('PT Sinar Jaya') // true
 */
export function looksLikeOrganisation(name: string): boolean {
  const n = normalizeName(name);
  return LEGAL_FORMS.some((re) => re.test(n));
}

/** The organisation's name without the legal forms people leave out when they speak. */
export function withoutLegalForm(name: string): string {
  return normalizeName(name)
    .replace(/\(주\)|㈜|\(유\)|주식회사|유한회사/gu, ' ')
    .replace(/\s+(?:Ltd\.?\s*Şti\.?|Şti\.?|A\.?\s?Ş\.?|San\.?\s*ve\s*Tic\.?|Tic\.?|San\.?)(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
