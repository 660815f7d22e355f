// Whole invented articles through the real entity and quote stages, one per kind of attribution the
// held-out news needed: a role holder named elsewhere, an organisation inside a role, "it" after a
// ministry, a stop after the closing mark, a colon after a name. Only speakers of people and bodies
// the entity stage already finds reliably are asserted.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { article } from './quotesFixture.js';

function speakers(body: string): [string, string | null][] {
  const a = article(body);
  const { entities, quotes } = extractArticle(a);
  return quotes.map((q) => [q.text.slice(0, 30), entities.find((e) => e.key === q.speakerKey)?.name ?? null]);
}

describe('invented articles', () => {
  it('a border clash: the spokesman named once, quoted by role', () => {
    const body = [
      'KHARTOUM — The Sudanese army said on Sunday it had repelled an attack on a border post in the east.',
      'Army spokesman, Colonel Radek Sumova, told journalists that the troops had held their positions overnight. “Our soldiers responded with force and pushed back the attackers”.',
      'Sudanese Foreign Minister Ilse Marnot met the envoy of Ethiopia, Petr Halvik, in Khartoum on Monday.',
      'The army spokesman stressed that “no civilians were harmed during the operation.”',
      'Halvik said the talks were useful. The spokesman noted that “Marnot has our full support.”',
    ].join('\n\n');
    expect(speakers(body).map(([, s]) => s)).toEqual(['Radek Sumova', 'Radek Sumova', 'Radek Sumova']);
  });

  it('a central bank: the governor, not the bank', () => {
    const body = [
      'KIGALI — The National Bank of Rwanda (BNR) kept its key rate unchanged on Thursday, Governor Jean Mukama told reporters.',
      '“Inflation has eased but risks remain high,” Mukama said. Finance Minister Alice Uwase welcomed the decision.',
      'The BNR governor also said that “the banking sector remains sound and well capitalised.”',
      'Uwase, speaking later, said that growth would reach seven percent. She added: “We expect exports to recover in the second half.”',
    ].join('\n\n');
    expect(speakers(body).map(([, s]) => s)).toEqual(['Jean Mukama', 'Jean Mukama', 'Alice Uwase']);
  });

  it('a diplomatic row: a colon after a name, a spokesman for someone', () => {
    const body = [
      'ISLAMABAD — Pakistan on Tuesday rejected remarks by Indian Defence Minister Arun Vasan about the disputed border.',
      'Vasan had said on Monday that "India will respond to every provocation". The minister was speaking in New Delhi.',
      'The spokesman for Prime Minister Imran Qadir said the government would brief parliament. "We will not be intimidated," he said.',
      'Opposition leader Sara Baloch: "The government must explain what it is doing."',
    ].join('\n\n');
    expect(speakers(body).map(([, s]) => s)).toEqual(['Arun Vasan', 'Imran Qadir', 'Sara Baloch']);
  });

  it('ministers of two states told apart by the state in the description', () => {
    const body = [
      'BEIJING — Indian External Affairs Minister Rohan Mehra met Chinese Foreign Minister Liu Bowen in Beijing on Monday.',
      '"We have had a frank and useful exchange," the Indian minister said after the talks.',
      'Liu told his guest that the two countries should be "partners, not rivals". The Chinese foreign minister also said: "Neighbours cannot move away."',
      'Chinese foreign ministry spokeswoman Zhou Lan said the visit showed that ties were improving. Asked about the border, she said: "The situation is generally stable."',
    ].join('\n\n');
    expect(speakers(body).map(([, s]) => s)).toEqual(['Rohan Mehra', 'Liu Bowen', 'Liu Bowen', 'Zhou Lan']);
  });
});
