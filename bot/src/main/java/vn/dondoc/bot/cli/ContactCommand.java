package vn.dondoc.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.dondoc.messages.Texts;

@Command(name = "contact", description = "Quản lý một liên hệ.", subcommands = {ContactAddCommand.class, ContactInviteCommand.class, ContactImportCommand.class})
final class ContactCommand implements Runnable {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    private final Texts texts;

    ContactCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), texts.get("cli.missingSubcommand", "add, invite, import"));
    }
}
