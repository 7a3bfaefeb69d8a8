/**
 * What a contact writes instead of a command ("đã xong nhiệm vụ 47", "nv 12 đạt 60%", "xin lùi hạn 12 sang 30/4"),
 * read by small rules on the folded text. Reading only: the bot restates what was read and records nothing before
 * the person confirms ({@code command/FreeTextReports}).
 */
package vn.dondoc.bot.freetext;
