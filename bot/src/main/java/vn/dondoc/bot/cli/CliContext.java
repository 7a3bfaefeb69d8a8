package vn.dondoc.bot.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyLookup;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.SourceDocuments;
import vn.dondoc.scheduler.task.TaskRegister;

/** What the commands share: the environment, the texts, and the register, opened only when a command needs it. */
final class CliContext implements AutoCloseable {

    static final String DEFAULT_DB = "./dondoc.db";

    private final CliEnvironment env;
    private final Texts texts;
    private RegisterDatabase register;

    CliContext(CliEnvironment env, Texts texts) {
        this.env = env;
        this.texts = texts;
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
        return Path.of(env.setting("DONDOC_DB", DEFAULT_DB));
    }

    RegisterDatabase register() {
        if (register == null) {
            register = RegisterDatabase.open(registerPath());
        }
        return register;
    }

    /** For commands that only read: a missing register is a wrong DONDOC_DB, not an empty one. */
    void requireExistingRegister() {
        if (register == null && !Files.exists(registerPath())) {
            throw new CliException("Chưa có sổ nhiệm vụ ở " + registerPath()
                    + ": hãy nhập văn bản bằng \"dondoc import\", hoặc đặt DONDOC_DB trỏ tới sổ đang dùng.");
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
        return new ContactRegister(register(), clock(), inviteValidity());
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

    /** TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, TELEGRAM_BOT_USERNAME; a malformed URL is bad input (exit 2). */
    vn.dondoc.bot.telegram.TelegramSettings telegram() {
        try {
            return vn.dondoc.bot.telegram.TelegramSettings.fromEnvironment(env.env());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The same reminder settings as {@code run} reads (application.yml maps these variables). */
    vn.dondoc.scheduler.reminder.ReminderPolicy reminderPolicy() {
        vn.dondoc.scheduler.reminder.ReminderPolicy d = vn.dondoc.scheduler.reminder.ReminderPolicy.defaults();
        try {
            String before = env.setting("DONDOC_REMIND_DAYS_BEFORE", null);
            return new vn.dondoc.scheduler.reminder.ReminderPolicy(
                    before == null ? d.daysBefore()
                            : java.util.Arrays.stream(before.split(",")).map(String::strip).map(Integer::parseInt).toList(),
                    java.time.LocalTime.parse(env.setting("DONDOC_REMIND_AT", d.sendAt().toString()).strip()),
                    number("DONDOC_OVERDUE_EVERY", d.overdueEvery()),
                    number("DONDOC_ESCALATE_HEAD_AFTER", d.escalateToHeadAfter()),
                    number("DONDOC_ESCALATE_OFFICE_AFTER", d.escalateToOfficeAfter()),
                    number("DONDOC_CHECK_IN_MONTHS", d.checkInEveryMonths()));
        } catch (RuntimeException e) {
            throw new CliException(texts.get("cli.badReminderPolicy", e.getMessage()));
        }
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(env.setting(name, String.valueOf(fallback)).strip());
    }

    private Duration inviteValidity() {
        String days = env.setting("DONDOC_INVITE_DAYS", "7");
        try {
            return Duration.ofDays(Long.parseLong(days.trim()));
        } catch (NumberFormatException e) {
            throw new CliException("DONDOC_INVITE_DAYS phải là số ngày, không phải \"" + days + "\".");
        }
    }

    @Override
    public void close() {
        if (register != null) {
            register.close();
        }
    }
}
