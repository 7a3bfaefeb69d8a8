package vn.dondoc.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;

@Command(name = "agencies", description = "Danh sách cơ quan trong sổ, với các tên khác mà văn bản đã dùng.")
final class AgenciesCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Option(names = "--json", description = "Mỗi cơ quan một dòng JSON: {\"agency\":…,\"name\":…,\"aliases\":[…]}.")
    boolean json;

    AgenciesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.requireExistingRegister();
        List<Agency> agencies = context.agencies().all();
        if (json) {
            JsonLines lines = context.json();
            agencies.forEach(a -> lines.write(JsonLines.object("agency", a.id(), "name", a.name(), "aliases", a.aliases())));
            return Cli.OK;
        }
        Texts texts = context.texts();
        if (agencies.isEmpty()) {
            context.out().println(texts.get("agencies.none"));
            return Cli.OK;
        }
        Table table = new Table(texts.get("agencies.header").split("\t"));
        agencies.forEach(a -> table.add("#" + a.id(), a.name(), String.join("; ", a.aliases())));
        table.print(context.out());
        context.out().println(texts.get("agencies.summary", agencies.size()));
        return Cli.OK;
    }
}
