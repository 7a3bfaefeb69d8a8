package vn.dondoc.bot.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestChart;
import vn.dondoc.messages.digest.DigestText;
import vn.dondoc.messages.digest.DigestWorkbook;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestDeliveries;
import vn.dondoc.scheduler.digest.DigestPass;
import vn.dondoc.scheduler.digest.DigestReport;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.error.DondocException;

/**
 * This week's digest as the office and the Chairman get it on Telegram (the whole register): the text, the chart
 * and the workbook, drawn by the same renderers; and "send now", after a confirmation, through the same pass and
 * channel as Monday's scheduled run (nobody gets it twice in a week).
 */
@Controller
class DigestPage {

    static final String PATH = "/bantin";
    /** The only tags the digest's Telegram HTML uses; every other "<" is shown as text. */
    private static final Pattern NOT_A_KNOWN_TAG = Pattern.compile("<(?!/?(?:b|i|u|s|code|pre)>)");

    private final DigestBuilder builder;
    private final DigestPass pass;
    private final DigestDeliveries deliveries;
    private final Texts texts;
    private final Clock clock;

    DigestPage(DigestBuilder builder, DigestPass pass, DigestDeliveries deliveries, Texts texts, Clock clock) {
        this.builder = builder;
        this.pass = pass;
        this.deliveries = deliveries;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "gui", required = false) String confirm, Model model) {
        LocalDate today = LocalDate.now(clock);
        Digest digest = builder.build(today, DigestScope.all());
        model.addAttribute("week", Formats.date(digest.week()));
        model.addAttribute("today", Formats.date(today));
        model.addAttribute("text", webHtml(new DigestText(texts).html(digest)));
        model.addAttribute("chartCaption", new DigestText(texts).chartCaption(digest));
        model.addAttribute("workbookName", DigestText.workbookFileName(digest));
        model.addAttribute("confirm", confirm != null);
        int sent = deliveries.sent(digest.week());
        model.addAttribute("sentThisWeek", sent == 0 ? texts.get("console.digest.notSentYet")
                : texts.get("console.digest.sentThisWeek", sent));
        return "console/digest";
    }

    @GetMapping(value = PATH + "/bieudo.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> chart() {
        Digest digest = builder.build(LocalDate.now(clock), DigestScope.all());
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(new DigestChart(texts).png(digest));
    }

    @GetMapping(PATH + "/bangtinh.xlsx")
    ResponseEntity<byte[]> workbook() {
        LocalDate today = LocalDate.now(clock);
        Digest digest = builder.build(today, DigestScope.all());
        byte[] xlsx = new DigestWorkbook(texts).xlsx(builder.lines(today, DigestScope.all()), today);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(DigestText.workbookFileName(digest)).build().toString())
                .body(xlsx);
    }

    @PostMapping(PATH + "/gui")
    String send(RedirectAttributes redirect) {
        try {
            DigestReport report = pass.sendNow(clock.instant());
            if (report.emptyRegister()) {
                redirect.addFlashAttribute("problem", texts.get("console.digest.emptyRegister"));
                return "redirect:" + PATH;
            }
            List<String> failed = report.outcomes().stream().filter(o -> !(o.result() instanceof DeliveryResult.Sent))
                    .map(DigestReport.Outcome::contactName).toList();
            redirect.addFlashAttribute("done", texts.get("console.digest.sent", report.sent(), report.alreadyDone().size()));
            if (report.dryRun()) {
                redirect.addFlashAttribute("problem", texts.get("console.digest.printedOnly"));
            } else if (!failed.isEmpty()) {
                redirect.addFlashAttribute("problem", texts.get("console.digest.notReached", String.join(", ", failed)));
            }
        } catch (DondocException e) {
            redirect.addFlashAttribute("problem", texts.error(e));
        }
        return "redirect:" + PATH;
    }

    /** The Telegram message for a web page: its own tags kept (b, i, pre…), any other angle bracket escaped. */
    static String webHtml(String telegramHtml) {
        return NOT_A_KNOWN_TAG.matcher(telegramHtml).replaceAll("&lt;");
    }
}
