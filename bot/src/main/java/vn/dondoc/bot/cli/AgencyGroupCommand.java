package vn.dondoc.bot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyGroups;

@Command(name = "group",
        description = {"Ánh xạ một nhóm văn bản ghi thay cho cơ quan (\"Thanh tra sở\", \"các sở, ngành liên quan\") tới các",
                "cơ quan nó chỉ; lần nhập sau, nhiệm vụ ghi nhóm đó sẽ có các cơ quan này. Ghi lại thì thay ánh xạ cũ."})
final class AgencyGroupCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final AgencyArgument agencies;
    private final AgencyGroups groups;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "NHÓM", description = "Nhóm như văn bản ghi, ví dụ \"Thanh tra sở\".")
    String group;

    @Option(names = "--to", required = true, paramLabel = "\"CQ;CQ\"", description = "Các cơ quan, cách nhau bằng dấu chấm phẩy.")
    String to;

    AgencyGroupCommand(CliEnvironment env, Texts texts, ExistingRegister register, AgencyArgument agencies, AgencyGroups groups) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.agencies = agencies;
        this.groups = groups;
    }

    @Override
    public Integer call() {
        register.require();
        List<Agency> members = new ArrayList<>();
        for (String part : to.split(";")) {
            if (!part.isBlank()) {
                members.add(agencies.one(part.trim()));
            }
        }
        groups.map(group, members.stream().map(Agency::id).toList());
        env.out().println(texts.get("agencies.groupSaved", group.trim(), String.join("; ", members.stream().map(Agency::name).toList())));
        return Cli.OK;
    }
}
