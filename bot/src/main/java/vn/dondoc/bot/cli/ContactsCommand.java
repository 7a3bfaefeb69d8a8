package vn.dondoc.bot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;

@Command(name = "contacts", description = "Danh sách liên hệ: cán bộ đầu mối, lãnh đạo cơ quan, Văn phòng, lãnh đạo UBND.")
final class ContactsCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final ContactRegister contactRegister;

    @Mixin
    HelpOption help;

    @Option(names = "--json",
            description = "Mỗi liên hệ một dòng JSON: {\"contact\":…,\"name\":…,\"role\":…,\"agency\":…,\"chat_id\":…,\"status\":…}.")
    boolean json;

    ContactsCommand(CliEnvironment env, Texts texts, ExistingRegister register, ContactRegister contacts) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.contactRegister = contacts;
    }

    @Override
    public Integer call() {
        register.require();
        List<Contact> contacts = contactRegister.all();
        if (json) {
            JsonLines lines = new JsonLines(env.out());
            for (Contact c : contacts) {
                var object = JsonLines.object("contact", c.id(), "name", c.name(), "role", c.role().name(),
                        "agency", c.agency(), "chat_id", c.chatId(), "status", c.status().name());
                if (c.role() == ContactRole.LEADER) {
                    object.put("in_charge", c.inCharge());
                }
                lines.write(object);
            }
            return Cli.OK;
        }
        if (contacts.isEmpty()) {
            env.out().println(texts.get("contacts.none"));
            return Cli.OK;
        }
        Table table = new Table(texts.get("contacts.header").split("\t"));
        for (Contact c : contacts) {
            String agency = c.agency() != null ? c.agency() : String.join(", ", c.inCharge());
            table.add("#" + c.id(), c.name(), texts.get("role." + c.role()), agency,
                    c.chatId() == null ? "" : c.chatId().toString(), texts.get("contactStatus." + c.status()));
        }
        table.print(env.out());
        env.out().println(texts.get("contacts.summary", contacts.size()));
        return Cli.OK;
    }
}
