// A deterministic corpus of realistic diplomacy and business news for `npm run bench` and the parallel-ingest test.
// Every article exercises every extractor: titled people with countries, organizations, absolute and relative
// dates, direct and reported quotes, and agreements in each status. Same seed, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = ['Anna', 'Sergei', 'Maria', 'Kassym', 'Olena', 'Ahmed', 'Li', 'James', 'Fatima', 'Ilham', 'Nikol', 'Giorgi',
  'Emmanuel', 'Ursula', 'Recep', 'Narendra', 'Yoon', 'Luiz', 'Cyril', 'Pedro', 'Mette', 'Petteri', 'Kaja', 'Ayaan', 'Tamara',
  'Dmitry', 'Mohammed', 'Jean-Pierre', 'Sadyr', 'Shavkat', 'Hakan', 'Annalena', 'Antony', 'Wang', 'Ngozi', 'Rafael'];
const LAST = ['Petrova', 'Ivanov', 'Kowalski', 'Haddad', 'Chen', 'Morrison', 'Aliyev', 'Kobakhidze', 'Mirziyoyev', 'Okonjo',
  'Lindqvist', 'Fernandes', 'Tanaka', 'Kuznetsova', 'Baerbock', 'Orban', 'Sanchez', 'Frederiksen', 'Kallas', 'Ramaphosa',
  'Modi', 'Fidan', 'Sikorski', 'Grossi', 'Albanese', 'Zelensky', 'Tokayev', 'Japarov', 'Mitsotakis', 'Duda', 'Nurmagambetov'];
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Economy Minister', 'Energy Minister',
  'Trade Minister', 'central bank governor', 'presidential spokesperson', 'Deputy Prime Minister'];
const COUNTRIES: [string, string, string][] = [
  ['Armenia', 'Armenian', 'Yerevan'], ['Azerbaijan', 'Azerbaijani', 'Baku'], ['Kazakhstan', 'Kazakh', 'Astana'],
  ['Georgia', 'Georgian', 'Tbilisi'], ['Russia', 'Russian', 'Moscow'], ['Turkey', 'Turkish', 'Ankara'],
  ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'], ['China', 'Chinese', 'Beijing'], ['India', 'Indian', 'New Delhi'],
  ['Japan', 'Japanese', 'Tokyo'], ['Brazil', 'Brazilian', 'Brasilia'], ['Poland', 'Polish', 'Warsaw'], ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['Uzbekistan', 'Uzbek', 'Tashkent'], ['Kyrgyzstan', 'Kyrgyz', 'Bishkek'], ['Iran', 'Iranian', 'Tehran'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Nigeria', 'Nigerian', 'Abuja'], ['South Korea', 'South Korean', 'Seoul'], ['Canada', 'Canadian', 'Ottawa'], ['Spain', 'Spanish', 'Madrid']];
const ORGS = ['the European Union', 'NATO', 'the United Nations', 'the Eurasian Economic Union', 'OPEC', 'the World Bank',
  'the International Monetary Fund', 'Gazprom', 'Rosatom', 'the Asian Development Bank', 'the African Union', 'Reuters',
  'the International Atomic Energy Agency', 'the World Trade Organization', 'Siemens Energy', 'the Shanghai Cooperation Organisation'];
const TOPICS = ['energy', 'transport', 'tourism', 'grain exports', 'nuclear power', 'border security', 'digital trade',
  'water management', 'education', 'customs procedures', 'renewable energy', 'railway links', 'visa-free travel', 'fertiliser supplies'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const OUTLETS = ['AFP', 'Reuters', 'AP', 'Interfax', 'Anadolu'];
const QUOTES = [
  'We are ready to move forward, but not at any price',
  'This agreement opens a new chapter in our relations',
  'Nobody should doubt our commitment to a peaceful settlement',
  'The talks were difficult, yet constructive and honest',
  'Our economies are deeply connected, and that will not change',
  'We expect concrete results before the end of the year',
  'There is no alternative to dialogue',
  'The door remains open for anyone who respects international law',
];

/** mulberry32: a small, fast, seeded generator, so the corpus is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  name: string;
  format: 'text' | 'markdown' | 'json' | 'html';
  content: string;
}

export function* generateArticles(count: number, seed = 42): Generator<GeneratedArticle> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  for (let i = 0; i < count; i++) {
    const year = int(2019, 2026);
    const month = int(0, 11);
    const day = int(1, 28);
    const published = `${MONTHS[month]} ${day}, ${year}`;
    const [c1, d1, cap1] = pick(COUNTRIES);
    let [c2, d2, cap2] = pick(COUNTRIES);
    if (c2 === c1) [c2, d2, cap2] = COUNTRIES[(COUNTRIES.findIndex((c) => c[0] === c1) + 1) % COUNTRIES.length]!;
    const p1 = { first: pick(FIRST), last: pick(LAST), role: pick(ROLES) };
    const p2 = { first: pick(FIRST), last: pick(LAST), role: pick(ROLES) };
    if (p2.last === p1.last) p2.last = LAST[(LAST.indexOf(p1.last) + 1) % LAST.length]!;
    const org = pick(ORGS);
    const topic = pick(TOPICS);
    const topic2 = pick(TOPICS);
    const weekday = pick(WEEKDAYS);
    const n = int(2, 20);
    const past = `${MONTHS[int(0, 11)]} ${int(1, 28)}`;
    const paragraphs = [
      `${d1} ${p1.role} ${p1.first} ${p1.last} will travel to ${c2} on ${weekday} for a ${int(2, 4)}-day visit, during which ${n} documents on ${topic} and ${topic2} are expected to be signed, ${org} said.`,
      `“${pick(QUOTES)}. ${pick(QUOTES)},” ${p1.last} told reporters in ${cap1} before the trip.`,
      `${p1.last} said the two countries had agreed last month to expand cooperation on ${topic}, and that officials would meet again in ${MONTHS[(month + 2) % 12]}.`,
      `${d2} ${p2.role} ${p2.first} ${p2.last} welcomed the visit, adding that ${c2} was “ready to deepen” its ties with ${c1}.`,
      `On ${past}, ${c1} and ${c2} signed a memorandum of understanding on ${topic2} in ${cap2}, after ${int(2, 9)} years of negotiations.`,
      `“${pick(QUOTES)},” said ${p2.last}, speaking at a joint news conference on ${weekday}.`,
      `${org} proposed a framework agreement on ${topic} in ${year - int(1, 6)}, but ${c2} rejected the proposal at the time.`,
      `Trade between the two countries rose ${int(3, 40)} percent last year to $${int(1, 30)}.${int(1, 9)} billion, according to official figures released earlier this month.`,
      `Analysts said the talks, the first in-person meeting between the two leaders since ${MONTHS[int(0, 11)]} ${year - 1}, could reshape the region's ${topic} market over the next decade.`,
      `${p1.last} is also scheduled to meet representatives of ${pick(ORGS)} on ${pick(WEEKDAYS)} afternoon and will return to ${cap1} at the end of the week.`,
    ];
    const body = paragraphs.slice(0, int(7, 10)).join('\n\n');
    const title = `${c1} and ${c2} to sign ${topic} deals during ${p1.last} visit`;
    const byline = pick(OUTLETS);
    const name = `article-${String(i).padStart(6, '0')}`;
    const kind = r();
    const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (kind < 0.75) yield { name: `${name}.txt`, format: 'text', content: `${title}\nBy ${byline}\n${published}\n\n${body}\n` };
    else if (kind < 0.85) yield { name: `${name}.md`, format: 'markdown', content: `# ${title}\n\nBy ${byline}\n\n${published}\n\n${body}\n` };
    else if (kind < 0.92) yield { name: `${name}.json`, format: 'json', content: JSON.stringify({ title, author: byline, published: iso, text: body }) };
    else yield { name: `${name}.html`, format: 'html', content: html(title, byline, iso, body) };
  }
}

function html(title: string, byline: string, iso: string, body: string): string {
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = body.split('\n\n').map((p) => `      <p>${esc(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(title)} | World News</title>
  <meta property="og:title" content="${esc(title)}">
  <meta name="author" content="${esc(byline)}">
  <meta property="article:published_time" content="${iso}T09:30:00Z">
  <script>window.analytics = { track: function () {} };</script>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
  <main>
    <article>
      <h1>${esc(title)}</h1>
      <p class="byline">By ${esc(byline)}</p>
${paragraphs}
    </article>
  </main>
  <footer><p>© World News. All rights reserved. Subscribe to our newsletter.</p></footer>
</body>
</html>
`;
}

/** Writes `count` articles into `dir`, 1,000 to a sub-folder. Returns the total bytes written. */
export function writeCorpus(dir: string, count: number, seed = 42): number {
  let bytes = 0;
  let i = 0;
  for (const a of generateArticles(count, seed)) {
    const sub = join(dir, String(Math.floor(i++ / 1000)).padStart(4, '0'));
    if (i % 1000 === 1) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, a.name), a.content);
    bytes += Buffer.byteLength(a.content);
  }
  return bytes;
}
