package vn.dondoc.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyContacts;
import vn.dondoc.scheduler.agency.AgencyGroups;
import vn.dondoc.scheduler.agency.AgencyRegister;

@Command(name = "agencies", description = {"Danh sách cơ quan trong sổ, với tên viết tắt, các tên khác mà văn bản đã dùng và các đầu mối đang liên kết Telegram,",
        "và các nhóm (\"Thanh tra sở\") Văn phòng đã ánh xạ tới cơ quan (agencies group)."},
        subcommands = {AgencyGroupCommand.class, AgencyShortNameCommand.class})
final class AgenciesCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final AgencyRegister agencyRegister;
    private final AgencyGroups groups;

    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Mỗi cơ quan một dòng JSON: {\"agency\":…,\"name\":…,\"aliases\":[…],\"short_name\":…,\"active_contacts\":N}.")
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
        List<AgencyContacts> agencies = agencyRegister.withActiveContacts();
        if (json) {
            JsonLines lines = new JsonLines(env.out());
            agencies.forEach(c -> lines.write(JsonLines.object("agency", c.agency().id(), "name", c.agency().name(),
                    "aliases", c.agency().aliases(), "short_name", c.shortName(), "active_contacts", c.activeContacts().size())));
            return Cli.OK;
        }
        if (agencies.isEmpty()) {
            env.out().println(texts.get("agencies.none"));
            return Cli.OK;
        }
        Table table = new Table(texts.get("agencies.header").split("\t"));
        for (AgencyContacts c : agencies) {
            Agency a = c.agency();
            table.add("#" + a.id(), a.name(), c.shortName(), String.join("; ", a.aliases()),
                    c.activeContacts().isEmpty() ? texts.get("agencies.noContact") : String.join("; ", c.activeContacts()));
        }
        table.print(env.out());
        env.out().println(texts.get("agencies.summary", agencies.size()));
        long nobody = agencies.stream().filter(c -> c.activeContacts().isEmpty()).count();
        if (nobody > 0) {
            env.out().println(texts.get("agencies.withoutContact", nobody));
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        agencies.forEach(c -> names.put(c.agency().id(), c.agency().name()));
        groups.all().forEach((group, ids) -> env.out().println(texts.get("agencies.group", group,
                String.join("; ", ids.stream().map(names::get).toList()))));
        return Cli.OK;
    }
}
