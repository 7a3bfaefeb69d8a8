package vn.dondoc.bot.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.dondoc.bot.sending.SendingSettings;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyLookup;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactSettings;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.register.RegisterSettings;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderSettings;
import vn.dondoc.scheduler.task.SourceDocuments;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * What the commands share, from the application's configuration: the streams, the texts, the settings,
 * and the register, opened only when a command needs it. The register is closed with the context.
 */
@Component
@Lazy
final class CliContext {

    private final CliEnvironment env;
    private final Texts texts;
    private final RegisterSettings registerSettings;
    private final ObjectProvider<RegisterDatabase> registerDatabase;
    private final ContactSettings contactSettings;
    private final ReminderSettings reminderSettings;
    private final TelegramSettings telegramSettings;
    private final SendingSettings sendingSettings;
    private RegisterDatabase register;

    CliContext(CliEnvironment env, Texts texts, RegisterSettings registerSettings, ObjectProvider<RegisterDatabase> registerDatabase,
               ContactSettings contactSettings, ReminderSettings reminderSettings, TelegramSettings telegramSettings,
               SendingSettings sendingSettings) {
        this.env = env;
        this.texts = texts;
        this.registerSettings = registerSettings;
        this.registerDatabase = registerDatabase;
        this.contactSettings = contactSettings;
        this.reminderSettings = reminderSettings;
        this.telegramSettings = telegramSettings;
        this.sendingSettings = sendingSettings;
    }

    CliEnvironment env() {
        return env;
    }

    Texts texts() {
        return texts;
    }

    PrintStream out() {
        return env.out();
    }

    JsonLines json() {
        return new JsonLines(env.out());
    }

    Clock clock() {
        return env.clock();
    }

    LocalDate today() {
        return LocalDate.now(env.clock());
    }

    Path registerPath() {
        return registerSettings.path();
    }

    RegisterDatabase register() {
        if (register == null) {
            register = registerDatabase.getObject();
        }
        return register;
    }

    /** For commands that only read: a missing register is a wrong DONDOC_DB, not an empty one. */
    void requireExistingRegister() {
        if (register == null && !Files.exists(registerPath())) {
            throw new CliException(texts.get("cli.noRegister", registerPath()));
        }
    }

    TaskRegister tasks() {
        return new TaskRegister(register());
    }

    SourceDocuments sources() {
        return new SourceDocuments(register(), clock());
    }

    AgencyRegister agencies() {
        return new AgencyRegister(register(), clock());
    }

    ContactRegister contacts() {
        return new ContactRegister(register(), clock(), contactSettings.inviteValidity());
    }

    OfficeDays officeDays() {
        return new OfficeDays(register());
    }

    /**
     * The office's calendar when a register exists; otherwise the statutory one. Commands that only
     * compute (deadline) must not create a register file as a side effect.
     */
    OfficeCalendar calendar() {
        if (register != null || Files.exists(registerPath())) {
            return officeDays().calendar();
        }
        return new OfficeCalendar(List.of());
    }

    /** The one agency {@code name} means, or a one-line refusal naming what to do. */
    Agency agency(String name) {
        AgencyLookup lookup = agencies().lookup(name);
        return switch (lookup.agencies().size()) {
            case 0 -> throw new CliException(texts.get("cli.unknownAgency", name));
            case 1 -> lookup.agencies().get(0);
            default -> throw new CliException(texts.get("cli.ambiguousAgency", name,
                    String.join("; ", lookup.agencies().stream().map(Agency::name).toList())));
        };
    }

    TelegramSettings telegram() {
        return telegramSettings;
    }

    SendingSettings sending() {
        return sendingSettings;
    }

    /** The same reminder settings as {@code run} reads. */
    ReminderPolicy reminderPolicy() {
        return reminderSettings.policy();
    }
}
