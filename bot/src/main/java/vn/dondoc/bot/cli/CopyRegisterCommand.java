package vn.dondoc.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.register.RegisterCopy;
import vn.dondoc.scheduler.register.RegisterDatabase.PostgresServer;
import vn.dondoc.scheduler.register.RegisterSettings;

@Command(name = "copy-register",
        description = {"Chép sổ SQLite đang dùng (DONDOC_DB) sang một cơ sở dữ liệu PostgreSQL trống, không mất gì: sau khi chép,",
                "so số dòng của từng bảng, và so từng dòng của nhật ký, tin nhắc và mã mời ở hai bên."})
final class CopyRegisterCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final RegisterSettings settings;
    private final RegisterCopy copy;

    @Mixin
    HelpOption help;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "Cơ sở dữ liệu đích, dạng jdbc:postgresql://máy:cổng/tên_csdl. Người dùng: --user hoặc DONDOC_DB_USER;"
                    + " mật khẩu: DONDOC_DB_PASSWORD (không ghi trên dòng lệnh).")
    String to;

    @Option(names = "--user", paramLabel = "NAME", description = "Người dùng PostgreSQL (mặc định DONDOC_DB_USER).")
    String user;

    @Option(names = "--replace", description = "Xoá sạch mọi dữ liệu đang có ở đích rồi chép lại (mặc định: đích phải trống).")
    boolean replace;

    CopyRegisterCommand(CliEnvironment env, Texts texts, RegisterSettings settings, RegisterCopy copy) {
        this.env = env;
        this.texts = texts;
        this.settings = settings;
        this.copy = copy;
    }

    @Override
    public Integer call() {
        String url = to.strip();
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new CliException(texts.get("copyRegister.badTarget", url));
        }
        PostgresServer target = new PostgresServer(url, user != null ? user : settings.dbUser(), settings.dbPassword());
        RegisterCopy.Report report = copy.copy(target, replace, p -> {
            if (p.of() >= 5_000 || p.copied() == p.of()) {
                env.err().println(texts.get("copyRegister.progress", p.table(), p.copied(), p.of()));
            }
        });
        Table table = new Table(texts.get("copyRegister.header").split("\t"));
        long rows = 0;
        for (RegisterCopy.Table t : report.tables()) {
            String verdict = !t.same() ? texts.get("copyRegister.different")
                    : t.sameContent() != null ? texts.get("copyRegister.sameContent") : texts.get("copyRegister.same");
            table.add(t.name(), Long.toString(t.sourceRows()), Long.toString(t.targetRows()), verdict);
            rows += t.sourceRows();
        }
        table.print(env.out());
        if (!report.same()) {
            List<String> different = report.tables().stream().filter(t -> !t.same()).map(RegisterCopy.Table::name).toList();
            env.err().println(texts.get("copyRegister.mismatch", String.join(", ", different)));
            return Cli.FAILED;
        }
        env.out().println(texts.get("copyRegister.done", report.from(), report.to(), report.tables().size(), rows));
        return Cli.OK;
    }
}
