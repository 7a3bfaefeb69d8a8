package vn.dondoc.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyGroups;
import vn.dondoc.scheduler.agency.AgencyRegister;

@Command(name = "agencies", description = {"Danh sách cơ quan trong sổ, với các tên khác mà văn bản đã dùng,",
        "và các nhóm (\"Thanh tra sở\") Văn phòng đã ánh xạ tới cơ quan (agencies group)."},
        subcommands = AgencyGroupCommand.class)
final class AgenciesCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final AgencyRegister agencyRegister;
    private final AgencyGroups groups;

    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Mỗi cơ quan một dòng JSON: {\"agency\":…,\"name\":…,\"aliases\":[…]}.")
    boolean json;

    AgenciesCommand(CliEnvironment env, Texts texts, ExistingRegister register, AgencyRegister agencies,
                    AgencyGroups groups) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.agencyRegister = agencies;
        this.groups = groups;
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
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        agencies.forEach(a -> names.put(a.id(), a.name()));
        groups.all().forEach((group, ids) -> env.out().println(texts.get("agencies.group", group,
                String.join("; ", ids.stream().map(names::get).toList()))));
        return Cli.OK;
    }
}
