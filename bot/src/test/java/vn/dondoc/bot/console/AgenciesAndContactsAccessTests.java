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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRegister;

/**
 * The agencies and contacts pages through the running application's filter chain: a session for every page and POST,
 * a leader reads but changes nothing, no change without the CSRF token, and the refusals said next to their field.
 */
class AgenciesAndContactsAccessTests {

    @TempDir
    Path dir;
    ConsoleApp console;
    MockMvc web;
    long yTe;
    long taiChinh;
    long clerk;

    @BeforeEach
    void setUp() throws Exception {
        console = new ConsoleApp(dir);
        web = MockMvcBuilders.webAppContextSetup((WebApplicationContext) console.app).apply(springSecurity()).build();
        List<Agency> all = console.app.getBean(AgencyRegister.class).all();
        yTe = all.stream().filter(a -> a.name().equals("Sở Y tế")).findFirst().orElseThrow().id();
        taiChinh = all.stream().filter(a -> a.name().equals("Sở Tài chính")).findFirst().orElseThrow().id();
        clerk = console.app.getBean(ContactRegister.class).byChat(ConsoleApp.STAFF).orElseThrow().id();
    }

    @AfterEach
    void tearDown() throws Exception {
        console.close();
    }

    @Test
    void noPageAndNoChangeWithoutASession() throws Exception {
        for (String page : List.of("/coquan", "/coquan/" + yTe + "/gop?into=" + taiChinh, "/lienhe", "/lienhe/the-moi")) {
            web.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        for (String change : List.of("/coquan", "/coquan/" + yTe + "/ten-khac", "/coquan/" + yTe + "/ten-khac/xoa",
                "/coquan/" + yTe + "/doi-ten", "/coquan/" + yTe + "/ten-viet-tat", "/coquan/" + yTe + "/gop",
                "/lienhe", "/lienhe/" + clerk + "/moi-lai", "/lienhe/" + clerk + "/ngung", "/lienhe/moi-chua-lien-ket",
                "/lienhe/the-moi/xoa", "/lienhe/nhap", "/lienhe/nhap/xac-nhan")) {
            web.perform(post(change).with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aLeaderSeesTheAgenciesAndContactsButChangesNothing() throws Exception {
        MockHttpSession leader = logIn(ConsoleApp.LEADER);

        web.perform(get("/coquan").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Tài chính")))
                .andExpect(content().string(containsString("Không có ai để nhắc")));
        web.perform(get("/lienhe").session(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Văn An")));
        web.perform(post("/coquan/" + yTe + "/gop").param("into", String.valueOf(taiChinh)).session(leader).with(csrf()))
                .andExpect(status().isForbidden());
        web.perform(post("/lienhe").param("name", "Lê Thị Mới").param("role", "STAFF").param("agency", String.valueOf(yTe))
                .session(leader).with(csrf())).andExpect(status().isForbidden());
        web.perform(post("/lienhe/" + clerk + "/ngung").session(leader).with(csrf())).andExpect(status().isForbidden());
        assertThat(console.app.getBean(AgencyRegister.class).byId(yTe)).isPresent();
    }

    @Test
    void reinvitingALinkedContactIsAskedFirstAndAnUnlinkedOneIsNot() throws Exception {
        long newcomer = console.app.getBean(ContactRegister.class).add(new vn.dondoc.scheduler.contact.NewContact(
                "Lê Thị Mới", vn.dondoc.scheduler.contact.ContactRole.STAFF, yTe, List.of(), null)).id();
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        String page = web.perform(get("/lienhe").session(office)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(row(page, clerk)).contains("data-confirm=\"Nguyễn Văn An đã liên kết Telegram");
        assertThat(row(page, newcomer)).contains("class=\"small reinvite\"").doesNotContain("đã liên kết Telegram");
    }

    private static String row(String page, long contact) {
        int start = page.indexOf("id=\"contact-" + contact + "\"");
        assertThat(start).as("row of contact %d", contact).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void theOfficeChangesNothingWithoutTheCsrfToken() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        web.perform(post("/coquan/" + yTe + "/gop").param("into", String.valueOf(taiChinh)).session(office))
                .andExpect(status().isForbidden());
        web.perform(post("/coquan").param("name", "Sở Mới").session(office)).andExpect(status().isForbidden());
        web.perform(post("/lienhe/" + clerk + "/ngung").session(office)).andExpect(status().isForbidden());
        assertThat(console.app.getBean(AgencyRegister.class).byId(yTe)).isPresent();
        assertThat(console.app.getBean(ContactRegister.class).deactivated()).isEmpty();
    }

    @Test
    void aMergeIntoItselfIsRefusedWithASentenceNextToTheField() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        MvcResult refused = web.perform(post("/coquan/" + yTe + "/gop").param("into", String.valueOf(yTe))
                .session(office).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();

        web.perform(get("/coquan").session(office).flashAttrs(refused.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể gộp Sở Y tế vào chính nó")));
        assertThat(console.app.getBean(AgencyRegister.class).byId(yTe)).isPresent();
    }

    @Test
    void theMergePageSaysItCannotBeUndoneBeforeAnythingChanges() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        web.perform(get("/coquan/" + yTe + "/gop").param("into", String.valueOf(taiChinh)).session(office))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể hoàn tác")))
                .andExpect(content().string(containsString("Gộp vào Sở Tài chính")));
        assertThat(console.app.getBean(AgencyRegister.class).byId(yTe)).isPresent();
    }

    @Test
    void theMergeFormAtTheTopLeadsToTheSameConfirmationAndRefusesAMissingOrSameChoiceThere() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);

        web.perform(get("/coquan/gop").param("from", String.valueOf(yTe)).param("into", String.valueOf(taiChinh))
                .session(office)).andExpect(redirectedUrl("/coquan/" + yTe + "/gop?into=" + taiChinh));
        for (MvcResult refused : List.of(
                web.perform(get("/coquan/gop").param("from", String.valueOf(yTe)).session(office)).andReturn(),
                web.perform(get("/coquan/gop").param("from", String.valueOf(yTe)).param("into", String.valueOf(yTe))
                        .session(office)).andReturn())) {
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/coquan#merge-agencies");
            String page = web.perform(get("/coquan").session(office).flashAttrs(refused.getFlashMap()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page.substring(page.indexOf("id=\"merge-agencies\""), page.indexOf("id=\"add-agency\"")))
                    .containsAnyOf("Hãy chọn cơ quan cần gộp và cơ quan để gộp vào.", "Không thể gộp Sở Y tế vào chính nó");
        }
        assertThat(console.app.getBean(AgencyRegister.class).byId(yTe)).isPresent();
    }

    @Test
    void theSearchBoxFindsAgenciesWrittenAnyWayAndSaysHowManyOfAll() throws Exception {
        MockHttpSession leader = logIn(ConsoleApp.LEADER);

        String page = web.perform(get("/coquan").param("q", "so y te").session(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String table = page.substring(page.indexOf("<table"));

        assertThat(table).contains("id=\"agency-" + yTe + "\"").doesNotContain("id=\"agency-" + taiChinh + "\"");
        int total = console.app.getBean(AgencyRegister.class).all().size();
        assertThat(page).containsPattern("\\d+ trên " + total + " cơ quan khớp «so y te»")
                .contains(total + " cơ quan trong sổ");
        String all = web.perform(get("/coquan").session(leader)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("id=\"agency-" + taiChinh + "\"").doesNotContain("agency-search-result");
    }

    @Test
    void aDuplicateContactIsRefusedNextToTheNameAndNothingIsAdded() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);
        int before = console.app.getBean(ContactRegister.class).all().size();

        MvcResult refused = web.perform(post("/lienhe").param("name", "nguyen van an").param("role", "STAFF")
                .param("agency", String.valueOf(yTe)).session(office).with(csrf())).andReturn();

        web.perform(get("/lienhe").session(office).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("id=\"name-problem\"")))
                .andExpect(content().string(containsString("Đã có liên hệ #" + clerk + " tên nguyen van an")))
                .andExpect(content().string(containsString("id=\"same-name\"")));
        assertThat(console.app.getBean(ContactRegister.class).all()).hasSize(before);
    }

    @Test
    void theOfficeDeactivatesAClerkButNotItself() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);
        ContactRegister contacts = console.app.getBean(ContactRegister.class);
        long me = contacts.byChat(ConsoleApp.OFFICE).orElseThrow().id();

        web.perform(post("/lienhe/" + me + "/ngung").session(office).with(csrf())).andExpect(status().is3xxRedirection());
        web.perform(post("/lienhe/" + clerk + "/ngung").session(office).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(contacts.deactivated()).containsExactly(clerk);
        assertThat(contacts.byChat(ConsoleApp.STAFF)).isEmpty();
    }

    @Test
    void aContactsListIsPreviewedWithoutWritingThenImportedWithInviteCards() throws Exception {
        MockHttpSession office = logIn(ConsoleApp.OFFICE);
        ContactRegister contacts = console.app.getBean(ContactRegister.class);
        int before = contacts.all().size();
        MockMultipartFile list = new MockMultipartFile("file", "lien-he.csv", "text/csv",
                ("Họ tên,Vai trò,Cơ quan\nTrần Thị Bình,đầu mối,Sở Tài chính\nPhạm Dũng,đầu mối,Sở Du lịch Hà Nội\n")
                        .getBytes(StandardCharsets.UTF_8));

        web.perform(multipart("/lienhe/nhap").file(list).session(office).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 người sẽ được thêm, 1 dòng bị bỏ qua")))
                .andExpect(content().string(containsString("Không có cơ quan &quot;Sở Du lịch Hà Nội&quot;")));
        assertThat(contacts.all()).hasSize(before);

        web.perform(post("/lienhe/nhap/xac-nhan").session(office).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(contacts.all()).hasSize(before + 1).extracting(Contact::name).contains("Trần Thị Bình");
        web.perform(get("/lienhe/the-moi").session(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trần Thị Bình")))
                .andExpect(content().string(containsString("https://t.me/" + FakeBotApi.BOT_NAME + "?start=")))
                .andExpect(content().string(containsString("data:image/png;base64,")))
                .andExpect(content().string(not(containsString("Nguyễn Văn An"))));
    }

    private MockHttpSession logIn(long chat) throws Exception {
        String token = ConsoleApp.token(console.loginLink(chat));
        MockHttpSession session = new MockHttpSession();
        web.perform(post("/login/ott").session(session).param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        return session;
    }
}
