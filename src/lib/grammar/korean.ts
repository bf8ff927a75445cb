/**
 * Korean particles (조사) and honorific address for names a reader types.
 *
 * String in, string out; no DOM, no i18next. Later wrapped as i18next
 * formatters, e.g. `{{name, koParticle(을/를)}}`.
 *
 * ## How the particle is chosen
 * A particle that alternates (을/를, 이/가, …) depends on how the word *ends
 * when read aloud*: after a final consonant (받침), after a vowel, or — for
 * 으로/로 only — after ㄹ, which takes 로 (서울로, 연필로). The module works out
 * a Hangul reading of the end of the word and lets `es-hangul` (`josa.pick`)
 * choose, so the ㄹ rule and the 받침 test are the library's:
 *
 * - **Hangul**: the word itself.
 * - **Digits**: the Sino-Korean reading of the trailing number
 *   (`es-hangul`'s `numberToHangul`): 1 일, 3 삼, 6 육, 7 칠, 8 팔, 0 영, 10 십,
 *   100 백, 1000 천, 10000 만 …; decimals read digit by digit (3.5 → 오).
 *   Digits glued straight onto Latin letters (MP3, G7, A4) may be read in
 *   English instead (엠피스리); the particle is used only where both readings
 *   agree (A4를), otherwise the neutral form is written (MP3을(를)).
 * - **Acronyms** (a final capital preceded by another capital, a non-letter or
 *   nothing: IBM, KBS, iOS, 카카오T): the Korean name of the last letter
 *   (L 엘, M 엠, N 엔, R 알 take 받침; F 에프, S 에스, X 엑스 do not).
 * - **Latin words**: an ending rule where loanword spelling is reliable —
 *   -m, -n, -ng, -ck, vowel+c → 받침 (Tom, John, Samsung, Nick, Eric);
 *   -l, -ll, consonant+le → ㄹ (Paul, Michelle, Google, Apple);
 *   vowels, -w, -y, -s, -x, -z, -f, -v, -r, -sh/-ch/-th/-ph, vowel+h,
 *   consonant+t/k/p, -d, silent e after b c d f g k p s v z r h and after a
 *   single t → no 받침 (Anna, James, Max, Peter, Robert, Mark, David, Kate).
 *   Anything else (Jane, Nicole, Bob, Erik, Charlotte …) is ambiguous.
 * - **Anything else** (ambiguous Latin endings, Hanja, kana, symbols): the
 *   neutral written form, e.g. `을(를)`, `이(가)`, `(으)로`, `이에요(예요)`.
 *
 * Trailing spaces and sentence punctuation (`, ; : ! ? …`) are dropped, and so
 * is a final full stop unless it ends an abbreviation (`Inc.`, `A.B.`). Closing
 * quotes and brackets stay and the particle follows them, chosen by the word
 * inside (‘토스’를). A trailing parenthetical gloss is skipped: the particle
 * agrees with the word before it (김민수(Kim)를, 토스(주)를), as in 커피(coffee)를.
 *
 * ## Honorific address
 * Following 한글 맞춤법 제48항 and the 표준국어대사전, a title after a person's
 * name is written with a space: both the dependent nouns 님 and 씨
 * (김민수 님, 민수 씨) and job titles (김민수 대표님). The suffix -님 inside a
 * job title stays attached (대표님, 선생님). Many apps write 민수님 for
 * readability, but a business letter should follow the standard. Particles then
 * attach to the whole phrase: 김민수 대표님께, 김민수 대표님을. The honorific
 * dative 께 (for 에게) and nominative 께서 (for 이/가) are particles here too.
 */
import { josa, numberToHangul } from 'es-hangul';
import { TRAILING_SENTENCE_PUNCTUATION, normalizeName } from './normalize.ts';

/** Every particle `particle()` accepts; the first form is the one used after a final consonant. */
export const koParticles = [
  '을/를',
  '이/가',
  '은/는',
  '과/와',
  '으로/로',
  '이에요/예요',
  '이라고/라고',
  '이랑/랑',
  '아/야',
  '이나/나',
  '이세요/세요',
  '으로서/로서',
  '께',
  '께서',
  '께서는',
  '에게',
  '의',
  '도',
] as const;

/** A Korean particle: alternating pairs are written consonant-form/vowel-form. */
export type KoParticle = (typeof koParticles)[number];

/** Titles a UI can offer; '' means the bare name. */
export const koTitles = [
  '',
  '님',
  '씨',
  '대표님',
  '사장님',
  '이사님',
  '본부장님',
  '부장님',
  '차장님',
  '팀장님',
  '과장님',
  '실장님',
  '대리님',
  '매니저님',
  '선생님',
  '교수님',
  '원장님',
  '고객님',
] as const;

/** A title from `koTitles`. */
export type KoTitle = (typeof koTitles)[number];

type JosaOption = Parameters<typeof josa.pick>[1];

interface Alternation {
  /** The es-hangul option that makes the same choice. */
  readonly es: JosaOption;
  /** Our form for each of es-hangul's two alternatives, in es-hangul's order. */
  readonly forms: readonly [string, string];
  /** Written when the pronunciation cannot be told. */
  readonly neutral: string;
}

const ALTERNATIONS: ReadonlyMap<string, Alternation> = new Map(Object.entries({
  '을/를': { es: '을/를', forms: ['을', '를'], neutral: '을(를)' },
  '이/가': { es: '이/가', forms: ['이', '가'], neutral: '이(가)' },
  '은/는': { es: '은/는', forms: ['은', '는'], neutral: '은(는)' },
  '과/와': { es: '와/과', forms: ['와', '과'], neutral: '과(와)' },
  '으로/로': { es: '으로/로', forms: ['으로', '로'], neutral: '(으)로' },
  '이에요/예요': { es: '이에요/예요', forms: ['이에요', '예요'], neutral: '이에요(예요)' },
  '이라고/라고': { es: '이라/라', forms: ['이라고', '라고'], neutral: '(이)라고' },
  '이랑/랑': { es: '이랑/랑', forms: ['이랑', '랑'], neutral: '(이)랑' },
  '아/야': { es: '아/야', forms: ['아', '야'], neutral: '아(야)' },
  '이나/나': { es: '이나/나', forms: ['이나', '나'], neutral: '(이)나' },
  '이세요/세요': { es: '이라/라', forms: ['이세요', '세요'], neutral: '(이)세요' },
  '으로서/로서': { es: '으로서/로서', forms: ['으로서', '로서'], neutral: '(으)로서' },
}));

/** Korean names of the Latin letters (외래어 표기법 usage; same as es-hangul's table). */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  A: '에이', B: '비', C: '시', D: '디', E: '이', F: '에프', G: '지', H: '에이치',
  I: '아이', J: '제이', K: '케이', L: '엘', M: '엠', N: '엔', O: '오', P: '피',
  Q: '큐', R: '알', S: '에스', T: '티', U: '유', V: '브이', W: '더블유', X: '엑스',
  Y: '와이', Z: '제트',
}));

/** A Hangul syllable standing for each kind of ending. */
const SOUND = { vowel: '가', consonant: '각', rieul: '갈' } as const;

/**
 * Reliable loanword endings, tried in order on the lowercased final Latin run.
 * Anything not matched is ambiguous (neutral form).
 */
const LATIN_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ng$/, SOUND.consonant], // Samsung 삼성, Kang 강
  [/[mn]$/, SOUND.consonant], // Tom 톰, Kim 킴, John 존, LinkedIn 링크드인
  [/(?:l|[^aeiouyl]le|lle)$/, SOUND.rieul], // Paul 폴, Bill 빌, Google 구글, Michelle 미셸
  [/ck$/, SOUND.consonant], // Nick 닉, Slack 슬랙
  [/[aeiou]c$/, SOUND.consonant], // Eric 에릭, Mac 맥, Logic 로직
  [/[aiouwy]$/, SOUND.vowel], // Anna 애나, Kakao, Hugo, Amy 에이미, Andrew 앤드루
  [/(?:[aeiouy]|[bcdfgkpsvzr]|[^t]t|[cst]h)e$/, SOUND.vowel], // Lee, Chloe, Mike, Kate, George, Claire, Porsche
  [/(?:[sxzfvr]|[cspt]h|[aeiou]h)$/, SOUND.vowel], // James, Max, Liz, Jeff, Peter, Smith, Josh, Sarah
  [/[^aeiou][tkpcg]$/, SOUND.vowel], // Robert 로버트, Mark 마크, Trump 트럼프, Marc 마르크, Berg 베르크
  [/d$/, SOUND.vowel], // David 데이비드, Ted 테드, Bernard 버나드
];

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]$/u;
const CLOSERS = `)]}）］｝」』》〉】〕"'’”»›`;
const ABBREVIATION_TOKEN = /(?:^|\s)(?:\p{L}{1,4}\.){2,}$|(?:^|\s)(?:inc|co|corp|ltd|llc|jr|sr|st|bros|no)\.$/iu;

/**
 * The word with trailing sentence punctuation removed (a final full stop too,
 * unless it ends an abbreviation).
 */
function stripTrailing(text: string): string {
  let out = text.replace(TRAILING_SENTENCE_PUNCTUATION, '');
  while (out.endsWith('.') && !ABBREVIATION_TOKEN.test(out)) {
    out = out.slice(0, -1).replace(TRAILING_SENTENCE_PUNCTUATION, '');
  }
  return out;
}

/** The part of the text whose pronunciation decides the particle. */
function decisivePart(text: string): string {
  let core = text;
  for (let guard = 0; guard < 8; guard += 1) {
    const before = core;
    // A trailing parenthetical gloss: the particle agrees with what precedes it.
    const paren = /^(.*\S)\s*[(（][^()（）]*[)）]$/u.exec(core);
    if (paren?.[1]) core = paren[1];
    // Closing quotes/brackets and abbreviation dots: look inside.
    while (core.length > 0 && (CLOSERS.includes(core.slice(-1)) || core.endsWith('.'))) {
      core = core.slice(0, -1).trimEnd();
    }
    if (core === before) break;
  }
  // An opening bracket left behind by "(주)"-style wrapping: drop it.
  return core.replace(/^[([{（［「『《〈【〔"'‘“«‹]+/u, '');
}

/** Sino-Korean reading of the end of a digit string, or null when too long to read. */
function sinoKoreanEnding(digits: string): string | null {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value)) return null;
  return numberToHangul(value);
}

/** English reading of the end of a number (for MP3, G7 …), as a representative syllable. */
function englishNumberEnding(value: number): string {
  if (value === 0) return SOUND.vowel; // zero 제로
  const lastTwo = value % 100;
  if (lastTwo >= 10 && lastTwo <= 19) return lastTwo === 12 ? SOUND.vowel : SOUND.consonant; // ten, eleven, -teen / twelve
  const last = value % 10;
  if (last !== 0) return [1, 7, 9].includes(last) ? SOUND.consonant : SOUND.vowel; // one 원, seven 세븐, nine 나인
  if (lastTwo !== 0) return SOUND.vowel; // twenty 트웬티 …
  if (value % 1_000_000 === 0) return SOUND.consonant; // million 밀리언
  return SOUND.vowel; // hundred 헌드레드, thousand 사우전드
}

/**
 * Candidate Hangul readings of the end of `core`; the particle is written only
 * when every candidate picks the same form. An empty list means "unknown".
 */
function readings(core: string): string[] {
  if (core === '') return [];
  if (HANGUL_SYLLABLE.test(core)) return [core];
  // A percentage is read 퍼센트 ("50%를", "75%인"), whatever the number before it.
  if (/\d\s?%$/u.test(core)) return ['퍼센트'];

  const number = /(\d[\d,]*)(?:\.(\d+))?$/u.exec(core);
  if (number) {
    const [whole, integerPart = '', fraction] = number;
    if (fraction !== undefined) {
      const lastDigit = fraction.slice(-1);
      const reading = sinoKoreanEnding(lastDigit);
      return reading ? [reading] : [];
    }
    const digits = integerPart.replace(/,/g, '');
    const sino = sinoKoreanEnding(digits);
    if (!sino) return [];
    const glued = /\p{Script=Latin}$/u.test(core.slice(0, core.length - whole.length));
    if (!glued) return [sino];
    return [sino, englishNumberEnding(Number(digits))];
  }

  const latin = /\p{Script=Latin}+$/u.exec(core);
  if (latin) {
    const run = latin[0];
    const last = run.slice(-1);
    const previous = run.length > 1 ? run.slice(-2, -1) : '';
    const isCapital = last !== last.toLowerCase();
    const acronym = isCapital && (previous === '' || previous !== previous.toLowerCase());
    if (acronym) {
      const name = LETTER_NAMES.get(last.normalize('NFD').charAt(0).toUpperCase());
      return name ? [name] : [];
    }
    const lower = run.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    for (const [pattern, sound] of LATIN_ENDINGS) {
      if (pattern.test(lower)) return [sound];
    }
    return [];
  }
  return [];
}

function isKoParticle(value: unknown): value is KoParticle {
  return typeof value === 'string' && (koParticles as readonly string[]).includes(value);
}

/**
 * Attach a Korean particle to a word, choosing the form by how the word ends when read aloud.
 * @example particle('서울', '으로/로') // '서울로'
 */
export function particle(word: string, p: KoParticle): string {
  const base = stripTrailing(normalizeName(word));
  if (base === '') return '';
  if (!isKoParticle(p)) return base;
  const alternation = ALTERNATIONS.get(p);
  if (!alternation) return base + p; // invariant: 께, 께서, 에게, 의, 도 …
  const core = decisivePart(base);
  // A vocative never follows an honorific: one calls out "민수 씨", not "민수 씨야".
  if (p === '아/야' && /(?:님|씨)$/u.test(core)) return base;
  const picked = new Set(readings(core).map((reading) => josa.pick(reading, alternation.es)));
  const [only] = picked;
  if (picked.size !== 1 || only === undefined) return base + alternation.neutral;
  const index = alternation.es.split('/').indexOf(only);
  return base + (alternation.forms[index === 1 ? 1 : 0]);
}

/** True when the text already ends in an honorific title (김민수 대표님, 민수 씨, 민수님). */
function endsWithHonorific(text: string): boolean {
  return /(?:님|씨)$/u.test(text);
}

/**
 * A name with a Korean title (space before 님/씨 and job titles), optionally followed by a particle.
 * @example addressKo('김민수', '대표님', '께') // '김민수 대표님께'
 */
export function addressKo(name: string, title: KoTitle | (string & {}) = '', p?: KoParticle): string {
  const n = stripTrailing(normalizeName(name));
  const t = normalizeName(title).replace(/\s+/gu, '');
  let addressed: string;
  if (t === '') addressed = n;
  else if (n === '') addressed = t === '님' || t === '씨' ? '' : t;
  else if (n === t || n.endsWith(` ${t}`)) addressed = n;
  else if (t.length > 1 && t.endsWith('님') && (n === t.slice(0, -1) || n.endsWith(` ${t.slice(0, -1)}`))) {
    addressed = `${n}님`; // "김민수 대표" + 대표님 → "김민수 대표님"
  } else if (endsWithHonorific(n)) addressed = n; // the reader already typed a title
  else addressed = `${n} ${t}`;
  if (addressed === '' || p === undefined) return addressed;
  return particle(addressed, p);
}
