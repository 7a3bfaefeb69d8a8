/**
 * The bot module: the command line, and (with {@code run}) the Spring Boot application that wires
 * the register and, later, Telegram and the scheduler. The only module that depends on the others.
 */
package vn.dondoc.bot;
