package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.bot.cli.CliRunner;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * A notice in prose on the import page: each task listed with a box to drop it and fields to correct it; a lead no
 * agency answers to gets a sentence next to its field and nothing is written; confirming saves only the tasks kept,
 * as corrected. Read back with {@code tasks --json}.
 */
class ImportNoticePageTests {

    /** Lai Châu, Công văn 846/UBND-TH: line 3 gives three addressees a report, line 4 gives Sở Kế hoạch và Đầu tư the summary. */
    static final Path NOTICE = Path.of("../scheduler/src/test/resources/notices/laichau-846-ubnd-th-2019.txt");

    @TempDir
    Path dir;
    ConsoleApp console;
    MockMvc web;

    @BeforeEach
    void start() throws Exception {
        console = new ConsoleApp(dir);
        web = MockMvcBuilders.webAppContextSetup((WebApplicationContext) console.app).apply(springSecurity()).build();
    }

    @AfterEach
    void tearDown() throws Exception {
        console.close();
    }

    @Test
    void theOfficeDropsOneTaskCorrectsAnothersDeadlineAndOnlyThatOneIsSaved() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);
        TaskRegister tasks = console.app.getBean(TaskRegister.class);
        long before = tasks.count();

        web.perform(upload(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thông báo giao 2 nhiệm vụ; sẽ nhập 2 nhiệm vụ giữ lại.")))
                .andExpect(content().string(containsString("name=\"drop.1\"")))
                .andExpect(content().string(containsString("tổng hợp chung báo cáo")))
                .andExpect(content().string(containsString("&quot;trước ngày 24/5/2019&quot; → 24/05/2019")))
                .andExpect(content().string(containsString("các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố")));
        assertThat(tasks.count()).isEqualTo(before);

        web.perform(post("/nhap/xem-lai").session(office).with(csrf()).param("drop.1", "on")
                        .param("deadline.2", "trước ngày 31/5/2019"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sẽ nhập 1 nhiệm vụ giữ lại")))
                .andExpect(content().string(containsString("&quot;trước ngày 31/5/2019&quot; → 31/05/2019")));

        web.perform(post("/nhap/xac-nhan").session(office).with(csrf()).param("drop.1", "on")
                        .param("deadline.2", "trước ngày 31/5/2019"))
                .andExpect(redirectedUrl("/nhap"));

        assertThat(tasks.count()).isEqualTo(before + 1);
        List<String> saved = new CliRunner(console.file).run("tasks", "--json", "--now", "2019-05-22").lines().stream()
                .filter(l -> l.contains("846/UBND-TH")).toList();
        assertThat(saved).singleElement().satisfies(line -> assertThat(line).contains("tổng hợp chung báo cáo")
                .contains("2019-05-31").doesNotContain("báo cáo tình hình"));
    }

    @Test
    void aCorrectedLeadNoAgencyAnswersToGetsASentenceNextToItsFieldAndNothingIsWritten() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);
        TaskRegister tasks = console.app.getBean(TaskRegister.class);
        long before = tasks.count();
        web.perform(upload(office)).andExpect(status().isOk());

        web.perform(post("/nhap/xac-nhan").session(office).with(csrf()).param("lead.2", "Sở Không Có Thật"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lead-problem-2\"")))
                .andExpect(content().string(containsString("«Sở Không Có Thật» không phải tên hay tên gọi khác của cơ quan nào")));
        assertThat(tasks.count()).isEqualTo(before);

        web.perform(post("/nhap/xac-nhan").session(office).with(csrf()).param("lead.2", "so tai chinh"))
                .andExpect(redirectedUrl("/nhap"));
        assertThat(new CliRunner(console.file).run("tasks", "--json", "--now", "2019-05-22").lines().stream()
                .filter(l -> l.contains("846/UBND-TH")).filter(l -> l.contains("tổng hợp chung báo cáo")).toList())
                .singleElement().satisfies(line -> assertThat(line).contains("Sở Tài chính"));
    }

    @Test
    void aLeaderSeesThePageButCannotUploadOrConfirmANotice() throws Exception {
        MockHttpSession leader = logIn(ConsoleApp.LEADER);
        long before = console.app.getBean(TaskRegister.class).count();

        web.perform(get("/nhap").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"drop.1\""))));
        web.perform(upload(leader)).andExpect(status().isForbidden());
        web.perform(post("/nhap/xac-nhan").session(leader).with(csrf()).param("drop.1", "on")).andExpect(status().isForbidden());
        web.perform(post("/nhap/xac-nhan").param("drop.1", "on").with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(console.app.getBean(TaskRegister.class).count()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.RequestBuilder upload(MockHttpSession session) throws Exception {
        return multipart("/nhap").file(new MockMultipartFile("file", "cv-846.txt", "text/plain", Files.readAllBytes(NOTICE)))
                .session(session).with(csrf()).param("number", "846/UBND-TH").param("issued", "2019-05-21");
    }

    private MockHttpSession logIn(long chat) throws Exception {
        String token = ConsoleApp.token(console.loginLink(chat));
        MockHttpSession session = new MockHttpSession();
        web.perform(post("/login/ott").session(session).param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        return session;
    }
}
