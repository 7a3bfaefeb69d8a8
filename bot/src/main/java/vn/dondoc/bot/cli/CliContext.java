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
        return new TaskRegister(register(), clock());
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
