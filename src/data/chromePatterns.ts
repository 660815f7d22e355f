// Site chrome that scraped news text carries along: lines that are not part of the article.
// Patterns describe general shapes of web-page furniture, never particular articles.

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*';
/** Labels of related-article links: "Read more", "Also read", "Related stories", "See also". */
const LINK_LABEL_WORDS = '(?:read(?:\\s+(?:more|also|next))?|also\\s+read|related(?:\\s+(?:articles?|stories|news|content))?|see\\s+also|recommended(?:\\s+for\\s+you)?|more\\s+on\\s+this(?:\\s+story)?)';

/** Whole lines that are chrome wherever they stand. */
export const CHROME_LINES: readonly RegExp[] = [
  // Stray markup: a line of only punctuation or an HTML tag.
  /^[\s>|<*#=~_\-–—•·.]+$/,
  /^<\/?[a-z][^>]*>$/i,
  // Related-article links: "Read: …", "Read  …" (two spaces or a no-break space), "Related: …", "Full article: …".
  new RegExp(`^(?:${LINK_LABEL_WORDS}|full\\s+(?:article|story)|watch|listen)\\s*(?:[:|›»]|[\\u00a0]|\\s{2,}|[-–—]\\s)`, 'i'),
  // Sharing, following and comment widgets.
  /^continue\s+reading(?:\s+the\s+(?:main\s+)?(?:story|article))?\W*$/i,
  /^(?:advertisement|sponsored|share(?:\s+this(?:\s+article)?)?|follow\s+(?:us|\S+\s+on)|subscribe\b.*|sign\s+up\b.*|click\s+to\s+\w+(?:\s+\w+)?|leave\s+a\s+(?:reply|comment)|\d*\s*comments?|tags?\s*:.*|connect\s+with\s+us|print|email|whatsapp|facebook|twitter)$/i,
  // Date and source lines: "Published on October 13, 2014", "Sat, 4 Jun 2022 Source: example.com".
  new RegExp(`^(?:published|updated|posted|last\\s+updated|first\\s+published)\\b(?:[^.!?]|\\.(?=\\s*\\d)){0,60}\\d{4}\\b.*$`, 'i'),
  new RegExp(`^[/|•·\\s-]*(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}),?\\s+\\d{4}\\b[^.!?]{0,60}\\.?$`, 'i'),
  /^[^.!?]{0,60}\bsource\s*:\s*\S[^!?]{0,60}$/i,
  // A citation of the story's source with its date: 'Source: "Title," by Jane Roe, Example Weekly, March 2, 2003'.
  /^sources?\s*:[^!?]{0,300}\b(?:19|20)\d{2}\b[^!?]{0,60}$/i,
  /^\d{4}[./-]\d{1,2}[./-]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*\S*$/,
  // A date with a time, in any language's month names or in figures, between separators: "| JAN 14, 2018 | 9:01 PM",
  // "27. listopad 2023 20:25", "02/11/2003 - 19h50".
  new RegExp(`^[|•·\\s-]*(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4})[\\s|•·,-]*\\d{1,2}[:h.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?[\\s|•·]*$`, 'iu'),
  // … with a label before it or a source after it, the year left out: "Publish | 3 Mar 2021, 11:57",
  // "3 March 2021 [14:49] - EXAMPLE.AZ", "03 March, 16:47".
  new RegExp(`^(?:\\p{L}+\\s*[|:]\\s*)?(?:\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?(?:\\s+\\d{4})?|${MONTH}\\.?\\s+\\d{1,2},?(?:\\s+\\d{4})?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})[\\s|•·,-]*\\[?\\d{1,2}[:h.]\\d{2}\\]?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[-–—|]\\s*[\\p{L}.]{2,30})?\\s*$`, 'iu'),
  // A date after up to three words (a source, a place, a label) and before an optional time and source:
  // "EXA : Sunday, 3 March 2021", "Date: Mar 3, 2021", "Last Modified: 03 Mar 2021 13:36",
  // "Fortville 3 March 2021 -- Example Post", "ExampleNews    03-Mar-2021", "The Example Age - March 3, 2021",
  // "Jane Roe  •  3 Maret 2021 18:09 WIB", "Example Press • March 3, 2021 at 10:33 AM".
  new RegExp(
    `^(?:[\\p{L}][\\p{L}.'’-]*\\s*){0,3}(?:[:|,•·]|\\s[-–—]{1,2})?\\s*(?:${WEEKDAY},?\\s+)?` +
      `(?:\\d{1,2}[./ -]\\s?\\p{L}{3,12}\\.?[./ -]\\s?\\d{2,4}|\\d{1,2}\\s+\\p{L}{3,12},?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})` +
      `(?:[\\s,|-]*(?:at\\s+)?\\[?\\d{1,2}[:h.]\\d{2}\\]?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?(?:\\s*(?:--?|[–—|])\\s*[\\p{L}][\\p{L}.'’ ]{1,40}[([]?)?\\s*$`,
    'iu',
  ),
  // A source, a date in ISO form and a name: "Example News 2021-03-03 Jane Roe".
  /^(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:19|20)\d{2}-\d{2}-\d{2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u,
  // An archive's record header of labelled fields in capitals: "DATE: Tuesday, March 3, 2021   TAG: 2103030082".
  /^(?:\p{Lu}{2,}\s*:\s*\S+(?:\s\S+){0,5}\s*){2,}$/u,
  // A date in figures with its update stamp: "03.05.2021 - Update : 04.05.2021".
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s+\d{1,2}:\d{2})?\s*[-–|,]?\s*(?:last\s+)?(?:updated?|modified)\s*:?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s+\d{1,2}:\d{2})?$/i,
  // A dateline in capitals and its country, alone on its line: "FORTVILLE, Ruritania".
  /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2},\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}$/u,
  // A dateline alone on its line, the year left out: "Fortville, October 29".
  new RegExp(`^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2},\\s+${MONTH}\\.?\\s+\\d{1,2}\\.?$`, 'iu'),
  // A date in figures and a time, a few words or a view count after: "03-05-2021 09:15 AM Fortville Time", "03.05.2021, 09:15 1234".
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[\p{L}\d]+){0,3}$/u,
  // Fields between slashes that end in a clock time: "Example News, Fortville / 3 Mar.'21 / 14:18".
  /^[^/.!?]{1,40}(?:\s\/\s[^/!?]{1,20}){1,3}\s\/\s*\d{1,2}:\d{2}$/u,
  // A line that ends in a year and a clock time, whatever the label before it: "Publié le 3 mars 2021. 10:00 AM".
  /^[^.!?]{0,40}\b(?:19|20)\d{2}\.?,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*$/u,
  // A clock time alone or after a weekday, as live pages stamp their updates: "FRIDAY, 8.00AM", "9:15 pm".
  new RegExp(`^(?:${WEEKDAY},?\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?(?:\\s+[a-z]{2,4})?$`, 'i'),
  // A time, then the date: "6:46 pm 29 Sep, 2015".
  new RegExp(`^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?[\\s,|-]+(?:\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4})$`, 'i'),
  // A posting stamp with only a time: "Web posted at: 11:20 p.m. EST".
  /^(?:web\s+)?(?:posted|updated|published)\s+(?:at|on)?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?(?:\s*\([^)]{0,12}\))?$/i,
  // A mail or wire header's date, with seconds and a zone: "Date: Sat, 3 Mar 2021 00:11:17 EST".
  new RegExp(`^(?:date|sent)\\s*:\\s*(?:${WEEKDAY},?\\s+)?\\d{1,2}\\s+${MONTH}\\.?\\s+\\d{4}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[A-Z]{2,5}|[+-]\\d{4}))?$`, 'i'),
  // A time, a bar and a dateline: "11:18 | Fortville, Mar. 3.".
  /^\d{1,2}:\d{2}\s*[|•]\s*[^|]{0,40}$/,
  // A site's domain as a credit: "Example.info News".
  /^[\p{L}\d-]+\.(?:com|net|org|info|co|news|tv|az|am|rs|ro|ph|ng|in|pk|bd|ke|za|gh|my|sg|lk|np|eu|uk|us)(?:\.[a-z]{2})?(?:\s+\p{Lu}\p{L}*){0,2}$/u,
  // A newspaper's or agency's name alone: "The Example Herald", "The Example Press".
  /^(?:The\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:Herald|Times|Post|Tribune|Gazette|Journal|Star|Guardian|Telegraph|Chronicle|Observer|Mail|Express|Monitor|Standard|Mirror|Inquirer|Dispatch|Courier|Press)$/u,
  // Notes that the story is still being written: "More coming", "This is a developing story".
  /^(?:more\s+(?:to\s+)?(?:come|coming)|more\s+details\s+to\s+follow|updates?\s+to\s+follow|(?:this\s+is\s+a\s+)?(?:developing|breaking)\s+(?:story|news)(?:[,;]?\s+(?:check\s+back|and\s+will\s+be\s+updated)[^.!?]{0,40})?|story\s+developing|news\s+in\s+development)\W*$/i,
  // A breaking-news notice before the earlier story: "BREAKING NEWS UPDATE. Check back later … earlier report follows."
  /^(?:this\s+is\s+a\s+)?breaking\s+news(?:\s+update)?\.\s+check\s+back\b[^!?]{0,160}$/i,
  // A single capitalised word alone on a line: a dateline or a credit ("FORTVILLE", "Agencies").
  /^\p{Lu}[\p{L}'’-]{1,24}$/u,
  // Short fields between bars: "World |  EXA  | Published :".
  /^(?:[^|.!?]{1,30}\|){2,}[^|.!?]{0,30}$/,
  // Desk credits in brackets on a line of their own: "(Writing by Jane Roe; Editing by Sam Poe)".
  /^\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b[^()]*\)$/i,
  // Copyright lines: "© 2021 Example Media", "Copyright 2020 Example L.P.", "Example.com © 2001-2024".
  /^[[(]?\s*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|\p{Lu}{2,}\s+\d{4}))[^!?]{0,100}$/iu,
  /^[Cc]opyright\s+(?:by\s+)?\p{Lu}[^!?]{0,80}\b(?:19|20)\d{2}\.?$/u,
  /^[^!?]{1,40}\s©\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?[^!?]{0,60}$/,
  // A caption carrying a copyright credit of an agency and its photographer: "The pier at dawn. © EXAMPLE PRESS/Jane Roe".
  /^[^"“”]{0,600}©\s*(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}\p{Lu}[\p{L}.&'’-]*\s*\/\s*\p{Lu}[^"“”]{0,600}$/u,
  // Reproduction notices: "This information may not be reproduced without reference to Example News".
  /^[^!?]{0,40}\b(?:may|must|can)\s*not\s+be\s+(?:reproduced|republished|copied|redistributed|reprinted)\b[^!?]{0,100}$/i,
  // Agency input credits: "(With inputs from Example Agency)".
  /^\(?\s*with\s+(?:agency\s+)?inputs?\s+from\b[^.!?]{0,60}\)?$/i,
  // A publication's fields: "Publication: Example Monitor Volume: 4 Issue: 23".
  /^publication\s*:[^.!?]{1,60}(?:\b(?:volume|issue|vol|no)\.?\s*:?\s*\d+[^.!?]{0,20})*$/i,
  // A one-word label and a name, in any language: "Author: Example", "Izvor: EXAMPLE".
  /^\p{Lu}\p{Ll}{2,12}\s*:\s*\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}$/u,
  // Agency credits on a line of their own: "TOKYO (AP)", "-Example News Agency (ENA)", "Reuters |".
  /^[A-Z][A-Z .,'/-]{1,40}\s*\([A-Za-z]{2,8}\)\s*[-–—:]?$/,
  /^[-–—]{1,3}\s*[A-Z][^.!?]{1,80}$/,
  // An agency between slashes, as some wires close a story: "/Example News/".
  /^\/\s*\p{Lu}[\p{L}.&'’ -]{1,30}\s*\/$/u,
  // A wire desk's initials after the story: "abc/", "abc/xy".
  /^[a-z]{2,4}\/(?:[a-z]{2,4})?$/,
  /^(?:\S+\s*){1,4}\|$/,
  // An agency's initials alone on a line: "PTI", "AFP".
  /^[A-Z]{2,6}$/,
  // Agency codes alone in brackets, closing a wire story: "(AFP)", "(XN/AFP)".
  /^\(\s*[A-Z][A-Za-z]{0,9}(?:\s*[/,;]\s*[A-Z][A-Za-z]{0,9})*\s*\)$/,
  // Wire end-of-story marks and the desk codes that follow them: "-0- ABC XY/ZZ 17Nov2013", "-30-", "###".
  /^(?:-0-|-30-|#{3,}|ends?\b\W*$)/i,
  // A translation credit after the source: "Example Agency – Translated from Ruritanian by Jane Roe".
  /^[^.!?]{0,60}\btranslated\s+(?:from\s+\p{L}+\s+)?by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/iu,
  // Desk credits on a line of their own: "Editor: Jane Roe", "Editing by Sam Poe", "Harbour Times Newsroom".
  /^(?:editor|editors|edited\s+by|editing\s+by|writing\s+by|written\s+by|reporting\s+by|reported\s+by|filed\s+by|compiled\s+by|translated\s+by|sub-?editor)\b\s*:?\s*[A-Z][^.!?]{0,80}$/i,
  // A byline naming no one: "By unknown", "By Staff".
  /^by\s*:?\s*(?:unknown|staff|admin|anonymous|web\s+desk|news\s+desk)$/i,
  /^[A-Z][\w&.'’ -]{0,40}[\s/](?:newsroom|news\s+desk|web\s+desk|desk|bureau)$/i,
  /^(?:agencies|agency\s+reports?|wires|staff\s+reporter|our\s+correspondent|special\s+correspondent)$/i,
  // A social-media handle closing a short line: a byline ("Jane Roe @janeroe") or a link ("Read more @ExampleNews").
  /^(?:[\p{L}.'’-]+\s+){0,3}@\w{2,30}$/u,
  // An author box: a contact address ("Head of News | desk@example.com").
  /^[^.!?]{0,60}\b[\w.+-]+@[\w-]+\.[\w.]+\b[^!?]{0,20}$/,
  // A credit or byline naming only capitalised words: "By Example News Agency", "Agency/Jane Roe", "Jane Roe, Example News".
  /^By\s+(?:\p{Lu}[\p{L}'’.&-]*\s*){1,6}(?:\s*\b(?:in|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?$/u,
  /^\p{Lu}[\p{L}.]+\/\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u,
  /^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}&.-]*\s+){0,3}(?:News|Online|Media|Times|Post|Agency|Network|TV|Radio|Bureau)$/u,
  // Photo captions and credits, and a caption that ends in its credit: "Jo Bloggs in Fortville. Photo: Example/Jane Roe".
  /^(?:photo|image|picture|file\s+photo|credit)s?\s*(?:[:(]|by\b).{0,120}$/i,
  // A caption under a lower-case label left from the page's markup: "photo The mayor at the pier."
  /^(?:photo|image|picture)s?\s+\p{Lu}[^"“”]{0,400}$/u,
  // A caption closing on its photographer and agency: "… at the pier on Monday. Jane M. Roe/HNA".
  /^[^"“”]{0,400}[.!?]\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\/\p{Lu}[\p{L}.&-]{0,20}$/u,
  /^[^!?]{0,300}[.!?]\s*(?:[-–—]+\s*)?(?:\p{L}+\s+)?(?:photo|picture|image|credit)s?(?:\s+courtesy)?\s*(?:[:|]|by\b)\s*(?:[^.!?]|\.(?=\S)){1,80}\.?$/iu,
  // … or after a spaced dash, the credit only a name: "Harbour Minister Jo Bloggs – Photo by Jane Roe".
  /^[^!?"“”]{0,300}\s[-–—]+\s*(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s*(?:by\b|:)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u,
  /^[^!?]{0,300}[.!?]\s*\((?:source|photo|picture|image|credit)s?\s*:\s*[^()]{1,40}\)$/i,
  /^[^!?]{0,300}\s\((?:photo|picture|image)s?(?:\s+credit)?\s*:\s*[^()]{1,40}\)$/i,
  // A bracketed caption line ending in its credit: "(Photos of Jo Bloggs and Ana Kos: Example Service)".
  /^\((?:photo|picture|image)s?\b[^()]{0,200}:\s*[^():]{1,60}\)$/i,
  // A credit alone, in brackets or not: "(Photo courtesy of the Harbour Office)", "Picture from Example Agency".
  /^\(?(?:photo|picture|image)s?\s+(?:courtesy(?:\s+of)?|from)\s+[^()]{1,80}\)?$/i,
  // A photo credit with the agency before the slash: "Example Photo/Jane Roe", "(Example Pool Photo/Jane Roe)".
  /^\(?(?:\p{Lu}[\p{L}.&-]*\s+){1,3}(?:pool\s+)?(?:photo|foto|picture|image)s?\s*\/\s*\p{Lu}[^.!?()]{0,60}\)?$/iu,
  // An agency's picture credit alone: "HNA file photo", "Harbour Agency handout photo", "File Photo".
  /^(?:\p{Lu}[\p{L}.&-]*\s+){0,3}(?:[Ff]ile|[Hh]andout|[Pp]ool|[Aa]rchive)\s+(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?$/u,
  // A caption placing the people in the picture, with no quotation in it: "Jo Bloggs (left) and Ana Kos talk …",
  // "Left to right: …", "From left, …".
  /^[^"“”]{0,400}\((?:(?:\d(?:st|nd|rd|th)\s+)?(?:from\s+)?(?:left|right|centre|center|front|back|L|R|C))\)[^"“”]{0,400}$/,
  /^(?:from\s+)?(?:left\s+to\s+right|right\s+to\s+left|left|right)\s*[:;,]\s*[^"“”]{0,1200}$/i,
  // … or after a name: "Jo Bloggs, at left. Ana Kos, at right.", "Jo Bloggs, left, with Ana Kos".
  /^[^"“”]{0,400}\p{L},\s+(?:at\s+|on\s+the\s+)?(?:left|right)[.,][^"“”]{0,400}$/u,
  // A caption saying what a picture shows: "A screengrab taken from footage … shows …", "This handout photo shows …".
  /^(?:a|an|this|the)\s+(?:\w+\s+){0,2}(?:photo(?:graph)?|picture|image|screengrab|screen\s*grab|screenshot|video\s+grab|still)\b[^"“”]{0,300}\bshows?\b[^"“”]{0,300}$/i,
  // A short line ending in a bare web address: "Example Daily Online --- http://example.com/".
  /^[^.!?]{0,60}?(?:[-–—|:]+\s*)?https?:\/\/\S+$/i,
  // A caption ending in its credit in brackets: "… in Fortville [Jane Roe/Example Agency]", "… (Example Photo)".
  /^[^"“”]{0,400}\[[^[\]]{1,60}\/[^[\]]{1,60}\]$/u,
  /^[^"“”]{0,400}\((?:\p{Lu}[\p{L}.&-]*\s+){0,3}(?:pool\s+|file\s+)?(?:photo|picture|image)s?(?:\s*\/[^()]{1,60})?\)$/iu,
  // An agency and a photographer between a spaced slash: "EXAMPLE / Jane Roe".
  /^\p{Lu}[\p{L}.&-]+(?:\s+\p{Lu}[\p{L}.&-]+){0,2}\s+\/\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u,
  // Links to the story elsewhere: "Read it at Example Post", "Full text of the article is available on …".
  /^read\s+(?:it|more|the\s+(?:full\s+)?(?:story|article|report))\s+(?:at|on|in)\s+(?:the\s+)?\p{Lu}[^.!?]{0,60}$/iu,
  /^(?:the\s+)?full\s+text\s+(?:of\s+the\s+(?:article|story|report|statement)\s+)?(?:is\s+)?available\b[^!?]{0,200}$/i,
  // A stub pointing elsewhere for the rest: "For the full story, please visit", "To read the full article".
  /^(?:for\s+(?:the\s+)?(?:full|complete)\s+(?:story|article|report)|to\s+read\s+(?:the\s+)?(?:full|complete|whole)\s+(?:story|article|report))\b[^.!?]{0,60}$/i,
  // Staff credits: "Example Times Fortville Staff", "Example Post Staff Writer".
  /^(?:\p{Lu}[\p{L}.'’&-]*\s+){1,5}Staff(?:\s+(?:Writer|Reporter)s?)?$/u,
  // A wire credit after "From": "From Reuters", "From wire reports", "From staff and wire reports".
  /^[Ff]rom\s+(?:\p{Lu}[\p{L}.&'’-]*|(?:staff\s+and\s+)?wire\s+(?:reports|services))$/u,
  // A posting note anywhere in a short line: "Wire story by Example posted on March 2, 2021 at 08:40".
  // Only a full date, a time and a zone may follow, so that a sentence about a posting stays.
  new RegExp(
    `^[^.!?]{0,60}\\bposted\\s+(?:on\\s+)?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4})` +
      `(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?:?(?:\\s*[ap]\\.?m\\.?)?)?(?:\\s+[a-z]{2,4}|\\s*\\([^)]{0,12}\\))*\\s*$`,
    'i',
  ),
  // Notes on an archived copy: "This is an archive article published on March 2, 2001", "This story was first published in …".
  /^this\s+(?:is\s+an?\s+(?:archived?|old)\s+(?:article|story|report|copy|version)|(?:article|story|report)\s+(?:was\s+)?(?:first|originally)\s+(?:published|appeared))\b[^!?]{0,80}$/i,
  // Links to where the text was copied from: "See the original post here:", "Read the original article".
  /^(?:see|read|view|visit)\s+(?:the\s+)?original\s+(?:post|article|story|report|version)\b[^.!?]{0,40}$/i,
];

/**
 * Bylines under the headline; the name part is kept as the article's byline: "By World Israel
 * News Staff", "From Jane Roe" (a name only after "From"), and a name alone in capitals ("JANE ROE").
 */
export const BYLINES: readonly RegExp[] = [
  // The name opens with a capital: "By way of background, the agency says:" is a sentence, not a byline.
  // An initial's stop may stand in the name ("By Jane Q. Roe").
  /^(?:[Bb]y|[Ww]ritten\s+[Bb]y|[Ww]ords\s+[Bb]y|BY|WRITTEN\s+BY)\s+(\p{Lu}(?:[^.!?]|(?<=\b\p{Lu})\.){1,120})(?<!:)$/u,
  /^[Ff]rom\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)$/u,
  // A name alone with the comma a dropped credit left after it: "Jane Roe ,"; a dateline in capitals
  // ("FORTVILLE,") opens the story and stays.
  /^((?:\p{Lu}\p{Ll}[\p{L}'’.-]*\s+){1,3}\p{Lu}\p{Ll}[\p{L}'’-]*)\s*,$/u,
  /^(\p{Lu}{2,}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3})$/u,
];

/**
 * What a byline may carry after the name: fields after a bar ("HNA | Updated: …"), the date and what
 * follows it ("Jane Roe on Nov 27, 2008 with no responses"), or the place it was filed from ("… in Fortville").
 */
export const BYLINE_TAIL: readonly RegExp[] = [
  /\s*[|•·]\s.*$/u,
  new RegExp(`\\s+(?:on\\s+|[,–—-]\\s*)?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\.?\\s+\\d|\\d{1,2}\\s+${MONTH}\\b|\\d{1,2}[./-]\\d).*$`, 'i'),
  /\s+(?:in|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u,
];

/** An author's bio, chrome when it closes the article: "Jane Doe is a reporter for …". */
export const AUTHOR_BIO =
  /\b(?:is|are|was)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,4}(?:reporter|journalist|correspondent|writer|editor|columnist|contributor|freelancer|team\s+of\s+(?:journalists|reporters|writers))\b/i;

/** A link list's label alone on its line ("Read more:"): the line after it is a linked headline. */
export const LINK_LABEL = new RegExp(`^${LINK_LABEL_WORDS}\\s*:?$`, 'i');

/** A linked headline: no sentence's stop at its end, and short. */
export const LINKED_HEADLINE = /^[^\n]{1,160}[^.!"”'’\s]$/u;
export const LINKED_HEADLINE_MAX_WORDS = 20;

/** A name alone on a line: an author box's name when chrome follows it ("Jane Roe" above "Editor | desk@example.com"). */
export const NAME_LINE = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;

/** Bios close an article; only the last few paragraphs are checked for one. */
export const AUTHOR_BIO_TAIL_PARAGRAPHS = 2;
export const AUTHOR_BIO_MAX_WORDS = 40;
