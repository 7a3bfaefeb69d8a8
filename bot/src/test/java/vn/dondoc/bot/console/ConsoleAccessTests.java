package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.bot.telegram.FakeBotApi;

/**
 * Who gets into the console: only through a link from /dangnhap, once, within ten minutes, with the CSRF token;
 * the office and leaders only; LEADER reads, only OFFICE may change. Through Spring Security's filter chain of the
 * running application (MockMvc on its context).
 */
class ConsoleAccessTests {

    @TempDir
    Path dir;
    ConsoleApp console;
    MockMvc web;

    @BeforeEach
    void setUp() throws Exception {
        console = new ConsoleApp(dir);
        web = MockMvcBuilders.webAppContextSetup((WebApplicationContext) console.app).apply(springSecurity()).build();
    }

    @AfterEach
    void tearDown() throws Exception {
        console.close();
    }

    @Test
    void noPageWithoutASessionOnlyTheLoginPageSayingHowToGetIn() throws Exception {
        web.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        web.perform(get("/?agency=Sở Y tế")).andExpect(status().is3xxRedirection());
        web.perform(get("/tasks/1")).andExpect(status().is3xxRedirection());
        web.perform(post("/").with(csrf())).andExpect(status().is3xxRedirection());
        web.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/dangnhap")));
    }

    @Test
    void theOfficesLinkLogsInOnceAndTheSessionSeesTheRegister() throws Exception {
        String token = ConsoleApp.token(console.loginLink(ConsoleApp.OFFICE));

        // Opening the link (as a link preview would) does not use it: it shows a button.
        web.perform(get("/login/ott").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + token + "\"")));
        MockHttpSession session = logIn(token);
        web.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sổ nhiệm vụ")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Văn phòng UBND tỉnh")));

        web.perform(post("/login/ott").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/login?used=1"));
    }

    @Test
    void aLinkOlderThanTenMinutesNoLongerLogsIn() throws Exception {
        String token = ConsoleApp.token(console.loginLink(ConsoleApp.LEADER));
        console.later(Duration.ofMinutes(10).plusSeconds(1));

        web.perform(post("/login/ott").param("token", token).with(csrf())).andExpect(redirectedUrl("/login?used=1"));
        web.perform(get("/login?used=1")).andExpect(content().string(org.hamcrest.Matchers.containsString("đã hết hạn")));
    }

    @Test
    void aStaffContactOrAStrangerGetsNoLinkOnlyOneLine() {
        console.telegram.userSays(ConsoleApp.STAFF, "/dangnhap");
        FakeBotApi.Call staff = console.telegram.awaitMessageContaining(ConsoleApp.STAFF, "chỉ dành cho Văn phòng UBND và lãnh đạo");
        console.telegram.userSays(ConsoleApp.STRANGER, "/login");
        FakeBotApi.Call stranger = console.telegram.awaitMessageContaining(ConsoleApp.STRANGER, "chưa liên kết");

        assertThat(staff.text().lines()).hasSize(1);
        assertThat(stranger.text().lines()).hasSize(1);
        assertThat(console.telegram.calls()).noneMatch(c -> c.text() != null && c.text().contains("token="));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        String token = ConsoleApp.token(console.loginLink(ConsoleApp.OFFICE));

        web.perform(post("/login/ott").param("token", token)).andExpect(status().isForbidden());
        MockHttpSession session = logIn(token);
        web.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        web.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void aLeaderReadsButOnlyTheOfficeMayChange() throws Exception {
        MockHttpSession leader = logIn(ConsoleApp.token(console.loginLink(ConsoleApp.LEADER)));
        MockHttpSession office = logIn(ConsoleApp.token(console.loginLink(ConsoleApp.OFFICE)));

        web.perform(get("/").session(leader)).andExpect(status().isOk());
        web.perform(post("/").session(leader).with(csrf())).andExpect(status().isForbidden());
        // The office passes security; there is nothing to change on this page yet.
        web.perform(post("/").session(office).with(csrf())).andExpect(status().is(org.hamcrest.Matchers.not(403)));
    }

    private MockHttpSession logIn(String token) throws Exception {
        MockHttpSession session = new MockHttpSession();
        web.perform(post("/login/ott").session(session).param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        return session;
    }
}
