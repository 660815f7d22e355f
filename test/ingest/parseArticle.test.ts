import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/parseArticle.js';

const parse = (text: string) => parseArticle({ slug: 's', file: 's.txt', text, contentHash: 'h' });
const paragraphTexts = (text: string) => {
  const a = parse(text);
  return a.paragraphs.map((p) => a.body.slice(p.start, p.end));
};

describe('parseArticle: headline, lede, byline', () => {
  it('takes line 1 as the headline, the first paragraph as the lede, and a "By" line as the byline', () => {
    const a = parse('Ferry line opens\n\nA new ferry crosses the bay.\n\nBy Jane Roe and Sam Poe\n\nThe council voted on Monday.\n');
    expect([a.title, a.lede, a.byline]).toEqual(['Ferry line opens', 'A new ferry crosses the bay.', 'Jane Roe and Sam Poe']);
    expect(a.body).toBe('A new ferry crosses the bay.\n\nThe council voted on Monday.');
  });

  it.each([
    ['"From" and a name', 'Ferry line opens\n\nFrom Jane Marie Roe\n\nA new ferry crosses the bay.', 'Jane Marie Roe'],
    ['a name alone in capitals', 'Ferry line opens\n\nJANE ROE\n\nFORTVILLE, May 3 - A new ferry crosses the bay.', 'JANE ROE'],
    ['"By", an agency and an update stamp', 'Ferry line opens\n\nBy HNA | Updated: March 3, 2021 14:55 IST\n\nA new ferry crosses the bay.', 'HNA'],
    ['a name with an initial and the place it was filed from', 'Ferry line opens\n\nBy Jane S. Roe in Fortville\n\nA new ferry crosses the bay.', 'Jane S. Roe'],
    ['a name alone with a stray comma', 'Ferry line opens\n\nJane Roe ,\n\nA new ferry crosses the bay.', 'Jane Roe'],
    ['"By", a name with an initial, and the date', 'Ferry line opens\n\nBy Jane Q. Roe on Nov 27, 2008 with no responses\n\nA new ferry crosses the bay.', 'Jane Q. Roe'],
    [
      'a long credit in capitals and mixed case',
      'Ferry line opens\n\nBy JANE ROEBUCK Harbour Mail Author and SAMUEL POE FORTVILLE POST-INTELLIGENCER REPORTERS\n\nA new ferry crosses the bay.',
      'JANE ROEBUCK Harbour Mail Author and SAMUEL POE FORTVILLE POST-INTELLIGENCER REPORTERS',
    ],
  ])('takes %s under the headline as the byline, out of the body', (_case, text, byline) => {
    const a = parse(text);
    expect(a.byline).toBe(byline);
    expect(a.body).not.toContain(byline);
  });

  it('keeps a line opening "From" that is no name, and capitals in a sentence, as body text', () => {
    const a = parse('T\n\nFrom Monday, fares will rise.\n\nFrom Fortville to the coast\n\nTHE FERRY IS LATE, said one.');
    expect(a.byline).toBeNull();
    expect(a.paragraphs).toHaveLength(3);
  });

  it('keeps a sentence that starts with "By" deep in the story as body text', () => {
    const a = parse('T\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nBy Friday the bridge was closed');
    expect(a.byline).toBeNull();
    expect(a.body).toContain('By Friday the bridge was closed');
  });
});

describe('parseArticle: paragraphs', () => {
  it('gives sentences glued at their stop their space back, leaving initials and addresses alone', () => {
    const a = parse('Ferry line opens\n\nThe vote was in May.Ms. Roe won.ACME said so, e.g.Fortville, the U.S.Navy and harbour.example.');
    expect(a.body).toBe('The vote was in May. Ms. Roe won. ACME said so, e.g.Fortville, the U.S.Navy and harbour.example.');
  });

  it('keeps the headline alone when the story opens in lower case', () => {
    const a = parse('Ferry line opens\n\niPhone owners can buy tickets online.');
    expect([a.title, a.body]).toEqual(['Ferry line opens', 'iPhone owners can buy tickets online.']);
  });

  it.each([
    ['blank-line separated', 'T\n\nOne sentence.\n\nTwo sentence.\n', ['One sentence.', 'Two sentence.']],
    ['one per line', 'T\nOne sentence.\nTwo sentence.\n', ['One sentence.', 'Two sentence.']],
    ['indented, with trailing spaces', 'T\n   One sentence.   \n   Two sentence.\n', ['One sentence.', 'Two sentence.']],
    ['hard-wrapped lines joined', 'T\n\nThe mayor said the plan\nwould cost less than expected.\n', ['The mayor said the plan would cost less than expected.']],
    ['a line wrapped after a figure', 'T\n\nOutput will fall by 1\nmillion barrels a day.\n', ['Output will fall by 1 million barrels a day.']],
    [
      'a text hard-wrapped throughout goes on across a capital, but not across a blank line',
      'Ferry line opens\nThe mayor said on Monday that the\nnew ferry would run to the\nHarbour Islands from May, and\nthat fares would stay low for\nschool children.\n\nThe Harbour Council agreed the\nbudget in the\nspring.\n',
      ['The mayor said on Monday that the new ferry would run to the Harbour Islands from May, and that fares would stay low for school children.', 'The Harbour Council agreed the budget in the spring.'],
    ],
    [
      'a subhead over a paragraph stays apart when the text is not hard-wrapped',
      'T\nThe council voted on Monday.\nA new timetable\nThe ferry will run every hour from May.\n',
      ['The council voted on Monday.', 'A new timetable', 'The ferry will run every hour from May.'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(paragraphTexts(text)).toEqual(expected);
  });

  it('gives offsets that slice each paragraph out of the body', () => {
    const a = parse('T\n\nAlpha beta.\n\nGamma delta.');
    expect(a.paragraphs).toEqual([
      { index: 0, start: 0, end: 11 },
      { index: 1, start: 13, end: 25 },
    ]);
  });

  it('warns when there is nothing after the headline', () => {
    expect(parse('Only a headline\n').warnings).toEqual(['no paragraphs after the headline']);
  });
});

describe('parseArticle: site chrome is removed from the body and kept aside', () => {
  it.each([
    ['a "Read" link with a no-break space', 'Read\u00a0 Mayor denies ferry deal was rigged'],
    ['a "Read more:" link', 'Read more: Ferry fares to rise'],
    ['a "Related:" link', 'Related: The history of the bay'],
    ['a "Full article:" link', 'Full Article: Mayor opens the new pier |.'],
    ['stray markup', '>'],
    ['a rule', '* * *'],
    ['an HTML tag', '<br/>'],
    ['a publication date', 'Published on March 3, 2021'],
    ['a date and source line', 'Mon, 3 Mar 2021 Source: example-news.com'],
    ['a source credit of several words', 'Source: The Harbour Times'],
    ['agency initials alone', 'HNA'],
    ["a news agency's name alone", 'Agence France-Presse'],
    ['an agency dateline alone on its line', 'LISBON (AP)'],
    ['an agency credit after a dash', '-Harbour News Agency (HNA)'],
    ['a wire credit with a bar', 'Wirewire |'],
    ['agency codes in brackets', '(HN/AFP)'],
    ['a wire end mark with desk codes', '-0- HNA JR/KL 03Mar2021'],
    ['a "-30-" end mark', '-30-'],
    ['an ENDS line', 'ENDS'],
    ['an editor credit', 'Editor: Jane Roe'],
    ['an editing credit', 'Editing by Sam Poe and Ana Lima'],
    ['a newsroom sign-off', 'HT Newsroom'],
    ['a share widget', 'Share this article'],
    ['a comment widget', 'Leave a Reply'],
    ['a photo credit', 'Photo: Jane Roe / Harbour Times'],
    ['a date and time between bars', '| MAR 3, 2021 | 9:01 PM'],
    ['a date in another language with a time', '3. mart 2021 20:25'],
    ['a date in figures with a time', '03/03/2021 - 19h50'],
    ['a copyright line', '©2021 Harbour Media L.P.'],
    ['an input credit', '( With inputs from HNA )'],
    ['a label and a name in another language', 'Izvor: HNA'],
    ['a labelled date and time', 'Publish | 3 Mar 2021, 11:57'],
    ['a date, a bracketed time and a source', '3 March 2021 [14:49] - EXAMPLE.AZ'],
    ['a day, a month and a time', '03 March, 16:47'],
    ['short fields between bars', 'World |  HNA  | Published :'],
    ['desk credits in brackets', '(Writing by Jane Roe; Editing by Sam Poe)'],
    ['an agency, a weekday and a date', 'HNA : Sunday, 3 March 2021'],
    ['a labelled date', 'Date: Mar 3, 2021'],
    ['a two-word label, a date and a time', 'Last Modified: 03 Mar 2021 13:36'],
    ['a place, a date and a source', 'Fortville 3 March 2021 -- Harbour Post'],
    ['a source and a date with dashes', 'HarbourNews    03-Mar-2021'],
    ['a time, a bar and a dateline', '11:18 | Fortville, Mar. 3.'],
    ["a site's domain", 'Harbour.info News'],
    ["a newspaper's name alone", 'The Harbour Herald'],
    ['a desk after a slash', 'Harbour Bulletin/News Desk'],
    ['a single word on a line', 'Agencies'],
    ['"Posted" and a month written with a dot', 'Posted March. 03, 2021 07:30,'],
    ['a date in figures, a time and a time zone', '03-05-2021 09:15 AM Fortville Time'],
    ['a label in another script, then a date and a time', 'نشر في Wed 3 March / Mar 2021. 10:00 AM'],
    ['a contact address', 'Head of News | desk@harbour.example'],
    ['an agency and a photographer', 'Harbour/Jane Roe'],
    ['a name and the outlet', 'Jane Roe, Harbour News'],
    ['a date alone with a full stop', 'March 3, 2021.'],
    ["an agency's name alone", 'The Harbour Press'],
    ['a note that more is coming', 'More coming'],
    ['a note that the story is developing', 'This is a developing story and will be updated.'],
    ['a caption that ends in its credit', 'The mayor opens the new pier on Monday. Photo: Harbour/Jane Roe'],
    ['a caption that ends in its source in brackets', 'The mayor and the harbour master met at the pier. (Source: HNA/Harbour)'],
    ['a staff credit', 'Harbour Times Fortville Staff'],
    ['a wire credit after "From"', 'From Reuters'],
    ['a credit from wire reports', 'From staff and wire reports'],
    ['a posting note with a date and a time', 'Wire story by HNA posted on March 3, 2021 at 08:40:02 GMT'],
    ['a link to the original post', 'See the original post here:'],
    ['the headline printed again', 'Ferry line opens'],
    ['a date in figures, a time and a view count', '03.05.2021, 09:15 1234'],
    ['fields between slashes ending in a time', "Harbour News, Fortville / 3 Mar.'21 / 14:18"],
    ['a site name, then a copyright sign and years', 'Harbour.Ex © 2001-2024'],
    ['a reproduction notice', 'This information may not be reproduced without reference to Harbour News'],
    ['a caption ending in a photo credit in brackets', 'The harbour master gives a briefing to the council (Photo: harbourpics)'],
    ['a photo credit alone in brackets', '(Photo courtesy of the Harbour Information Office)'],
    ['a byline naming no one', 'By unknown'],
    ['a breaking-news notice before the earlier story', "BREAKING NEWS UPDATE. Check back later for more on this story; HNA's earlier report follows."],
    ['a written-by credit with a colon', 'Written By: JaneRoe'],
    ['a file photo label alone', 'File Photo'],
    ["an archive record's header of labelled fields", 'DATE: Tuesday, March 3, 2021              TAG: 2103030082'],
    ['a name, a bullet, a date in another language and a time zone', 'Jane Roe    •    3 Maret 2021 18:09 WIB'],
    ['a caption placing the people in it', 'Jo Bloggs (left) and Ana Kos talk after signing the ferry deal.'],
    ['a caption naming people left to right', 'Left to right: Jo Bloggs, Ana Kos and Jan Roe at the new pier.'],
    ['a caption saying what a screengrab shows', 'A screengrab taken from footage sent to HNA on March 3, 2021 shows the mayor at the pier.'],
    ['a caption ending in a credit between bars', 'The mayor at the pier on Monday. PHOTO | JANE ROE | HNA.'],
    ["an agency's photo credit with a slash", 'HNA Photo/Jane Roe'],
    ['a weekday and a clock time', 'FRIDAY, 8.00AM'],
    ['a clock time, then the date', '6:46 pm 3 Mar, 2021'],
    ['a posting stamp with only a time', 'Web posted at: 11:20 p.m. EST'],
    ["a mail header's date with seconds and a zone", 'Date: Sat, 3 Mar 2021 00:11:17 EST'],
    ['a date after a slash', '/ 3 March 2021'],
    ['a continue-reading link', 'Continue reading the main story'],
    ['a reported-by credit', 'Reported by Jane Roe'],
    ['a name and a web address', 'Harbour Daily Online --- http://harbour.example/'],
    ['a caption ending in a stock photo credit', 'The harbour at dawn. Stock photo: Harbour Images'],
    ['a caption ending in a credit with a web address', 'A ferry in the bay, May 1995. Photo: Jane Roe, https://pics.harbour.example'],
    ['a caption ending in a bracketed name and agency', 'The mayor speaks at the pier in Fortville on 3 March 2021 [Jane Roe/Harbour Agency]'],
    ['a caption ending in an agency photo credit in brackets', 'The mayor, left, shakes hands with the harbour master at the pier. (HNA Photo)'],
    ['an agency and a photographer around a spaced slash', 'HARBOUR / Jane Roe'],
    ['a link to the story elsewhere', 'Read it at The Harbour Times'],
    ['a note that the full text is elsewhere', 'Full text of the article is available on the Russian page of the Harbour agency.'],
    ['a weekday, a date, a time with a dot and a zone', 'Tue 3 Mar 2021 10.35 EDT'],
    ['a dateline alone without the year', 'Fortville, October 29'],
    ['a caption ending in a credit after a dash', 'The mayor speaks at the pier. — Photo courtesy: Harbour Council Twitter'],
    ["an agency's file photo credit", 'HNA file photo'],
    ['a caption ending in "Photo by" and a name', 'The mayor was arrested on Monday at the pier. Photo by Jane Roe'],
    ['a copyright line in brackets', '[Copyright HNA 2007]'],
    ["a publication's fields", 'Publication: Harbour Monitor Volume: 4 Issue: 23'],
    ['an agency after two dashes', '--HNA'],
    ['an agency between slashes', '/Harbour News/'],
    ["a wire desk's initials", 'abc/'],
    ['a copyright line naming the agency before the year', 'Copyright Harbour News Agency, 2004'],
    ['a date in figures with its update stamp', '03.05.2021 - Update : 04.05.2021'],
    ['a dateline in capitals and its country', 'FORTVILLE, Ruritania'],
    ['a note that the copy is archived', 'This is an archive article published on May 3, 1999'],
    ['a note on where the story first appeared', 'This story was first published in the Harbour Times.'],
    ['the headline printed again with a credit', 'Ferry line opens Harbour News'],
    ['a name and a social-media handle', 'Jane Roe @janeroe'],
    ['a link to more under a handle', 'Read more @HarbourNews'],
    ['a caption under a lower-case label', 'photo The mayor, left, opens the pier on Monday.'],
    ['a caption closing on its photographer and agency', 'The mayor, left, opens the pier on Monday. Jane M. Roe/H-N'],
    ["a publication's name, a dash and a date", 'The Harbour Age - January 16, 1998'],
    ['a date, a dash and a source with a stray bracket', 'December 31, 2008 - News.harbour('],
    ['a caption ending in a credit after a spaced dash', 'Harbour Minister Jo Bloggs – Photo by Jane Roe'],
    ['a citation of the source with its date', 'Source: "Ferry line opens," by Jane Roe, The Harbour Weekly, February 9, 2003, Vol. 71, No. 6.'],
    ['a translation credit', 'Harbour News – Translated from Ruritanian by Jane Roe'],
    ['a caption placing people "at left" and "at right"', 'Harbour Minister Jo Bloggs, at left. Mayor Ana Kos, at right.'],
    ['the headline printed again with an agency in brackets', 'Ferry line opens (HNA)'],
    ['a source, a date in ISO form and a byline', 'Harbour News 2021-03-03 Jane Roe'],
    ['an agency, a bullet and a date with its time after "at"', 'Harbour Press • March 3, 2021 at 10:33 AM'],
    [
      "a caption carrying an agency's copyright credit and its photographer",
      'The ferry at the pier in Fortville, Friday, March 3, 2021. © THE HARBOUR PRESS/Jane Roe The ferry at the pier in Fortville.',
    ],
  ])('%s', (_case, line) => {
    const a = parse(`Ferry line opens\n\nThe council voted on Monday.\n\n${line}\n\nThe ferry starts in May.`);
    expect(a.boilerplate).toEqual([line]);
    expect(a.body).toBe('The council voted on Monday.\n\nThe ferry starts in May.');
  });

  it.each([
    ['a sentence opening with "Copyright"', 'Copyright law changed in 2020, the minister said.'],
    ['a short line with a year and a number', 'Harbour 2021: 45 ferries'],
    ['a label followed by a sentence', 'Note: the vote was close.'],
    ['a sentence with a date and a time', 'Voting closed on 3 March at 16:47 in most districts.'],
    ['a sentence ending in a date', 'The vote took place on 3 March 2021.'],
    ['a one-word answer with its stop', 'Yes.'],
    ['a sentence opening "By" and a name', 'By Friday Jane Roe had left the port.'],
    ['a sentence with an address in it', 'Readers wrote to desk@harbour.example about the fares, which rose again in May after the vote.'],
    ['a sentence about staff', 'The Ferry Board cut Staff numbers in May.'],
    ['a sentence about a posting', 'The notice was posted on March 3 at the harbour gate, the council said.'],
    ['a sentence about a photo', 'The council published a photo of the pier on its website.'],
    ['a figure with its source in brackets', 'Fares on the harbour ferries rose by 5 percent over the last two years (Source: Harbour Board)'],
    ['a quotation that places people', '"Jo Bloggs (left) was never at the pier," Ana Kos said.'],
    ['a sentence on what a photo shows, with a quotation', 'The photo shows “a city in ruins”, the mayor said.'],
    ['a sentence with a clock time in it', 'The ferry left at 8.00 am on Friday.'],
    ['a sentence naming a place and a date', 'Fortville, October 29 was the day the ferry first sailed.'],
    ['a sentence about a file photo', 'The council released a file photo of the pier.'],
    ['a sentence opening "By way of"', 'By way of background, the harbour agency says:'],
    ['a sentence on an archive', 'This archive was opened in 2004, the council said.'],
    ['a sentence going on from the headline', 'Ferry line opens to the public in May, the council said.'],
    ['a dateline that opens a sentence', 'FORTVILLE, Ruritania — The council voted on Monday.'],
    ['a dateline in capitals on its own line before the story', 'FORT VILLE,'],
    ['a sentence with a dash before a photo', 'The council voted – photo by photo – to keep the old pier, the mayor said.'],
    ['a sentence naming a handle', 'The mayor answered on @harbour within the hour.'],
    ['a sentence ending on a name after a slash', 'The ferry sails on Monday. Fares are set by Jo Bloggs/Ana Kos'],
    ['a sentence with "left" and "right" after commas', 'Asked whether the fares were fair, right or wrong, the mayor turned left, then walked out.'],
    ['a sentence on a translation', 'The law was translated by Jane Roe into three languages in 2004, the council said.'],
  ])('keeps %s in the body', (_case, line) => {
    const a = parse(`Ferry line opens\n\nThe council voted on Monday.\n\n${line}`);
    expect(a.boilerplate).toEqual([]);
    expect(a.body).toContain(line);
  });

  it('does not join a lower-case caption to the photo credit above it', () => {
    const a = parse('Ferry line opens\n\nHNA Photo/Jane Roe\nleft to right: Jo Bloggs and Ana Kos at the pier.\n\nThe council voted on Monday.');
    expect(a.boilerplate).toEqual(['HNA Photo/Jane Roe', 'left to right: Jo Bloggs and Ana Kos at the pier.']);
    expect(a.body).toBe('The council voted on Monday.');
  });

  it('removes a "By" credit of capitalised words that closes the article', () => {
    const a = parse('T\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nBy Harbour News Agency');
    expect(a.boilerplate).toEqual(['By Harbour News Agency']);
    expect(a.body).not.toContain('Harbour');
  });

  it.each([
    [
      'an author box that closes the article: a name, then a contact line',
      'T\n\nThe council voted.\n\nJane Roe\n\nHead of News | desk@harbour.example',
      ['Jane Roe', 'Head of News | desk@harbour.example'],
      'The council voted.',
    ],
    ['a name alone on the last line: the author signing off', 'T\n\nThe council voted.\n\nThe ferry starts in May.\n\nJane Roe', ['Jane Roe'], 'The council voted.\n\nThe ferry starts in May.'],
    [
      'a name alone under a date line in the header: the source',
      "T\n\nHarbour News, Fortville / 3 Mar.'21 / 14:18\n\nHarbour News\n\nThe council voted.\n\nThe ferry starts in May.",
      ["Harbour News, Fortville / 3 Mar.'21 / 14:18", 'Harbour News'],
      'The council voted.\n\nThe ferry starts in May.',
    ],
    [
      'a stub pointing to the full story and a bracketed caption with its credit',
      'T\n\nThe council voted.\n\nThe ferry starts in May.\n\nFor the full story, please visit\n\n(Photos of Jo Bloggs and of Ana Kos: Harbour Picture Service)',
      ['For the full story, please visit', '(Photos of Jo Bloggs and of Ana Kos: Harbour Picture Service)'],
      'The council voted.\n\nThe ferry starts in May.',
    ],
    [
      'an author bio that closes the article',
      'T\n\nThe council voted.\n\nJane Roe is a senior reporter covering transport for the Harbour Times.',
      ['Jane Roe is a senior reporter covering transport for the Harbour Times.'],
      'The council voted.',
    ],
    [
      'a "Read more:" label and the headline it links to',
      'T\n\nThe council voted.\n\nRead more:\n\nFortville opens talks on a second ferry line: mayor\n\nThe ferry starts in May.',
      ['Read more:', 'Fortville opens talks on a second ferry line: mayor'],
      'The council voted.\n\nThe ferry starts in May.',
    ],
  ])('removes %s', (_case, text, boilerplate, body) => {
    const a = parse(text);
    expect(a.boilerplate).toEqual(boilerplate);
    expect(a.body).toBe(body);
  });

  it('keeps a sentence after a "Read more:" label, which is no linked headline', () => {
    const a = parse('T\n\nThe council voted.\n\nRead more:\n\nThe ferry starts in May, the mayor said.');
    expect(a.boilerplate).toEqual(['Read more:']);
    expect(a.body).toBe('The council voted.\n\nThe ferry starts in May, the mayor said.');
  });

  it('keeps a sentence about a journalist in the middle of the story', () => {
    const a = parse('T\n\nJane Roe is a reporter who was detained.\n\nShe was released on Monday.\n\nThe ministry apologized.\n\nTalks go on.');
    expect(a.boilerplate).toEqual([]);
  });

  it('keeps a dated sentence that is part of the story', () => {
    const a = parse('T\n\nOn March 3, 2021 the council voted to open the line.');
    expect(a.boilerplate).toEqual([]);
  });
});
