import { describe, expect, it } from 'vitest';
import { HeadingSlugger, headingSlug } from './heading-id.ts';

describe('headingSlug()', () => {
  it('lower-cases Turkish with Turkish rules: İ → i, I → ı, never i + U+0307', () => {
    expect(headingSlug('İlk görüşmede netleştirin', 'tr')).toBe('ilk-görüşmede-netleştirin');
    expect(headingSlug('IRMAK İZMİR', 'tr')).toBe('ırmak-izmir');
    expect(headingSlug('İlk', 'tr')).not.toContain('\u0307');
  });

  it('drops a combining dot left by a Turkish word on another language\'s page', () => {
    expect(headingSlug('İstanbul notes', 'id')).toBe('istanbul-notes');
    expect(headingSlug('İstanbul', 'ko')).toBe('istanbul');
  });

  it('keeps Hangul and other letters, drops punctuation, joins words with -', () => {
    expect(headingSlug('경고 신호 1: 밤낮없는 연락 폭탄', 'ko')).toBe('경고-신호-1-밤낮없는-연락-폭탄');
    expect(headingSlug('Tanda bahaya: klien yang menghubungi tanpa kenal waktu', 'id')).toBe('tanda-bahaya-klien-yang-menghubungi-tanpa-kenal-waktu');
    expect(headingSlug('Asıl amaç: saygıyla uğurlanmış bir müşteri', 'tr')).toBe('asıl-amaç-saygıyla-uğurlanmış-bir-müşteri');
  });

  it('composes decomposed text (NFC), so ids hold no combining marks', () => {
    expect(headingSlug('Mu\u0308s\u0327teri', 'tr')).toBe('müşteri');
    expect(headingSlug('\u1100\u1161\u11A8', 'ko')).toBe('각');
  });

  it('survives an invalid language tag', () => {
    expect(headingSlug('İlk Adım', '??')).toBe('ilk-adım');
  });
});

describe('HeadingSlugger', () => {
  it('numbers repeated headings within a document, as GitHub does', () => {
    const slugger = new HeadingSlugger('tr');
    expect([slugger.slug('Kısaca'), slugger.slug('Kısaca'), slugger.slug('Kısaca')]).toEqual(['kısaca', 'kısaca-1', 'kısaca-2']);
    expect(slugger.slug('Kısaca 1')).toBe('kısaca-1-1');
  });
});
