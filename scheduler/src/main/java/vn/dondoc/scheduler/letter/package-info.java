/**
 * The urging letter (công văn đôn đốc) the office signs when an agency is late: what it lists (each overdue task,
 * each indicator figure not reported) and who issues it ({@link vn.dondoc.scheduler.letter.LetterSettings}).
 * The document itself is written by {@code messages/letter}.
 */
package vn.dondoc.scheduler.letter;
