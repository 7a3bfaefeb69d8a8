package vn.dondoc.bot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactListImport;
import vn.dondoc.scheduler.contact.ContactListImported;
import vn.dondoc.scheduler.contact.ContactListLine;
import vn.dondoc.scheduler.contact.Invitation;

/** {@code contact import FILE}: a contacts spreadsheet, the same use case as the console's contacts page. */
@Command(name = "import",
        description = {"Nhập danh sách liên hệ (.csv, .tsv, .xlsx; dòng tiêu đề có cột Họ tên, Vai trò, Cơ quan).",
                "Mỗi người được thêm có một mã mời; dòng có vấn đề bị bỏ qua và in lý do. --dry-run: chỉ xem trước."})
final class ContactImportCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final ContactListImport lists;
    private final InviteLink invites;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "TỆP", description = "Tệp danh sách liên hệ.")
    Path file;

    @Option(names = "--dry-run", description = "Chỉ in những gì sẽ được thêm; không ghi gì vào sổ.")
    boolean dryRun;

    ContactImportCommand(CliEnvironment env, Texts texts, ExistingRegister register, ContactListImport lists,
                         InviteLink invites) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.lists = lists;
        this.invites = invites;
    }

    @Override
    public Integer call() {
        register.require();
        // An unreadable file or one without the header is a DondocException: Cli prints it, exit status 2.
        ContactListImported result = dryRun ? lists.preview(file) : lists.apply(file);
        for (ContactListLine line : result.lines()) {
            if (!line.added()) {
                env.out().println(texts.get("contact.listSkipped", line.line(), line.name(), texts.render(line.problem())));
            } else if (dryRun) {
                env.out().println(texts.get("contact.listWillAdd", line.line(), line.name(), texts.get("role." + line.role()),
                        line.agency() == null ? "—" : line.agency()));
            }
        }
        for (Invitation invited : result.invited()) {
            env.out().println(texts.get("contact.created", invited.contact().id(), invited.contact().name(),
                    texts.get("role." + invited.contact().role())));
            env.out().println("  " + invites.describe(invited.code()));
        }
        env.out().println(texts.get(dryRun ? "contact.listPreviewed" : "contact.listImported",
                dryRun ? result.toAdd() : result.invited().size(), result.lines().size() - result.toAdd()));
        return Cli.OK;
    }
}
