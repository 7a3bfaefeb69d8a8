package vn.dondoc.bot.cli;

import org.springframework.stereotype.Component;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** For commands that only read: a missing register is a wrong DONDOC_DB, not an empty one. */
@Component
final class ExistingRegister {

    private final RegisterDatabase register;
    private final Texts texts;

    ExistingRegister(RegisterDatabase register, Texts texts) {
        this.register = register;
        this.texts = texts;
    }

    void require() {
        if (!register.exists()) {
            throw new CliException(texts.get("cli.noRegister", register.where()));
        }
    }

    /** Whether there is one: a command that only computes uses the office's calendar if so, and creates nothing. */
    boolean exists() {
        return register.exists();
    }
}
