// fast-check generators for news-like text: fragments real articles are made of (titles, names, speech verbs,
// curly quotes, months, weekdays, numbers), glued with random punctuation, unicode and whitespace, so generated
// inputs reach deep into the extractors' rules instead of stopping at the first regex.
import fc from 'fast-check';

const FRAGMENTS = [
  // people, titles, institutions, places
  'President', 'Prime Minister', 'Foreign Minister', 'Vladimir Putin', 'Nikol Pashinyan', 'Emmanuel Macron',
  'Kassym-Jomart Tokayev', 'Mr.', 'Ms.', 'Dr.', 'spokesman', 'spokeswoman', 'the Kremlin', 'the White House',
  'European Union', 'United Nations', 'NATO', 'Armenia', 'Azerbaijan', 'Russia', 'Washington', 'Moscow', 'Kazakh',
  'Armenian', 'the ministry', 'officials', 'he', 'she', 'they', 'The', 'A', 'Its', 'His',
  // speech and agreement language
  'said', 'says', 'told reporters', 'according to', 'added', 'announced', 'warned', 'insisted', 'denied',
  'said in a statement', 'signed', 'agreed', 'an agreement', 'a memorandum of understanding', 'treaty', 'deal',
  'will sign', 'rejected', 'proposed', 'talks', 'ceasefire', 'on', 'with', 'and', 'between', 'to', 'of', 'in',
  // dates and numbers
  'May', 'June', 'March', 'Dec.', 'Sept.', 'Monday', 'Tuesday', 'Sunday', 'yesterday', 'today', 'tomorrow',
  'last week', 'next month', 'this year', 'ago', 'two days', 'three years', 'the 1990s', 'the 19th century',
  'the first quarter', 'the fall of', 'spring', 'winter', 'early', 'late', 'mid-', 'since', 'until', 'by',
  '2026', '2025', '1991', '26', '31', '29', '30', '0', '9999', '00', '12:30', '3 p.m.', 'a.m.', '2026-05-26',
  '05/26/2026', '31/02/2026', 'Feb. 29', 'Q3', 'H1', 'FY2025', '1st', '22nd', '100', '1,000', '3.5%',
  'in 100 years', '10,000 years ago', 'in 5,000 days', 'next century', 'the 2000s', 'the 90s', 'the 21st century',
  'the 99th century', 'weeks', 'months', 'decades', 'every Monday', 'each year', 'at 10 a.m.', 'noon', 'tonight',
  'the following week', 'the day before', 'earlier this month', 'end of', 'mid-2027', 'week 53', '0000', '9999-12-31',
  // quotation and punctuation
  '“', '”', '‘', '’', '"', "'", '«', '»', '„', '—', '–', '-', ',', '.', ':', ';', '?', '!', '(', ')', '[', ']',
  '...', '…', '\n', '\n\n', ' ', '  ', '\t',
  // text that trips naive code
  '\u200b', '\u200f', '\u202e', '\ufeff', '\u0000', '😀', '👩‍👩‍👧', 'é', 'Ü', 'İ', 'ß', 'ﬁ', '\ud83d', 'Ω',
  'Photo:', 'Reuters', '(AP) —', 'WASHINGTON —', 'http://example.com/a?b=c', 'e-mail@example.com',
];

/** One fragment, or a short random string (unicode included) for the gaps fragments do not cover. */
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** News-like text: fragments joined by spaces most of the time, sometimes glued together. */
export const newsText = fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\n', ', ')), { maxLength: 80 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** Any string at all, or news-like text: the property must hold for both. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: newsText },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'grapheme' }) },
);

/** A publication date: null, or a real day, mostly between 1900 and 2100, sometimes anywhere in years 1 to 9999. */
export const published = fc.option(
  fc.oneof(
    { weight: 9, arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }) },
    // The ends of what YYYY-MM-DD can write: "next year" in an article dated 9999 has no ISO value.
    { weight: 1, arbitrary: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }) },
  ).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

/** Byte buffers: random bytes, or news text in UTF-8 / UTF-16 with and without a BOM, or truncated mid-character. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  newsText.map((t) => new Uint8Array(Buffer.from(t, 'utf8'))),
  newsText.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]))),
  newsText.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]))),
  fc.tuple(newsText, fc.nat()).map(([t, cut]) => {
    const b = Buffer.from(t, 'utf8');
    return new Uint8Array(b.subarray(0, b.length === 0 ? 0 : cut % b.length));
  }),
);

/** News text wrapped in the markup of each input format the readers accept, with the file name that selects it. */
export const anyDocument = fc.tuple(newsText, newsText, fc.constantFrom('txt', 'md', 'html', 'json', 'jsonl'))
  .map(([title, body, ext]): [string, string] => {
    switch (ext) {
      case 'md': return [`a.${ext}`, `---\ntitle: ${title}\n---\n# ${title}\n\n${body}`];
      case 'html': return [`a.${ext}`, `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`];
      case 'json': return [`a.${ext}`, JSON.stringify({ title, text: body, published: '2026-05-26' })];
      case 'jsonl': return [`a.${ext}`, `${JSON.stringify({ title, text: body })}\n${JSON.stringify({ text: title })}\n`];
      default: return [`a.${ext}`, `${title}\n\n${body}`];
    }
  });

/** How many runs each property gets: more when STRINGER_FUZZ_RUNS is set (e.g. for a long run by hand). */
export const RUNS = Number(process.env.STRINGER_FUZZ_RUNS ?? 300);
/** A test time-out that grows with the number of runs. */
export const TIMEOUT = 30_000 + RUNS * 5;
