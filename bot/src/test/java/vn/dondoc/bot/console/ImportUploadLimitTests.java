package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * An upload over 30 MB, sent over HTTP to the running server as a browser would (the limit is the embedded Tomcat's,
 * which MockMvc does not have): the import page says so in one sentence, and nothing is written.
 */
class ImportUploadLimitTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    @TempDir
    Path dir;
    ConsoleApp console;

    @AfterEach
    void tearDown() throws Exception {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void aFileOverThirtyMegabytesIsRefusedWithOneSentence() throws Exception {
        console = ConsoleApp.empty(dir);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + console.port();
        String link = console.loginLink(ConsoleApp.OFFICE);
        String confirm = http.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login/ott"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + ConsoleApp.token(link) + "&_csrf=" + csrf(confirm))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.body()).contains("Sổ nhiệm vụ");
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/nhap")).build(), HttpResponse.BodyHandlers.ofString()).body();

        byte[] big = new byte[31 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        String boundary = "----dondoc" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "Content-Disposition: form-data; name=\"number\"", "152/QĐ-UBND".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "Content-Disposition: form-data; name=\"issued\"", "2024-01-18".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"lon.tsv\"\r\nContent-Type: text/plain", big);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"", csrf(page).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/nhap"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Tệp lớn hơn 30 MB nên không nhận.").contains("href=\"/nhap\"")
                .contains("Văn phòng UBND tỉnh").doesNotContain("Exception").doesNotContain("Content Too Large");
        assertThat(console.app.getBean(TaskRegister.class).count()).isZero();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) throws Exception {
        body.write(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
