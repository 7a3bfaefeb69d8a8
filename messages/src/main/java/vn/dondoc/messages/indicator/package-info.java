/** The words of indicators: the command line's listing, the bot's answers to /chitieu, with targets and standings. */
package vn.dondoc.messages.indicator;
