package vn.dondoc.bot.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;

/** How an invite is shown: when it expires, and the deep link t.me/&lt;bot&gt;?start=CODE (or how to type the code). */
@Component
final class InviteLink {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Clock clock;
    private final TelegramSettings telegram;
    private final Texts texts;

    InviteLink(Clock clock, TelegramSettings telegram, Texts texts) {
        this.clock = clock;
        this.telegram = telegram;
        this.texts = texts;
    }

    String expiry(Instant expiresAt) {
        return EXPIRY.format(LocalDateTime.ofInstant(expiresAt, clock.getZone()));
    }

    String describe(String code) {
        String link = telegram.inviteLink(code);
        return link != null ? texts.get("contact.inviteLink", link) : texts.get("contact.inviteNoLink", code);
    }
}
