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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.scheduler.task.HistoryEntry;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * The task page, the register's download and the import page through Spring Security's filter chain of the running
 * application (MockMvc on its context): every page and POST needs a session, a leader reads without forms and cannot
 * post, a POST without the CSRF token is refused, and each form writes only what it says (or nothing, with a sentence).
 */
class TaskAndImportPagesTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");

    @TempDir
    Path dir;
    ConsoleApp console;
    MockMvc web;

    @AfterEach
    void tearDown() throws Exception {
        if (console != null) {
            console.close();
        }
    }

    private void start(boolean withRegister) throws Exception {
        console = withRegister ? new ConsoleApp(dir) : ConsoleApp.empty(dir);
        web = MockMvcBuilders.webAppContextSetup((WebApplicationContext) console.app).apply(springSecurity()).build();
    }

    @Test
    void noNewPageOrPostWithoutASession() throws Exception {
        start(true);
        for (String page : List.of("/nhiemvu/1", "/nhap", "/so-nhiem-vu.xlsx")) {
            web.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        for (String form : List.of("/nhiemvu/1/sua", "/nhiemvu/1/huy", "/nhiemvu/1/xong", "/nhap", "/nhap/xem-lai", "/nhap/xac-nhan", "/nhap/huy")) {
            web.perform(post(form).with(csrf()).param("reason", "x")).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
        assertThat(history(1)).hasSize(1);
    }

    @Test
    void aLeaderReadsTheTaskWithoutTheFormsAndMayNotPostAny() throws Exception {
        start(true);
        MockHttpSession leader = logIn(ConsoleApp.LEADER);

        web.perform(get("/nhiemvu/1").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Các mốc thời hạn")))
                .andExpect(content().string(not(containsString("id=\"edit-form\""))))
                .andExpect(content().string(not(containsString("id=\"cancel-task\""))));
        web.perform(get("/nhap").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ Văn phòng UBND nhập văn bản")))
                .andExpect(content().string(not(containsString("id=\"upload-form\""))));
        for (String form : List.of("/nhiemvu/1/sua", "/nhiemvu/1/huy", "/nhiemvu/1/xong", "/nhap", "/nhap/xac-nhan")) {
            web.perform(post(form).session(leader).with(csrf()).param("reason", "x")).andExpect(status().isForbidden());
        }
        assertThat(history(1)).hasSize(1);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        start(true);
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        web.perform(post("/nhiemvu/1/huy").session(office).param("reason", "bãi bỏ")).andExpect(status().isForbidden());
        web.perform(post("/nhiemvu/1/sua").session(office).param("deadline", "Quý IV").param("step", "save"))
                .andExpect(status().isForbidden());
        web.perform(multipart("/nhap").file(upload()).session(office).param("number", "152/QĐ-UBND").param("issued", "18/01/2024"))
                .andExpect(status().isForbidden());
        assertThat(history(1)).hasSize(1);
    }

    @Test
    void theOfficePreviewsANewDeadlineThenSavesItAndTheHistorySaysWeb() throws Exception {
        start(true);
        MockHttpSession office = logIn(ConsoleApp.OFFICE);
        web.perform(get("/nhiemvu/1").session(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"edit-form\"")));

        web.perform(post("/nhiemvu/1/sua").session(office).with(csrf()).param("title", "").param("deadline", "Tháng 13"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Chưa đọc được thời hạn «Tháng 13»")));
        web.perform(post("/nhiemvu/1/sua").session(office).with(csrf()).param("title", "").param("deadline", "Quý IV"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Các mốc mới: 31/12/2024")));
        assertThat(history(1)).hasSize(1);

        web.perform(post("/nhiemvu/1/sua").session(office).with(csrf()).param("title", "").param("deadline", "Quý IV")
                        .param("step", "save"))
                .andExpect(redirectedUrl("/nhiemvu/1#done"));
        assertThat(history(1)).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo("EDITED");
            assertThat(h.actor()).isEqualTo("Văn phòng UBND tỉnh — web");
        });
        web.perform(get("/nhiemvu/1").session(office))
                .andExpect(content().string(containsString("Văn phòng UBND tỉnh — web")))
                .andExpect(content().string(containsString("thời hạn «")))
                .andExpect(content().string(containsString("31/12/2024")));
    }

    @Test
    void cancellingNeedsAReasonAndACompletionItsDayAndDocument() throws Exception {
        start(true);
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        web.perform(post("/nhiemvu/2/huy").session(office).with(csrf()).param("reason", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hãy ghi lý do hủy")));
        web.perform(post("/nhiemvu/3/xong").session(office).with(csrf()).param("on", "20/03/2024").param("document", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hãy ghi văn bản chứng minh")));
        web.perform(post("/nhiemvu/3/xong").session(office).with(csrf()).param("on", "20/04/2024").param("document", "BC 1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("chưa tới")));
        assertThat(history(2)).hasSize(1);
        assertThat(history(3)).hasSize(1);

        web.perform(post("/nhiemvu/2/huy").session(office).with(csrf()).param("reason", "Bãi bỏ theo QĐ 45/QĐ-UBND"))
                .andExpect(redirectedUrl("/nhiemvu/2#done"));
        web.perform(post("/nhiemvu/3/xong").session(office).with(csrf()).param("on", "20/03/2024")
                .param("document", "Báo cáo 12/BC-SYT")).andExpect(redirectedUrl("/nhiemvu/3#done"));

        assertThat(history(2)).last().satisfies(h -> assertThat(h.detail()).contains("Bãi bỏ theo QĐ 45/QĐ-UBND"));
        assertThat(history(3)).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo("DONE");
            assertThat(h.detail()).contains("2024-03-20").contains("Báo cáo 12/BC-SYT");
        });
        web.perform(get("/nhiemvu/2").session(office)).andExpect(content().string(containsString("Bãi bỏ theo QĐ 45/QĐ-UBND")))
                .andExpect(content().string(not(containsString("id=\"cancel-task\""))));
        web.perform(get("/nhiemvu/999").session(office)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không có nhiệm vụ #999")));
    }

    @Test
    void theRegisterDownloadsAsAWorkbookOfTheTasksFiltered() throws Exception {
        start(true);
        MockHttpSession leader = logIn(ConsoleApp.LEADER);

        byte[] all = web.perform(get("/so-nhiem-vu.xlsx").session(leader)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("so-nhiem-vu-2024-03-25.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] yTe = web.perform(get("/so-nhiem-vu.xlsx").session(leader).param("agency", "so y te").param("status", "OPEN_OVERDUE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        int milestones = console.app.getBean(TaskRegister.class)
                .milestones(vn.dondoc.scheduler.task.TaskQuery.all(java.time.LocalDate.of(2024, 3, 25))).size();

        assertThat(rows(all)).isEqualTo(milestones);
        assertThat(rows(yTe)).isPositive().isLessThan(milestones);
        web.perform(get("/").session(leader)).andExpect(content().string(containsString("href=\"/so-nhiem-vu.xlsx")));
    }

    @Test
    void theRegisterShowsTheTasksDueInAMonthAndTheTasksOfADocument() throws Exception {
        start(true);
        MockHttpSession leader = logIn(ConsoleApp.LEADER);
        List<vn.dondoc.scheduler.task.MilestoneLine> milestones = console.app.getBean(TaskRegister.class)
                .milestones(vn.dondoc.scheduler.task.TaskQuery.all(java.time.LocalDate.of(2024, 3, 25)));
        long dueInJune = milestones.stream().filter(l -> l.due() != null && l.due().getYear() == 2024
                && l.due().getMonthValue() == 6).map(vn.dondoc.scheduler.task.MilestoneLine::taskId).distinct().count();

        String june = web.perform(get("/").session(leader).param("month", "2024-06")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(dueInJune).isBetween(2L, 177L);
        assertThat(june).contains(dueInJune + " trên " + dueInJune + " nhiệm vụ.")
                .contains("<option value=\"2024-06\" selected=\"selected\">06/2024</option>");
        assertThat(june.split("class=\"due\"", -1)).as("each row's due date").hasSize((int) dueInJune + 1)
                .allSatisfy(cell -> assertThat(cell).doesNotContain("/05/2024<", "/07/2024<"));
        web.perform(get("/").session(leader).param("source", "152/QĐ-UBND"))
                .andExpect(content().string(containsString("178 trên 178 nhiệm vụ.")));
        web.perform(get("/").session(leader).param("source", "99/QĐ-UBND"))
                .andExpect(content().string(containsString("0 trên 0 nhiệm vụ.")));
        byte[] juneBook = web.perform(get("/so-nhiem-vu.xlsx").session(leader).param("month", "2024-06"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long juneTasksMilestones = milestones.stream().filter(l -> milestones.stream().anyMatch(m -> m.taskId() == l.taskId()
                && m.due() != null && m.due().getYear() == 2024 && m.due().getMonthValue() == 6)).count();
        assertThat(rows(juneBook)).as("every milestone of the tasks due in June").isEqualTo((int) juneTasksMilestones);
    }

    @Test
    void anImportIsPreviewedWritesNothingUntilConfirmedAndKeepsItsFileOnlyUntilThen() throws Exception {
        start(false);
        MockHttpSession office = logIn(ConsoleApp.OFFICE);
        TaskRegister tasks = console.app.getBean(TaskRegister.class);

        web.perform(multipart("/nhap").file(new MockMultipartFile("file", "ghi-chu.txt", "text/plain",
                        "Biên bản họp\nkhông có bảng nào".getBytes())).session(office).with(csrf())
                        .param("number", "152/QĐ-UBND").param("issued", "18/01/2024"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("không phải danh mục nhiệm vụ")));
        web.perform(multipart("/nhap").file(upload()).session(office).with(csrf()).param("number", "").param("issued", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hãy ghi số hiệu văn bản")))
                .andExpect(content().string(containsString("Hãy ghi ngày ban hành")));

        web.perform(multipart("/nhap").file(upload()).session(office).with(csrf())
                        .param("number", "152/QĐ-UBND").param("issued", "18/01/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("178 nhiệm vụ mới")))
                .andExpect(content().string(containsString("Cơ quan mới sẽ được thêm")))
                .andExpect(content().string(containsString("chưa có gì được ghi vào sổ")));
        PendingImport pending = (PendingImport) office.getAttribute(PendingImport.SESSION_KEY);
        assertThat(pending.file()).exists().hasFileName("152-QD-UBND-2024-phu-luc-01.tsv");
        assertThat(tasks.count()).isZero();

        web.perform(post("/nhap/xac-nhan").session(office).with(csrf())).andExpect(redirectedUrl("/nhap"));
        assertThat(tasks.count()).isEqualTo(178);
        assertThat(pending.file().getParent()).doesNotExist();
        assertThat(office.getAttribute(PendingImport.SESSION_KEY)).isNull();
        assertThat(history(1)).singleElement().satisfies(h -> assertThat(h.actor())
                .as("who imported, from the console, and the file").isEqualTo("Văn phòng UBND tỉnh — web (152-QD-UBND-2024-phu-luc-01.tsv)"));
    }

    @Test
    void theUploadedFileIsDeletedWhenTheSessionEnds() throws Exception {
        start(false);
        MockHttpSession office = logIn(ConsoleApp.OFFICE);
        web.perform(multipart("/nhap").file(upload()).session(office).with(csrf())
                .param("number", "152/QĐ-UBND").param("issued", "18/01/2024")).andExpect(status().isOk());
        Path file = ((PendingImport) office.getAttribute(PendingImport.SESSION_KEY)).file();

        office.invalidate();

        assertThat(file).doesNotExist();
        assertThat(console.app.getBean(TaskRegister.class).count()).isZero();
    }

    private static MockMultipartFile upload() throws Exception {
        return new MockMultipartFile("file", REAL.getFileName().toString(), "text/tab-separated-values", Files.readAllBytes(REAL));
    }

    private static int rows(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getSheetAt(0).getLastRowNum();
        }
    }

    private List<HistoryEntry> history(long task) {
        return console.app.getBean(TaskHistory.class).of(task);
    }

    private MockHttpSession logIn(long chat) throws Exception {
        String token = ConsoleApp.token(console.loginLink(chat));
        MockHttpSession session = new MockHttpSession();
        web.perform(post("/login/ott").session(session).param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        return session;
    }
}
