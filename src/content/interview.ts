import type { Article } from './types.ts';

/** An interviewer's question is a short paragraph ending with a question mark... */
const QUESTION_MAX_WORDS = 30;
/** ...and a piece is a Q&A when at least this many of its paragraphs are such questions. */
const INTERVIEW_MIN_QUESTIONS = 3;

/**
 * For a Q&A piece ("Why did you take the job?" / "Because …"), the question each answer paragraph
 * replies to: paragraph index → the question's text. An answer seldom repeats the question's words,
 * and its "I" is the person interviewed. Empty for an article that is not a Q&A.
 */
export function interviewAnswers(paragraphs: Article['paragraphs']): Map<number, string> {
  const questions = paragraphs.flatMap((paragraph, p) =>
    /\?["”’)]?$/.test(paragraph.text.trim()) &&
    paragraph.text.split(/\s+/).length <= QUESTION_MAX_WORDS
      ? [p]
      : [],
  );
  const answers = new Map<number, string>();
  if (questions.length < INTERVIEW_MIN_QUESTIONS) return answers;
  const asked = new Set(questions);
  let question: string | null = null;
  paragraphs.forEach((paragraph, p) => {
    if (asked.has(p)) question = paragraph.text;
    else if (question !== null) answers.set(p, question);
  });
  return answers;
}
