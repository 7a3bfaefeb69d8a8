package vn.dondoc.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactError;
import vn.dondoc.scheduler.contact.ContactException;
import vn.dondoc.scheduler.contact.CreatedContact;

@Command(name = "invite", description = "Tạo mã mời mới cho một liên hệ (mất mã, mã hết hạn, đổi điện thoại, đã chặn bot).")
final class ContactInviteCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Option(names = "--contact", required = true, paramLabel = "ID", description = "Mã liên hệ (xem: dondoc contacts).")
    long contactId;

    @Option(names = "--json", description = "In một dòng JSON: {\"contact\":ID,\"invite\":\"MÃ\"}.")
    boolean json;

    ContactInviteCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.requireExistingRegister();
        Contact contact = context.contacts().byId(contactId)
                .orElseThrow(() -> new CliException(context.texts().error(new ContactException(ContactError.NOT_FOUND, contactId))));
        CreatedContact invite = context.register().inTransaction(() -> context.contacts().invite(contactId));
        if (json) {
            context.json().write(JsonLines.object("contact", contactId, "invite", invite.inviteCode()));
            return Cli.OK;
        }
        String expires = InviteLink.expiry(context, invite.inviteExpiresAt());
        context.out().println(context.texts().get("contact.reinvited", contactId, contact.name(), invite.inviteCode(), expires));
        context.out().println(InviteLink.describe(context, invite.inviteCode()));
        return Cli.OK;
    }
}
