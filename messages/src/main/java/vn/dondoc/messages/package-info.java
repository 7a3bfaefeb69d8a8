/**
 * The messages module: every sentence dondoc says, Vietnamese first and English second, with the
 * formatting of dates and numbers. It knows nothing of the register or of Telegram.
 */
package vn.dondoc.messages;
