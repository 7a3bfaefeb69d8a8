package vn.dondoc.bot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.CreatedContact;
import vn.dondoc.scheduler.contact.NewContact;

@Command(name = "add",
        description = {"Tạo một liên hệ. Có --chat-id (ví dụ nhóm Telegram của cơ quan) thì liên kết ngay;",
                "không có thì in mã mời dùng một lần để người đó bấm Start với bot."})
final class ContactAddCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final AgencyArgument agencies;
    private final ContactActions contacts;
    private final InviteLink invites;

    @Mixin
    HelpOption help;

    @Option(names = "--name", required = true, paramLabel = "TÊN", description = "Họ tên, hay tên nhóm.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "VAI_TRÒ", converter = RoleArgument.class,
            description = "STAFF (\"cán bộ đầu mối\"), HEAD (\"lãnh đạo cơ quan\"), OFFICE (\"văn phòng\") hoặc LEADER"
                    + " (\"lãnh đạo\", lãnh đạo UBND); ghi tiếng Việt có hay không dấu đều được.")
    ContactRole role;

    @Option(names = "--agency", paramLabel = "CƠ_QUAN", description = "Cơ quan của liên hệ (bắt buộc với STAFF, HEAD).")
    String agency;

    @Option(names = "--in-charge", paramLabel = "\"CQ;CQ\"",
            description = "Với LEADER: các cơ quan phụ trách, cách nhau bằng dấu chấm phẩy. Không ghi: phụ trách tất cả.")
    String inCharge;

    @Option(names = "--chat-id", paramLabel = "ID", description = "Chat Telegram đã biết (nhóm có số âm).")
    Long chatId;

    @Option(names = "--force", description = "Tạo cả khi cơ quan đã có một liên hệ cùng tên (hai người trùng tên).")
    boolean force;

    @Option(names = "--json", description = "In một dòng JSON: {\"contact\":ID,\"invite\":\"MÃ\" hoặc null}.")
    boolean json;

    ContactAddCommand(CliEnvironment env, Texts texts, AgencyArgument agencies, ContactActions contacts, InviteLink invites) {
        this.env = env;
        this.texts = texts;
        this.agencies = agencies;
        this.contacts = contacts;
        this.invites = invites;
    }

    @Override
    public Integer call() {
        Long agencyId = agency == null ? null : agencies.one(agency).id();
        List<Long> inChargeIds = new ArrayList<>();
        if (inCharge != null) {
            for (String part : inCharge.split(";")) {
                if (!part.isBlank()) {
                    inChargeIds.add(agencies.one(part.trim()).id());
                }
            }
        }
        // A refusal is a ContactException: Cli prints it in DONDOC_LANG, exit status 2.
        CreatedContact created = contacts.add(new NewContact(name, role, agencyId, inChargeIds, chatId), force);
        if (json) {
            new JsonLines(env.out()).write(JsonLines.object("contact", created.id(), "invite", created.inviteCode()));
            return Cli.OK;
        }
        env.out().println(texts.get("contact.created", created.id(), name.trim(), texts.get("role." + role)));
        if (created.inviteCode() == null) {
            env.out().println(texts.get("contact.linked", chatId));
        } else {
            String expires = invites.expiry(created.inviteExpiresAt());
            env.out().println(texts.get("contact.invited", created.inviteCode(), expires));
            env.out().println(invites.describe(created.inviteCode()));
        }
        return Cli.OK;
    }
}
