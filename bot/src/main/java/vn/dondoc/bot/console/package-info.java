/**
 * The office's web console, served by {@code run} only: Spring MVC with Thymeleaf templates, login without passwords
 * through a one-time link the bot sends on /dangnhap (Spring Security's one-time-token login), a session of a working
 * day, CSRF on. LEADER reads, OFFICE may change. Pages call the same use cases and read models as the command line.
 */
package vn.dondoc.bot.console;
