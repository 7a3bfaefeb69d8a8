package vn.dondoc.bot.command;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.messages.Html;

/**
 * /dangnhap: a one-time link to the web console, for the office and leaders only (the dispatcher refuses anyone
 * else in one line). Only in a private chat: anyone in a group could open a link posted there.
 */
final class LoginCommand implements BotCommand {

    private static final Logger log = LoggerFactory.getLogger(LoginCommand.class);

    private final ConsoleLogin console;

    LoginCommand(ConsoleLogin console) {
        this.console = console;
    }

    @Override
    public List<String> names() {
        return List.of("dangnhap", "login");
    }

    @Override
    public Access access() {
        return Access.DECIDER;
    }

    @Override
    public void run(Request request) {
        if (!request.incoming().privateChat()) {
            request.reply(request.text("login.privateOnly"));
            return;
        }
        Optional<String> link = console.link(request.caller());
        if (link.isEmpty()) {
            request.reply(request.text("login.unavailable"));
            return;
        }
        // The link is a credential: logged by contact, never the link itself.
        log.info("Console login link sent to contact {}", request.caller().id());
        request.reply(request.text("login.link", Html.escape(link.get())));
    }
}
