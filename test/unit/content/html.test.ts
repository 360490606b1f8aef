import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/content/html.ts';
import { buildArticle } from '../../../src/content/load.ts';
import { readArticleFile } from '../../../src/content/read.ts';
import type { Article } from '../../../src/content/types.ts';
import { FIXTURE_ARTICLES, REAL_PAGES } from '../support.ts';

async function cleanedPage(file: string): Promise<Article> {
  return buildArticle(await readArticleFile(file));
}

/** The page with every date its metadata or markup gives removed (and its URL, which may hold one). */
function withoutDates(page: string): string {
  return page
    .replace(/<meta[^>]*published_time[^>]*>/g, '')
    .replace(/<time[^>]*>.*?<\/time>/gs, '')
    .replace(/<link rel="canonical"[^>]*>/, '');
}

function bodyText(article: Article): string {
  return article.paragraphs.map((p) => p.text).join('\n');
}

describe('a saved Guardian page', () => {
  let page: Article;
  beforeAll(async () => {
    page = await cleanedPage(REAL_PAGES.guardian);
  });

  it('gives the headline without the site name, the byline and the published date', () => {
    expect(page.title).toBe(
      "'What is the sea telling us?': Māori tribes fearful over whale strandings",
    );
    expect(page.author).toBe('Eleanor Ainge Roy');
    expect(page.published).toBe('2019-01-03');
    expect(page.url).toMatch(/^https:\/\/www\.theguardian\.com\/environment\/2019\/jan\/03\//);
  });

  it('starts with the article’s first paragraph', () => {
    expect(page.paragraphs[0]?.text).toMatch(
      /^Whale whisperer Hori Parata was just seven years old when he attended his first mass stranding/,
    );
    expect(page.paragraphs.length).toBeGreaterThanOrEqual(25);
  });

  it('removes the image captions, which repeat the photos’ descriptions', () => {
    const captions = page.removed.filter((r) => r.rule === 'caption').map((r) => r.text);
    expect(captions).toContainEqual(
      expect.stringMatching(/^Hori Parata at his Pātaua farm, the place where he was born/),
    );
    expect(captions.length).toBeGreaterThanOrEqual(5);
    expect(bodyText(page)).not.toContain('Hori Parata at his Pātaua farm');
  });

  it('removes the sub-headings “We need to listen” and “Unprecedented strandings” as headings', () => {
    expect(page.removed).toContainEqual(
      expect.objectContaining({ rule: 'heading', text: '‘We need to listen’' }),
    );
    expect(page.removed).toContainEqual(
      expect.objectContaining({ rule: 'heading', text: '‘Unprecedented’ strandings' }),
    );
    expect(page.paragraphs.map((p) => p.text)).not.toContain('‘Unprecedented’ strandings');
  });
});

describe('a saved Seattle Times page', () => {
  let page: Article;
  beforeAll(async () => {
    page = await cleanedPage(REAL_PAGES.seattletimes);
  });

  it('gives the headline and the published date, and no author where the byline is a date line', () => {
    expect(page.title).toMatch(
      /^Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy/,
    );
    expect(page.published).toBe('2019-04-28');
    expect(page.author).toBeNull();
  });

  it('extracts the story’s paragraphs', () => {
    expect(page.paragraphs[0]?.text).toMatch(/^From the deck of his 106-year-old halibut schooner/);
    expect(page.paragraphs.length).toBeGreaterThanOrEqual(40);
  });
});

describe('a saved New York Times page', () => {
  let page: Article;
  beforeAll(async () => {
    page = await cleanedPage(REAL_PAGES.nytimesSudan);
  });

  it('gives headline, byline and the date in its link (2017/01/13)', () => {
    expect(page.title).toBe('United States to Lift Sudan Sanctions');
    expect(page.author).toBe('Jeffrey Gettleman');
    expect(page.published).toBe('2017-01-13');
  });

  it('removes "Continue reading the main story" and keeps the story', () => {
    expect(page.removed).toContainEqual(
      expect.objectContaining({ text: 'Continue reading the main story' }),
    );
    expect(bodyText(page)).not.toContain('Continue reading');
    expect(page.paragraphs[0]?.text).toMatch(
      /^LONDON — After nearly 20 years of hostile relations/,
    );
  });
});

describe('a small saved page', () => {
  const html = readFileSync(join(FIXTURE_ARTICLES, 'ferry-strike.html'), 'utf8');

  it('reads title (without " | site"), byline, published time and canonical link', () => {
    expect(readHtmlArticle(html)?.meta).toEqual({
      title: 'Ferry strike ends after three weeks',
      author: 'Jane Doe',
      published: '2024-06-21',
      url: 'https://courier.example/news/2024/06/21/ferry-strike-ends',
    });
  });

  it('keeps the paragraphs and drops navigation, the figure caption, the aside and the footer', () => {
    const blocks = readHtmlArticle(html)?.blocks ?? [];
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatch(/^The ferry service between the two islands resumed/);
    const text = blocks.join('\n');
    for (const furniture of ['Home', 'Photograph', 'newsletter', 'All rights reserved']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('keeps a story set in two containers whole: paragraphs of the story’s class before the one Readability picks', () => {
    const paragraph = (text: string) => `<p class="story-text__paragraph">${text}</p>`;
    const opening = [
      'Tim Kaine is not the only opponent Mike Pence faces in Tuesday night’s debate between the two running mates.',
      'That is one reason Democratic members of the panel are more optimistic about their candidate’s chances.',
    ];
    const rest = Array.from(
      { length: 8 },
      (_, i) =>
        `Paragraph ${i + 1} of the survey story says what the insiders of one more swing state expect from the debate, and why they expect it.`,
    );
    const page = readHtmlArticle(
      `<html><head><title>Insiders</title></head><body><main><div class="row"><div class="column"><div class="share"><div class="story-text">${opening.map(paragraph).join('')}</div></div></div></div><div class="ad">Advertisement</div><section class="row"><div class="container"><div class="column"><div class="row"><div class="column"><div class="story-text">${rest.map(paragraph).join('')}</div></div></div></div></div></section></main><footer><p class="legal">All rights reserved.</p></footer></body></html>`,
    );
    expect(page?.blocks).toEqual([...opening, ...rest]);
    // A paragraph of the story with a class more ("has-dropcap story-text__paragraph") is as much of it.
    const dropcap = readHtmlArticle(
      `<html><head><title>Insiders</title></head><body><main><div class="row"><div class="column"><div class="share"><div class="story-text"><p class="has-dropcap story-text__paragraph">${opening[0]}</p>${paragraph(opening[1] as string)}</div></div></div></div><div class="ad">Advertisement</div><section class="row"><div class="container"><div class="column"><div class="row"><div class="column"><div class="story-text">${rest.map(paragraph).join('')}</div></div></div></div></div></section></main><footer><p class="legal">All rights reserved.</p></footer></body></html>`,
    );
    expect(dropcap?.blocks).toEqual([...opening, ...rest]);
  });

  it('keeps the words of a list item that holds a list of its own, and that list', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) =>
        `<li>Item ${i + 1} of the release notes says what the team fixed in the browser this week.</li>`,
    );
    const page = readHtmlArticle(
      `<html><head><title>Release notes</title></head><body><article><h1>Release notes</h1><ul><li>We’ve just landed <a href="https://bugs.example/1553982">Bug 1553982</a>, which aims to prevent starting an update while another instance is running.<ul><li>Users who run several profiles will see this less.</li></ul></li><li>Fission<ul>${items.join('')}</ul></li></ul></article></body></html>`,
    );
    expect(page?.blocks[0]).toBe(
      'We’ve just landed Bug 1553982, which aims to prevent starting an update while another instance is running.',
    );
    expect(page?.blocks[1]).toBe('Users who run several profiles will see this less.');
    // A label over a list ("Fission") is no sentence of its own.
    expect(page?.blocks).not.toContain('Fission');
    expect(page?.blocks).toHaveLength(8);
  });

  it('tells a note set inside a paragraph after it, not run into its sentence', () => {
    const others = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Answer ${i + 1} of the interview says what the producer learned from one more of his shows.</p>`,
    );
    const page = readHtmlArticle(
      `<html><head><title>Interview</title></head><body><article><h1>Interview</h1><p>A lot of filmmakers cite the mid-’80s period of <span class="footnoteLink">DC Comics<span class="footnote"><img src="dc.jpg">In the mid-1980s, DC published some famously risky stories.</span></span> as an influence. I read it too.</p>${others.join('')}</article></body></html>`,
    );
    expect(page?.blocks.slice(0, 2)).toEqual([
      'A lot of filmmakers cite the mid-’80s period of DC Comics as an influence. I read it too.',
      'In the mid-1980s, DC published some famously risky stories.',
    ]);
    expect(page?.blocks).toHaveLength(6);
  });

  it('takes the byline\'s name, not a "Follow @name" prompt beside it, for the author', () => {
    const page = readHtmlArticle(
      html.replace(
        '<p class="byline">By Jane Doe</p>',
        '<p class="byline">By Jane Doe</p><span class="tweet-authors"><a href="https://social.example/@JaneDoe" class="twitter-follow-button">Follow @JaneDoe</a></span>',
      ),
    );
    expect(page?.meta.author).toBe('Jane Doe');
  });

  it('takes the published day from a date shown as text when the page has no date metadata', () => {
    const page = readHtmlArticle(
      withoutDates(html).replace(
        '<p class="byline">',
        '<span class="date">4 March 2025</span><p class="byline">',
      ),
    );
    expect(page?.meta.published).toBe('2025-03-04');
  });

  it('takes the published day from the author line or a "time" element when the page has no date metadata', () => {
    const bare = withoutDates(html);
    const author = readHtmlArticle(
      bare.replace(
        '<p class="byline">',
        '<div class="author">Written by <a href="/me">Jo Roe</a> in Valve on 1 June 2019 at 08:34 PM EDT. <a href="/forum">51 Comments</a></div><p class="byline">',
      ),
    );
    expect(author?.meta.published).toBe('2019-06-01');
    const time = readHtmlArticle(
      bare.replace('<p class="byline">', '<span class="time">9/21/2016</span><p class="byline">'),
    );
    expect(time?.meta.published).toBe('2016-09-21');
  });

  it('reads a published time written in a meta tag’s value, in words ("Mon Aug 03 12:45:00 EDT 2015")', () => {
    const bare = withoutDates(html);
    const page = readHtmlArticle(
      bare.replace(
        '</head>',
        '<meta value="Mon Aug 03 12:45:00 EDT 2015" name="article:published_time"></head>',
      ),
    );
    expect(page?.meta.published).toBe('2015-08-03');
  });

  it('takes the day a page shows ("Dec. 22, 2016, 6:47 p.m.") over a UTC stamp of the next day, and a date-only line when nothing else dates it', () => {
    const bare = withoutDates(html);
    const utc = readHtmlArticle(
      bare
        .replace(
          '</head>',
          '<meta property="article:published_time" content="2016-12-23T00:47:31Z"></head>',
        )
        .replace(
          '<p class="byline">',
          '<span class="date">Dec. 22, 2016, 6:47 p.m.</span><p class="byline">',
        ),
    );
    expect(utc?.meta.published).toBe('2016-12-22');
    const shown = readHtmlArticle(
      bare.replace(
        '<p class="byline">',
        '<div class="xTlfF">December 16, 2016, 4:19 PM</div><p class="byline">',
      ),
    );
    expect(shown?.meta.published).toBe('2016-12-16');
    const at = readHtmlArticle(
      bare.replace(
        '<p class="byline">',
        '<span>Monday, February 29, 2016 @ 11:10 PM UTC</span><p class="byline">',
      ),
    );
    expect(at?.meta.published).toBe('2016-02-29');
  });

  it('reads entities a page escaped twice ("&amp;#151; -- Hillary Clinton has …")', () => {
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        '$1<p>&amp;#151; -- Hillary Clinton has an explanation for the hacking of &amp;quot;Democratic&amp;quot; groups.</p>',
      ),
    );
    expect(page?.blocks).toContain(
      'Hillary Clinton has an explanation for the hacking of "Democratic" groups.',
    );
  });

  it('takes the published day from <meta name="date"> or Dublin Core when there is nothing else', () => {
    const bare = withoutDates(html);
    for (const meta of [
      '<meta name="date" content="2025-06-18">',
      '<meta name="DC.date.issued" content="2025-06-18">',
    ]) {
      const page = readHtmlArticle(bare.replace('</head>', `${meta}</head>`));
      expect(page?.meta.published).toBe('2025-06-18');
    }
  });

  it('drops the standfirst under the headline, and says so', () => {
    const standfirst = 'Crews accept a six percent rise after talks through the night';
    const page = readHtmlArticle(
      html.replace(/<h1[^>]*>.*?<\/h1>/s, (h1) => `${h1}<p class="standfirst">${standfirst}</p>`),
    );
    expect(page?.blocks.join('\n')).not.toContain(standfirst);
    expect(page?.removed).toContainEqual(
      expect.objectContaining({ rule: 'standfirst', text: standfirst }),
    );
  });

  it('drops a newsletter sign-up box inside the article, and says so', () => {
    const blurb =
      'Our morning email on markets, money and the companies that matter. Free, every weekday.';
    const page = readHtmlArticle(
      html.replace(
        '</article>',
        `<div class="newsletter-signup"><p>Sign up to Business Briefing</p><p>${blurb}</p><form><input type="email"></form></div></article>`,
      ),
    );
    expect(page?.blocks.join('\n')).not.toContain('Our morning email');
    expect(page?.removed).toContainEqual(
      expect.objectContaining({ rule: 'boilerplate', reason: 'a newsletter sign-up box' }),
    );
  });

  it('drops an advertisement set inside the story ("Use the promo code …"), and says so', () => {
    const page = readHtmlArticle(
      html.replace(
        /<\/p>/,
        '</p><div id="commerce-inset-wrapper" class="inset"><p>We may get a commission</p><p>In both gel and capsule form, the Vitalo line helps your muscles recover after a long run.</p><p>Use the promo code SAVE25</p></div>',
      ),
    );
    expect(page?.blocks.join('\n')).not.toContain('promo code');
    expect(page?.blocks.join('\n')).not.toContain('Vitalo');
    expect(page?.removed).toContainEqual(
      expect.objectContaining({ rule: 'boilerplate', reason: 'an advertisement or shopping box' }),
    );
  });

  it('drops a post embedded from a social network, and says so', () => {
    const post = 'The mayor, the suspect in the fraud case, was arrested, officials said';
    const page = readHtmlArticle(
      html.replace(
        '</article>',
        `<blockquote class="twitter-tweet"><p lang="en">${post} <a href="https://t.co/x">https://t.co/x</a></p>— A Newspaper (@paper) <a href="https://twitter.com/paper/status/1">June 21, 2024</a></blockquote></article>`,
      ),
    );
    expect(page?.blocks.join('\n')).not.toContain(post);
    expect(page?.removed).toContainEqual(
      expect.objectContaining({ rule: 'embed', reason: 'a post from a social network' }),
    );
  });

  it('reads the author of a byline whose "By" is glued to the name ("<span>By</span>Travis Haney")', () => {
    const page = readHtmlArticle(
      html.replace(
        /<p class="byline">[^<]*<\/p>/,
        '<a class="article-author" title="author" href="/u/th"><span>By</span>Travis Haney</a>',
      ),
    );
    expect(page?.meta.author).toBe('Travis Haney');
    const spaced = readHtmlArticle(
      html.replace(
        /<p class="byline">[^<]*<\/p>/,
        '<a class="article-author" title="author" href="/u/jd">BY Jane Doe</a>',
      ),
    );
    expect(spaced?.meta.author).toBe('Jane Doe');
    const block = readHtmlArticle(
      html.replace(
        /<p class="byline">[^<]*<\/p>/,
        '<p class="byline"><span>By</span>Travis Haney</p>',
      ),
    );
    expect(block?.meta.author).toBe('Travis Haney');
  });

  it('takes the byline block out of the text, its name kept as the author', () => {
    const page = readHtmlArticle(
      html.replace(
        /<p class="byline">[^<]*<\/p>/,
        '<div class="article-byline"><span>By <a rel="author" href="/a">Jane Doe</a>, Transport Correspondent</span> <time>06:30, Friday 21 June 2024</time></div><p class="article-dek">Crews accept a rise</p>',
      ),
    );
    expect(page?.meta.author).toBe('Jane Doe');
    expect(page?.blocks.join('\n')).not.toMatch(/Correspondent|Crews accept/);
  });

  it('drops a paragraph that is only a link to another story, and a caption that is its image’s title', () => {
    const page = readHtmlArticle(
      html.replace(
        '</article>',
        '<p><a href="/other">Pizza Man Makes Special Delivery to Troops</a></p><figure><img src="x.jpg" alt="Vanessa Hicks" title="Vanessa Hicks"></figure><p class="legend">Vanessa Hicks</p></article>',
      ),
    );
    const text = page?.blocks.join('\n') ?? '';
    expect(text).not.toContain('Pizza Man');
    expect(page?.blocks).not.toContain('Vanessa Hicks');
    expect(page?.removed).toContainEqual(
      expect.objectContaining({
        rule: 'read-also',
        text: 'Pizza Man Makes Special Delivery to Troops',
      }),
    );
  });

  it('drops a list item that is only a link with a count: a category list', () => {
    const page = readHtmlArticle(
      html.replace(
        '</article>',
        '<ul><li class="cat-item"><a href="/category/culture">Developing a Corporate Culture</a> (13)</li></ul></article>',
      ),
    );
    expect(page?.blocks.join('\n')).not.toContain('Corporate Culture');
    expect(page?.removed).toContainEqual(
      expect.objectContaining({ rule: 'read-also', text: 'Developing a Corporate Culture (13)' }),
    );
  });

  it('drops a block of program code, and keeps preformatted prose', () => {
    const page = readHtmlArticle(
      html.replace(
        '</article>',
        '<p>In its simplest form fetch() takes a URL and returns a promise that resolves to the response.</p><div class="wp_syntax"><table><tr><td class="code"><pre class="javascript">fetch("/data.json").then(function(res) { if (res.ok) { console.log(res.status); } });</pre></td></tr></table></div><pre>The tide came in at dawn; the boats went out with it.</pre></article>',
      ),
    );
    expect(page?.blocks.join('\n')).not.toContain('fetch("/data.json")');
    expect(page?.removed).toContainEqual(expect.objectContaining({ rule: 'code' }));
    // A semicolon alone is prose's too.
    expect(page?.blocks).toContain('The tide came in at dawn; the boats went out with it.');
    expect(page?.blocks).toContain(
      'In its simplest form fetch() takes a URL and returns a promise that resolves to the response.',
    );
  });

  it('drops a caption or photo credit marked by its class outside any figure', () => {
    const caption =
      'The minister speaks about the new portal in the auditorium in Washington, Monday, Oct. 17, 2022.';
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        `$1<div class="story-meta"><p class="story-meta__credit">${caption}</p></div>`,
      ),
    );
    expect(page?.blocks).not.toContain(caption);
    expect(page?.removed).toContainEqual(
      expect.objectContaining({ rule: 'caption', text: caption }),
    );
    // A <div> of text, which Readability makes a paragraph of, without its class.
    const credit =
      'Raspberry Pi 3 - A credit card sized PC that only costs $35 - Image: The Foundation';
    const div = readHtmlArticle(
      html.replace(/(<article[^>]*>)/, `$1<div class="media-caption">${credit}</div>`),
    );
    expect(div?.blocks).not.toContain(credit);
    expect(div?.removed).toContainEqual(expect.objectContaining({ rule: 'caption', text: credit }));
  });

  it('keeps a sentence set as a heading when the next paragraph goes on from it ("But …")', () => {
    const lede =
      'The city has long been seen as a place where anyone can succeed whatever their start in life.';
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        `$1<h2>${lede}</h2><p>But a new report released on Monday calls that into question.</p>`,
      ),
    );
    expect(page?.blocks).toContain(lede);
    const heading = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        `$1<h2>${lede}</h2><p>The report was released on Monday by the council.</p>`,
      ),
    );
    expect(heading?.blocks).not.toContain(lede);
  });

  it('keeps the sentences of a list article that sets them as headings, one per picture', () => {
    const told = [
      'A few months ago, a young artist from Romania drew the singer as a mermaid and shared it online.',
      'The drawing resurfaced last week and the singer said it did not look like her body at all.',
      'Another user then edited the drawing to make her body larger, and the image went viral overnight.',
    ];
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        `$1${told.map((sentence) => `<h3>${sentence}</h3><figure><img src="x.jpg"></figure>`).join('')}<h3>What happened next</h3>`,
      ),
    );
    for (const sentence of told) expect(page?.blocks).toContain(sentence);
    expect(page?.blocks).not.toContain('What happened next');
    // One such heading on a page is still a heading.
    const one = readHtmlArticle(html.replace(/(<article[^>]*>)/, `$1<h3>${told[0]}</h3>`));
    expect(one?.blocks).not.toContain(told[0]);
  });

  it('keeps the story of a slideshow told in its captions, and drops captions beside a story', () => {
    const said = [
      '"Oftentimes buyers settle for what is fastest to order online," the designer says. "It looks like every other flat on the street, and they soon tire of it."',
      '"Take the time to visit markets and auctions and find pieces that nobody else owns," she says. "A room should say something about the person who lives in it."',
      '"A lot of people keep furniture that relatives gave them," she says. "Paint and new fabric go a long way, so repurpose it on a quiet Sunday afternoon."',
      '"Start with the carpet, because it sets the colours, and build the room out from it," she says. "Choosing the lamps first is the mistake most people make."',
    ];
    const slides = said
      .map(
        (text, i) =>
          `<figure><img src="s${i}.jpg" alt="Slide ${i}"><figcaption><p>${text}</p></figcaption></figure>`,
      )
      .join('');
    const page = (body: string) =>
      readHtmlArticle(
        `<!doctype html><html><head><title>Five decorating mistakes</title></head><body><article><h1>Five decorating mistakes</h1><p>No generation is perfect, and when it comes to first homes, one area ripe for improvement is interior design.</p>${body}${slides}</article></body></html>`,
      );
    const slideshow = page('');
    for (const text of said) expect(slideshow?.blocks).toContain(text);
    const story = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the story tells how the designer began her firm in a small studio, what she charged her first clients and why she moved to the city.</p>`,
    ).join('');
    const captioned = page(story);
    for (const text of said) expect(captioned?.blocks).not.toContain(text);
  });

  it('sets a bold run-in heading before a line break apart from the sentence after it', () => {
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        '$1<ul><li><strong>Changing a newsroom culture</strong><br>Skill diversity needs to change. Every newsroom should hire coders.</li><li><strong>Note:</strong> the survey is small.</li></ul>',
      ),
    );
    expect(page?.blocks).toContain(
      'Skill diversity needs to change. Every newsroom should hire coders.',
    );
    expect(page?.removed).toContainEqual(
      expect.objectContaining({ rule: 'heading', text: 'Changing a newsroom culture' }),
    );
    expect(page?.blocks).toContain('Note: the survey is small.');
  });

  it('sets a bold run-in heading apart when its line break closes the bold words', () => {
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        '$1<p><b>Dead letter queues for misbehaving tasks<br /></b> One common source of overhead is tasks stuck in retry loops.</p>',
      ),
    );
    expect(page?.blocks).toContain('One common source of overhead is tasks stuck in retry loops.');
    expect(page?.removed).toContainEqual(
      expect.objectContaining({
        rule: 'heading',
        text: 'Dead letter queues for misbehaving tasks',
      }),
    );
  });

  it('keeps a bold name opening a sentence whose line break comes at its end', () => {
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        '$1<p><b>Mara Quell </b>has joined the Treasury as deputy secretary. Quell was a professor at Tellby University.<br></p>',
      ),
    );
    expect(page?.blocks).toContain(
      'Mara Quell has joined the Treasury as deputy secretary. Quell was a professor at Tellby University.',
    );
  });

  it('parts the words a line break stands between ("pitch?<br>There" is not "pitch?There")', () => {
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        '$1<p><strong>What was your pitch?</strong><br>There was that movie with a gunrunner. Every studio wanted that feeling.</p>',
      ),
    );
    expect(page?.blocks).toContain(
      'What was your pitch? There was that movie with a gunrunner. Every studio wanted that feeling.',
    );
  });

  it('takes an image set inside a paragraph out with its credit, and keeps the paragraph', () => {
    const page = readHtmlArticle(
      html.replace(
        /(<article[^>]*>)/,
        '$1<p><span class="storyimage"><img src="x.jpg" alt="Mario"><span>© Provided by Business Insider Inc Nintendo/Apple</span></span> Nintendo and Apple shocked the world this year by announcing a new game for phones.</p>',
      ),
    );
    expect(page?.blocks).toContain(
      'Nintendo and Apple shocked the world this year by announcing a new game for phones.',
    );
    expect(page?.blocks.join('\n')).not.toContain('Provided by');
  });

  it('takes the author from a byline "By NAME March 11, 2015 3:46 PM" without the month', () => {
    const page = readHtmlArticle(
      html.replace(
        /<p class="byline">[^<]*<\/p>/,
        '<cite class="byline"><span>By </span><span>GILLIAN MOHNEY</span> <abbr>March 11, 2015 3:46 PM</abbr></cite>',
      ),
    );
    expect(page?.meta.author).toBe('GILLIAN MOHNEY');
  });

  it('dates a page by its link when it has no date in its metadata', () => {
    const undated = html
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace('/2024/06/21/', '/2024/jun/19/');
    expect(readHtmlArticle(undated)?.meta.published).toBe('2024-06-19');
  });

  it('leaves the date unknown when nothing on the page gives one', () => {
    const undated = html
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace(/<link rel="canonical"[^>]*>/, '');
    expect(readHtmlArticle(undated)?.meta.published).toBeNull();
  });

  it('finds no article in an empty page', () => {
    expect(readHtmlArticle('<html><body></body></html>')).toBeNull();
  });
});
