package vn.dondoc.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyShortNames;

@Command(name = "short-name",
        description = {"Đặt tên viết tắt của một cơ quan, dùng trong biểu đồ và bảng của bản tổng hợp tuần",
                "(ví dụ \"UBND H. Đô Lương\"). Để trống (--to \"\") thì trở lại tên viết tắt tự đặt theo quy tắc."})
final class AgencyShortNameCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final AgencyArgument agencies;
    private final AgencyShortNames shortNames;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "CƠ_QUAN", description = "Cơ quan, viết theo bất cứ cách nào văn bản đã viết.")
    String agency;

    @Option(names = "--to", required = true, paramLabel = "TÊN_VIẾT_TẮT", description = "Tên viết tắt mới (tối đa 30 ký tự).")
    String to;

    AgencyShortNameCommand(CliEnvironment env, Texts texts, ExistingRegister register, AgencyArgument agencies,
                           AgencyShortNames shortNames) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.agencies = agencies;
        this.shortNames = shortNames;
    }

    @Override
    public Integer call() {
        register.require();
        Agency found = agencies.one(agency);
        String inForce = shortNames.set(found, to);
        env.out().println(texts.get("agencies.shortNameSaved", found.name(), inForce));
        return Cli.OK;
    }
}
