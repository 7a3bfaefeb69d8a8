package vn.dondoc.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyRegister;

@Command(name = "agencies", description = "Danh sách cơ quan trong sổ, với các tên khác mà văn bản đã dùng.")
final class AgenciesCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final AgencyRegister agencyRegister;

    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Mỗi cơ quan một dòng JSON: {\"agency\":…,\"name\":…,\"aliases\":[…]}.")
    boolean json;

    AgenciesCommand(CliEnvironment env, Texts texts, ExistingRegister register, AgencyRegister agencies) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.agencyRegister = agencies;
    }

    @Override
    public Integer call() {
        register.require();
        List<Agency> agencies = agencyRegister.all();
        if (json) {
            JsonLines lines = new JsonLines(env.out());
            agencies.forEach(a -> lines.write(JsonLines.object("agency", a.id(), "name", a.name(), "aliases", a.aliases())));
            return Cli.OK;
        }
        if (agencies.isEmpty()) {
            env.out().println(texts.get("agencies.none"));
            return Cli.OK;
        }
        Table table = new Table(texts.get("agencies.header").split("\t"));
        agencies.forEach(a -> table.add("#" + a.id(), a.name(), String.join("; ", a.aliases())));
        table.print(env.out());
        env.out().println(texts.get("agencies.summary", agencies.size()));
        return Cli.OK;
    }
}
