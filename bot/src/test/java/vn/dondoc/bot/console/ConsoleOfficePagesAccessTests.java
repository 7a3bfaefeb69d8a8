package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.digest.DigestDeliveries;
import vn.dondoc.scheduler.task.ExtensionActions;

/**
 * Who may use the extensions, holidays, digest and delivery-log pages: nobody without a session; the office and
 * leaders read them all; a leader decides an extension but changes no holiday and sends no digest; a POST without
 * the CSRF token is refused. (A STAFF contact gets no login link at all: {@link ConsoleAccessTests}.)
 */
class ConsoleOfficePagesAccessTests {

    static final String[] PAGES = {"/giahan", "/ngaynghi", "/ngaynghi?year=2025", "/bantin", "/bantin/bieudo.png",
            "/bantin/bangtinh.xlsx", "/nhatky", "/nhatky?ngay=2024-03-25&ketqua=SENT"};

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
    void noPageAndNoChangeWithoutASession() throws Exception {
        for (String page : PAGES) {
            web.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        web.perform(post("/giahan/1").param("decision", "approve").with(csrf())).andExpect(redirectedUrl("/login"));
        web.perform(post("/ngaynghi").param("date", "2024-10-07").param("name", "Ngày tỉnh").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        web.perform(post("/ngaynghi/xoa").param("date", "2024-10-07").with(csrf())).andExpect(redirectedUrl("/login"));
        web.perform(post("/bantin/gui").with(csrf())).andExpect(redirectedUrl("/login"));
        assertThat(console.app.getBean(OfficeDays.class).all()).isEmpty();
    }

    @Test
    void aLeaderReadsEveryPageAndDecidesAnExtensionButChangesNoHolidayAndSendsNoDigest() throws Exception {
        AskedExtension asked = AskedExtension.byTheClerk(console);
        MockHttpSession leader = logIn(ConsoleApp.LEADER);
        for (String page : PAGES) {
            web.perform(get(page).session(leader)).andExpect(status().isOk());
        }
        web.perform(get("/giahan").session(leader)).andExpect(content().string(containsString("chờ ý kiến Bộ Y tế")));

        web.perform(post("/ngaynghi").session(leader).param("date", "2024-10-07").param("name", "Ngày tỉnh").with(csrf()))
                .andExpect(status().isForbidden());
        web.perform(post("/ngaynghi/xoa").session(leader).param("date", "2024-09-02").with(csrf())).andExpect(status().isForbidden());
        console.later(java.time.Duration.ofDays(7));
        web.perform(post("/bantin/gui").session(leader).with(csrf())).andExpect(status().isForbidden());
        web.perform(post("/giahan/" + asked.id()).session(leader).param("decision", "approve").with(csrf()))
                .andExpect(redirectedUrl("/giahan"))
                .andExpect(flash().attribute("done", containsString("nhiệm vụ #" + asked.taskId() + " có hạn mới 30/06/2024")));

        assertThat(console.app.getBean(OfficeDays.class).all()).isEmpty();
        assertThat(console.app.getBean(DigestDeliveries.class).sent(LocalDate.of(2024, 4, 1))).isZero();
        console.telegram.awaitMessageContaining(ConsoleApp.STAFF, "Đề nghị gia hạn #" + asked.id() + " được đồng ý");
        assertThat(console.app.getBean(ExtensionActions.class).board(
                vn.dondoc.scheduler.task.Caller.console(console.app.getBean(vn.dondoc.scheduler.contact.ContactRegister.class)
                        .byChat(ConsoleApp.OFFICE).orElseThrow())).decided())
                .singleElement().satisfies(line -> assertThat(line.decidedBy()).isEqualTo("Trần Thị Lãnh Đạo"));
    }

    @Test
    void thePostsNeedTheCsrfTokenEvenFromTheOffice() throws Exception {
        AskedExtension asked = AskedExtension.byTheClerk(console);
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        web.perform(post("/giahan/" + asked.id()).session(office).param("decision", "approve")).andExpect(status().isForbidden());
        web.perform(post("/ngaynghi").session(office).param("date", "2024-10-07").param("name", "Ngày tỉnh"))
                .andExpect(status().isForbidden());
        web.perform(post("/ngaynghi/xoa").session(office).param("date", "2024-10-07")).andExpect(status().isForbidden());
        web.perform(post("/bantin/gui").session(office)).andExpect(status().isForbidden());

        assertThat(console.app.getBean(OfficeDays.class).all()).isEmpty();
        web.perform(get("/giahan").session(office)).andExpect(content().string(containsString("id=\"request-" + asked.id() + "\"")));
    }

    @Test
    void theOfficeAddsAndRemovesItsDayButTheLawsHolidayStaysWithASentence() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        web.perform(post("/ngaynghi").session(office).param("date", "07/10/2024").param("name", "Kỷ niệm ngày thành lập tỉnh")
                        .with(csrf()))
                .andExpect(redirectedUrl("/ngaynghi?year=2024"))
                .andExpect(flash().attribute("done", "Đã thêm ngày nghỉ 07/10/2024: Kỷ niệm ngày thành lập tỉnh."));
        web.perform(post("/ngaynghi/xoa").session(office).param("date", "2024-09-02").with(csrf()))
                .andExpect(flash().attribute("problem", containsString("không phải ngày Văn phòng thêm, nên không xóa được")));
        web.perform(post("/ngaynghi").session(office).param("date", "31/02/2024").param("name", "x").with(csrf()))
                .andExpect(flash().attribute("addProblem", "\"31/02/2024\" không phải là một ngày. Hãy ghi ngày/tháng/năm, ví dụ 07/10/2024."))
                .andExpect(flash().attribute("newName", "x"));
        assertThat(console.app.getBean(OfficeDays.class).all()).extracting(d -> d.date()).containsExactly(LocalDate.of(2024, 10, 7));

        web.perform(get("/ngaynghi?year=2024&xoa=2024-10-07").session(office))
                .andExpect(content().string(containsString("id=\"confirm-remove\"")));
        web.perform(post("/ngaynghi/xoa").session(office).param("date", "2024-10-07").with(csrf()))
                .andExpect(flash().attribute("done", containsString("Đã xóa ngày 07/10/2024")));
        assertThat(console.app.getBean(OfficeDays.class).all()).isEmpty();

        web.perform(get("/bantin/bieudo.png").session(office)).andExpect(header().string("Content-Type", "image/png"));
        web.perform(get("/bantin/bangtinh.xlsx").session(office))
                .andExpect(header().string("Content-Disposition", containsString("dondoc-2024-03-25.xlsx")));
    }

    private MockHttpSession logIn(long chat) throws Exception {
        String token = ConsoleApp.token(console.loginLink(chat));
        MockHttpSession session = new MockHttpSession();
        web.perform(post("/login/ott").session(session).param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        return session;
    }
}
