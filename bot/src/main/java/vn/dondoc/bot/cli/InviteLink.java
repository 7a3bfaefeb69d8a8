package vn.dondoc.bot.cli;

import vn.dondoc.bot.telegram.TelegramSettings;

/** The deep link t.me/&lt;bot&gt;?start=CODE when the bot's name is known, else how to type the code. */
final class InviteLink {

    private InviteLink() {
    }

    static String describe(CliContext context, String code) {
        String link = TelegramSettings.fromEnvironment(context.env().env()).inviteLink(code);
        return link != null ? context.texts().get("contact.inviteLink", link) : context.texts().get("contact.inviteNoLink", code);
    }
}
