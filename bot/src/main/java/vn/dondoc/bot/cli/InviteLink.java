package vn.dondoc.bot.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How an invite is shown: when it expires, and the deep link t.me/&lt;bot&gt;?start=CODE (or how to type the code). */
final class InviteLink {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private InviteLink() {
    }

    static String expiry(CliContext context, Instant expiresAt) {
        return EXPIRY.format(LocalDateTime.ofInstant(expiresAt, context.clock().getZone()));
    }

    static String describe(CliContext context, String code) {
        String link = context.telegram().inviteLink(code);
        return link != null ? context.texts().get("contact.inviteLink", link) : context.texts().get("contact.inviteNoLink", code);
    }
}
