package vn.dondoc.bot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.task.MilestoneStatus;

/** Reads back what a digest sent: the counts in its text, the chart, the workbook; and the counts of {@code tasks --json}. */
public final class DigestFigures {

    private static final Texts VI = Texts.forCode("vi");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DigestFigures() {
    }

    /** The count of each status as the digest text writes it ("Đang thực hiện quá hạn: <b>12</b>"). */
    public static Map<MilestoneStatus, Integer> inText(String html) {
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus status : MilestoneStatus.values()) {
            Matcher m = Pattern.compile(Pattern.quote(VI.get("status." + status)) + ": (?:<b>)?([\\d.]+)").matcher(html);
            assertThat(m.find()).as(status.name()).isTrue();
            counts.put(status, Integer.parseInt(m.group(1).replace(".", "")));
        }
        return counts;
    }

    /** Every status counted over the JSON lines of {@code tasks --json} (absent ones as 0). */
    public static Map<MilestoneStatus, Integer> inTasksJson(List<String> lines) {
        Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus status : MilestoneStatus.values()) {
            counts.put(status, 0);
        }
        try {
            for (String line : lines) {
                counts.merge(MilestoneStatus.valueOf(JSON.readTree(line).get("status").asText()), 1, Integer::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    public static BufferedImage image(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG that decodes").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of the workbook's first sheet below the header: one per milestone. */
    public static int workbookRows(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getSheetAt(0).getLastRowNum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
