package vn.dondoc.bot.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import vn.dondoc.scheduler.contact.ContactRegister;

/**
 * Who may see what in the console. Every page needs a session, got only through a link from /dangnhap (one-time-token
 * login); the link's page asks for a button press (a POST with the CSRF token), so a link preview fetching the link
 * does not use it up. Reading is for the office and leaders, and so is deciding extensions (POSTs under /giahan);
 * any other change (a POST other than logging out) is for the office.
 * Only in a web application, that is in {@code run}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

    @Bean
    ContactUsers contactUsers(ContactRegister contacts) {
        return new ContactUsers(contacts);
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, OneTimeTokenService tokens) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, LoginPages.PAGE, LoginPages.LINK, "/console.css", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(ContactUsers.OFFICE, ContactUsers.LEADER)
                        .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                        .requestMatchers(HttpMethod.POST, ExtensionsPage.PATH, ExtensionsPage.PATH + "/**")
                        .hasAnyRole(ContactUsers.OFFICE, ContactUsers.LEADER)
                        .anyRequest().hasRole(ContactUsers.OFFICE))
                .oneTimeTokenLogin(ott -> ott
                        .tokenService(tokens)
                        .loginPage(LoginPages.PAGE)
                        .loginProcessingUrl(LoginPages.LINK)
                        .showDefaultSubmitPage(false)
                        .authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(LoginPages.PAGE + "?used=1"))
                        // Links are made only by /dangnhap; a token asked for over HTTP is never shown to anyone.
                        .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404)))
                .logout(logout -> logout.logoutSuccessUrl(LoginPages.PAGE + "?out=1"));
        return http.build();
    }
}
