package vn.dondoc.messages.letter;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.letter.LetterSettings;
import vn.dondoc.scheduler.letter.UrgingLetter;

/**
 * Writes an urging letter as a .docx in the form of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, margins 20/20/30/15 mm,
 * Times New Roman; the issuing body and the national motto side by side over the number and the place and date; the
 * subject under the number; "Kính gửi"; the body; "Nơi nhận" beside the signature block. The number is left as
 * "Số: …/VP-TH" for the office's register of outgoing letters.
 */
public final class LetterDocument {

    static final String FONT = "Times New Roman";
    /** A4 and the margins of Nghị định 30, in twentieths of a point. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MM = 57;

    private final Texts texts;

    public LetterDocument(Texts texts) {
        this.texts = texts;
    }

    /** {@code cong-van-don-doc-so-xay-dung-2024-04-10.docx}. */
    public static String fileName(UrgingLetter letter) {
        String slug = vn.dondoc.scheduler.text.VietnameseText.fold(letter.agency()).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return "cong-van-don-doc-" + slug + "-" + letter.day() + ".docx";
    }

    public void write(UrgingLetter letter, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            heading(doc, letter);
            Paragraphs.text(doc, texts.get("letter.to", letter.agency()), 14, false, false, ParagraphAlignment.CENTER)
                    .setSpacingBefore(240);
            body(doc, letter);
            signature(doc, letter.issuer());
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20 * MM));
        margins.setBottom(BigInteger.valueOf(20 * MM));
        margins.setLeft(BigInteger.valueOf(30 * MM));
        margins.setRight(BigInteger.valueOf(15 * MM));
    }

    private void heading(XWPFDocument doc, UrgingLetter letter) {
        LetterSettings issuer = letter.issuer();
        XWPFTable table = Paragraphs.layoutTable(doc, 1, new int[] {3500, 5841});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        Paragraphs.cellText(left, texts.get("letter.committee", issuer.province().toUpperCase(Locale.forLanguageTag("vi"))),
                13, false, false);
        Paragraphs.cellText(left, issuer.officeName().toUpperCase(Locale.forLanguageTag("vi")), 13, true, false);
        Paragraphs.rule(left, 1100);
        Paragraphs.cellText(left, texts.get("letter.number", issuer.symbol()), 13, false, false).setSpacingBefore(120);
        Paragraphs.cellText(left, subject(letter), 12, false, false);
        Paragraphs.cellText(right, texts.get("letter.nation"), 12, true, false);
        Paragraphs.cellText(right, texts.get("letter.motto"), 13, true, false);
        Paragraphs.rule(right, 1150);
        Paragraphs.cellText(right, placeDate(issuer.province(), letter.day()), 14, false, true).setSpacingBefore(120);
    }

    private String subject(UrgingLetter letter) {
        if (letter.sources().isEmpty()) {
            return texts.get("letter.subjectNothing");
        }
        return texts.get("letter.subject", sources(letter));
    }

    /** "Quyết định số 152/QĐ-UBND ngày 18/01/2024 và Kế hoạch số …". */
    private String sources(UrgingLetter letter) {
        List<String> refs = new ArrayList<>();
        for (UrgingLetter.Source s : letter.sources()) {
            refs.add(s.issuedOn() == null ? texts.get("letter.sourceRefNoDate", kind(s.number()), s.number())
                    : texts.get("letter.sourceRef", kind(s.number()), s.number(), Formats.date(s.issuedOn())));
        }
        return String.join(texts.get("letter.and"), refs);
    }

    /** The kind of document its number says: 152/QĐ-UBND is a Quyết định. */
    private String kind(String number) {
        String folded = vn.dondoc.scheduler.text.VietnameseText.fold(number).toUpperCase(Locale.ROOT);
        for (String kind : List.of("QD", "KH", "TB", "CT", "CV")) {
            if (folded.contains("/" + kind + "-") || folded.endsWith("/" + kind)) {
                return texts.get("letter.kind." + kind);
            }
        }
        return texts.get("letter.kind.other");
    }

    /** Nghị định 30: days below 10 and the months January and February are written with a leading zero. */
    private String placeDate(String place, LocalDate day) {
        String d = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
        String m = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return texts.get("letter.placeDate", place, d, m, day.getYear());
    }

    private void body(XWPFDocument doc, UrgingLetter letter) {
        int figures = letter.missingFigures().size();
        if (letter.overdue().isEmpty() && figures == 0) {
            Paragraphs.bodyText(doc, texts.get("letter.openingNothing", Formats.date(letter.day()), letter.agency()));
        } else {
            Paragraphs.bodyText(doc, texts.get("letter.opening", sources(letter), letter.issuer().province(),
                    Formats.date(letter.day()), letter.agency(), letter.overdue().size(), figures));
            XWPFParagraph tasksTitle = Paragraphs.bodyText(doc, texts.get("letter.tasksTitle"));
            tasksTitle.getRuns().get(0).setBold(true);
            if (letter.overdue().isEmpty()) {
                Paragraphs.bodyText(doc, texts.get("letter.none"));
            } else {
                XWPFTable tasks = Paragraphs.gridTable(doc, texts.get("letter.tasksHeader").split("\\|"),
                        new int[] {550, 1450, 3500, 1400, 1000, 1400});
                int n = 0;
                for (UrgingLetter.OverdueTask t : letter.overdue()) {
                    String due = t.overdueMilestones() > 1
                            ? texts.get("letter.taskDueSeveral", Formats.date(t.due()), t.overdueMilestones() - 1)
                            : texts.get("letter.taskDue", Formats.date(t.due()));
                    Paragraphs.gridRow(tasks, java.util.Set.of(2), String.valueOf(++n), texts.get("letter.itemRef", t.source(), t.item()),
                            t.title(), due, String.valueOf(t.daysOverdue()),
                            t.refusedExtensions() == 0 ? texts.get("letter.refusedNone") : texts.get("letter.refused", t.refusedExtensions()));
                }
            }
            XWPFParagraph figuresTitle = Paragraphs.bodyText(doc, texts.get("letter.figuresTitle"));
            figuresTitle.getRuns().get(0).setBold(true);
            figuresTitle.setSpacingBefore(160);
            if (figures == 0) {
                Paragraphs.bodyText(doc, texts.get("letter.none"));
            } else {
                XWPFTable table = Paragraphs.gridTable(doc, texts.get("letter.figuresHeader").split("\\|"),
                        new int[] {550, 3650, 1100, 1200, 1400, 1400});
                int n = 0;
                for (UrgingLetter.MissingFigure f : letter.missingFigures()) {
                    Paragraphs.gridRow(table, java.util.Set.of(1), String.valueOf(++n), f.name(), f.unit(), texts.get("letter.period." + f.period()),
                            f.target(), Formats.date(f.periodEnd()));
                }
            }
            Paragraphs.bodyText(doc, texts.get("letter.request", letter.agency(), Formats.date(letter.replyBy())))
                    .setSpacingBefore(160);
        }
        Paragraphs.bodyText(doc, texts.get("letter.closing", letter.agency()));
    }

    private void signature(XWPFDocument doc, LetterSettings issuer) {
        XWPFTable table = Paragraphs.layoutTable(doc, 1, new int[] {4341, 5000});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph recipients = Paragraphs.cellText(left, texts.get("letter.recipients"), 12, true, true);
        recipients.setAlignment(ParagraphAlignment.LEFT);
        recipients.setSpacingBefore(240);
        for (String key : List.of("letter.recipient1", "letter.recipient2", "letter.recipient3", "letter.recipient4")) {
            Paragraphs.cellText(left, texts.get(key), 11, false, false).setAlignment(ParagraphAlignment.LEFT);
        }
        boolean first = true;
        for (String line : issuer.signerTitle().split("\\|")) {
            XWPFParagraph title = Paragraphs.cellText(right, line.strip().toUpperCase(Locale.forLanguageTag("vi")), 14, true, false);
            if (first) {
                title.setSpacingBefore(240);
                first = false;
            }
        }
        // Room for the signature and the seal.
        XWPFParagraph name = Paragraphs.cellText(right, issuer.signerName(), 14, true, false);
        name.setSpacingBefore(1700);
    }
}
