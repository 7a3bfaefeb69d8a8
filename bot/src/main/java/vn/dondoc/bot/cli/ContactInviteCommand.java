package vn.dondoc.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.contact.Invitation;

@Command(name = "invite", description = "Tạo mã mời mới cho một liên hệ (mất mã, mã hết hạn, đổi điện thoại, đã chặn bot).")
final class ContactInviteCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final ContactActions contacts;
    private final InviteLink invites;

    @Mixin
    HelpOption help;

    @Option(names = "--contact", required = true, paramLabel = "ID", description = "Mã liên hệ (xem: dondoc contacts).")
    long contactId;

    @Option(names = "--json", description = "In một dòng JSON: {\"contact\":ID,\"invite\":\"MÃ\"}.")
    boolean json;

    ContactInviteCommand(CliEnvironment env, Texts texts, ExistingRegister register, ContactActions contacts, InviteLink invites) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.contacts = contacts;
        this.invites = invites;
    }

    @Override
    public Integer call() {
        register.require();
        // No such contact is a ContactException: Cli prints it in DONDOC_LANG, exit status 2.
        Invitation invite = contacts.invite(contactId);
        if (json) {
            new JsonLines(env.out()).write(JsonLines.object("contact", contactId, "invite", invite.code()));
            return Cli.OK;
        }
        String expires = invites.expiry(invite.expiresAt());
        env.out().println(texts.get("contact.reinvited", contactId, invite.contact().name(), invite.code(), expires));
        env.out().println(invites.describe(invite.code()));
        return Cli.OK;
    }
}
