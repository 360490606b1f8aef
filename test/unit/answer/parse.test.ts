import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/answer/parse.ts';

describe('reading what a question asks', () => {
  it.each([
    ['who kiriyenko', 'who', 'kiriyenko'],
    ['/who kiriyenko', 'who', 'kiriyenko'],
    ['Who is Sergei Kiriyenko?', 'who', 'Sergei Kiriyenko'],
    ["who's Witkoff?", 'who', 'Witkoff'],
    ['when abu-dhabi', 'when', 'abu-dhabi'],
    ['When did the Abu Dhabi talks take place?', 'when', 'Abu Dhabi talks'],
    ['What year did the war start?', 'when', 'war'],
    ['What age is Robert Mugabe?', 'ask', 'Robert Mugabe'],
    // A slug that opens with a question's words is the subject whole.
    ['what age-friendly', 'what', 'age-friendly'],
    ['who who-ville', 'who', 'who-ville'],
    ['What is the name of the new striker?', 'what', 'new striker'],
    ['When was the festival meant to start?', 'when', 'festival'],
    ['Who said coding used to be seen as rote?', 'who', 'said coding be seen as rote'],
    ['What was the grant used to buy?', 'what', 'grant used to buy'],
    ['where abu-dhabi', 'where', 'abu-dhabi'],
    ['In which city did they meet?', 'where', 'they meet'],
    ['what zangezur-corridor', 'what', 'zangezur-corridor'],
    ['What is the Zangezur Corridor?', 'what', 'Zangezur Corridor'],
    ['Tell me about Kiriyenko', 'what', 'Kiriyenko'],
    ['why kiriyenko', 'why', 'kiriyenko'],
    ['Why was Turkey not willing to wait?', 'why', 'Turkey not willing to wait'],
    ['What caused the blaze?', 'why', 'blaze'],
    ['What led to the strike?', 'why', 'strike'],
    ['How many people were arrested?', 'ask', 'people were arrested'],
    ["Why won't Clearwage hand over the money?", 'why', 'Clearwage hand over the money'],
    ['Why can’t many students move?', 'why', 'many students move'],
    ["Why didn't the tribunal believe her?", 'why', 'tribunal believe her'],
    ['timeline aliyev', 'timeline', 'aliyev'],
    ['/timeline', 'timeline', ''],
    ['sources', 'sources', ''],
    ['/help', 'help', ''],
  ])('"%s" asks %s about "%s"', (question, intent, subject) => {
    expect(parseQuestion(question)).toMatchObject({ intent, subject });
  });

  it('reads a slash form and a plain question alike', () => {
    expect(parseQuestion('who kiriyenko').intent).toBe(parseQuestion('Who is Kiriyenko?').intent);
    expect(parseQuestion('who kiriyenko').subject).toBe(parseQuestion('Who is kiriyenko?').subject);
    expect(parseQuestion('when abu-dhabi').intent).toBe(
      parseQuestion('When did the Abu Dhabi talks take place?').intent,
    );
  });

  it('reads past the words around a question ("Is it true …", "Can you tell me when …"), not "tell me about"', () => {
    expect(parseQuestion('Is it true Yoon ordered politicians to be arrested?')).toMatchObject({
      intent: 'ask',
      subject: 'Yoon ordered politicians to be arrested',
    });
    expect(parseQuestion('Can you tell me when the Abu Dhabi talks took place?')).toMatchObject({
      intent: 'when',
      subject: 'Abu Dhabi talks',
    });
    expect(parseQuestion('Do you know if Kiriyenko resigned?').subject).toBe('Kiriyenko resigned');
    expect(parseQuestion('tell me about kiriyenko')).toMatchObject({
      intent: 'what',
      subject: 'kiriyenko',
    });
  });

  it('keeps the question word inside a free "ask" to shape the answer', () => {
    expect(parseQuestion('ask why did Turkey step in')).toEqual({
      intent: 'ask',
      subject: 'Turkey step in',
      asks: 'why',
    });
    // "how long" is a question word, not a word the answer must contain.
    expect(parseQuestion('ask how long was the Abu Dhabi meeting')).toEqual({
      intent: 'ask',
      subject: 'Abu Dhabi meeting',
      asks: 'ask',
    });
  });

  it('treats control characters, direction overrides and extra spaces as spaces', () => {
    for (const question of ['who\u0000kiriyenko', 'who\u202ekiriyenko', '  who \t  kiriyenko  ']) {
      expect(parseQuestion(question)).toEqual({ intent: 'who', subject: 'kiriyenko', asks: 'who' });
    }
  });

  it('drops where the question places a claim ("in her analogy") and the time of asking ("right now")', () => {
    expect(parseQuestion("Who is the calm dad in Michelle Obama's analogy?").subject).toBe(
      'calm dad',
    );
    expect(parseQuestion('Why does it matter, in her view?').subject).toBe('it matter');
    expect(parseQuestion("Who earns the money, in the writer's view?").subject).toBe(
      'earns the money',
    );
    expect(parseQuestion('Why are super-rotations risky, according to the article?').subject).toBe(
      'super-rotations risky',
    );
    expect(parseQuestion('Why was the quote in the article Emery shared false?').subject).toBe(
      'quote in the article Emery shared false',
    );
    expect(parseQuestion('How much do the workers earn per hour right now?').subject).toBe(
      'workers earn per hour',
    );
  });

  it('drops "does the reviewer think / find" before the view asked about: the article\'s own voice', () => {
    expect(
      parseQuestion("Why does the reviewer find the band's recent trajectory fascinating?").subject,
    ).toBe("band's recent trajectory fascinating");
    expect(parseQuestion('Who does the critic say the film is made for?').subject).toBe(
      'film is made for',
    );
    expect(parseQuestion('When does the article say to set up an emergency fund?').subject).toBe(
      'to set up an emergency fund',
    );
    // The writer as a subject of their own is kept: "Who is the author?"; and a report the
    // article tells of is no article.
    expect(parseQuestion('Where does the author live?').subject).toBe('author live');
    expect(parseQuestion('Why does the report say prices rose?').subject).toBe(
      'report say prices rose',
    );
  });

  it('reads "What does the term “collection” mean in ATF?" as asking what "collection" is', () => {
    expect(parseQuestion('What does the term "collection" mean in ATF?')).toMatchObject({
      intent: 'what',
      subject: 'collection',
    });
    expect(parseQuestion('What does GDPR stand for?').subject).toBe('GDPR');
    expect(
      parseQuestion('What does literally actually mean according to the author?').subject,
    ).toBe('literally');
    // What something means for someone is no definition.
    expect(parseQuestion('What does the deal mean for workers?').subject).toBe(
      'deal mean for workers',
    );
  });

  it('reads "On what day …?", "In which year …?", "By what date …?" as asking when; not "what day-one-video"', () => {
    expect(parseQuestion('On what day did the flaw go public?')).toEqual({
      intent: 'when',
      subject: 'flaw go public',
      asks: 'when',
    });
    expect(parseQuestion('In which year did it open?').intent).toBe('when');
    expect(parseQuestion('By what date must the regulator decide?').intent).toBe('when');
    expect(parseQuestion('What month did it open?').intent).toBe('when');
    expect(parseQuestion('On what exact date will the films be released?')).toEqual({
      intent: 'when',
      subject: 'films be released',
      asks: 'when',
    });
    expect(parseQuestion('what day-one-video')).toEqual({
      intent: 'what',
      subject: 'day-one-video',
      asks: 'what',
    });
  });

  it('reads "What\'s the new deadline for …?", "What is the date of …?" as asking when', () => {
    expect(parseQuestion('What’s the new deadline for shareholders to vote on the deal?')).toEqual({
      intent: 'when',
      subject: 'shareholders to vote on the deal',
      asks: 'when',
    });
    expect(parseQuestion('What is the date of the vote?').intent).toBe('when');
    expect(parseQuestion('What is the deadline culture at the paper?').intent).toBe('what');
  });

  it('does not take words that merely start like a question word for one', () => {
    expect(parseQuestion('whoever').intent).toBe('ask');
    expect(parseQuestion('helpful tips').intent).toBe('ask');
  });
});
