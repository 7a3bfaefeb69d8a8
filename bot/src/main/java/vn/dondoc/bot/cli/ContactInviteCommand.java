package vn.dondoc.bot.cli;

import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.contact.Invitation;

@Command(name = "invite", description = "Tạo mã mời mới cho một liên hệ (mất mã, mã hết hạn, đổi điện thoại, đã chặn bot).")
final class ContactInviteCommand implements Callable<Integer> {

    private final CliContext context;
    private final ObjectProvider<ContactActions> contacts;

    @Mixin
    HelpOption help;

    @Option(names = "--contact", required = true, paramLabel = "ID", description = "Mã liên hệ (xem: dondoc contacts).")
    long contactId;

    @Option(names = "--json", description = "In một dòng JSON: {\"contact\":ID,\"invite\":\"MÃ\"}.")
    boolean json;

    ContactInviteCommand(CliContext context, ObjectProvider<ContactActions> contacts) {
        this.context = context;
        this.contacts = contacts;
    }

    @Override
    public Integer call() {
        context.requireExistingRegister();
        // No such contact is a ContactException: Cli prints it in DONDOC_LANG, exit status 2.
        Invitation invite = contacts.getObject().invite(contactId);
        if (json) {
            context.json().write(JsonLines.object("contact", contactId, "invite", invite.code()));
            return Cli.OK;
        }
        String expires = InviteLink.expiry(context, invite.expiresAt());
        context.out().println(context.texts().get("contact.reinvited", contactId, invite.contact().name(), invite.code(), expires));
        context.out().println(InviteLink.describe(context, invite.code()));
        return Cli.OK;
    }
}
