package vn.dondoc.bot.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;
import vn.dondoc.bot.command.ConsoleLogin;
import vn.dondoc.scheduler.contact.Contact;

/**
 * The one-time login links /dangnhap sends: a token of Spring Security's one-time-token login for the contact (its id
 * is the user name), valid {@link #VALID} and usable once. Only the office and leaders get one. Tokens live in memory:
 * a restart only cancels the links of the last ten minutes.
 */
@Component
final class ConsoleLinks implements ConsoleLogin {

    static final Duration VALID = Duration.ofMinutes(10);

    private final OneTimeTokenService tokens;
    private final ConsoleSettings settings;
    private volatile int localPort = -1;

    ConsoleLinks(OneTimeTokenService tokens, ConsoleSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        localPort = event.getWebServer().getPort();
    }

    @Override
    public Optional<String> link(Contact contact) {
        if (contact == null || !ContactUsers.mayLogIn(contact) || (settings.url() == null && localPort < 0)) {
            return Optional.empty();
        }
        OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(String.valueOf(contact.id()), VALID));
        return Optional.of(settings.base(localPort) + LoginPages.LINK + "?token=" + token.getTokenValue());
    }

    @Override
    public Optional<String> page(String path) {
        return settings.url() == null ? Optional.empty() : Optional.of(settings.base(localPort) + path);
    }

    /** Spring Security's in-memory token store, on the office clock (so a test can let a link expire). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Tokens {
        @org.springframework.context.annotation.Bean
        OneTimeTokenService oneTimeTokenService(Clock clock) {
            org.springframework.security.authentication.ott.InMemoryOneTimeTokenService service =
                    new org.springframework.security.authentication.ott.InMemoryOneTimeTokenService();
            service.setClock(clock);
            return service;
        }
    }
}
