package vn.dondoc.scheduler.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phụ lục 01 of Quyết định 152/QĐ-UBND (Nghệ An, issued 18/01/2024): the real register. */
class DeadlineRealDocumentTests {

    private static final Path REGISTER = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");

    /** Every distinct phrase of the register with its exact reading. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Khi có đề xuất                     | NONE     |
            Năm 2024                           | FIXED    | 31/12/2024
            Quý I                              | FIXED    | 31/03/2024
            Quý II                             | FIXED    | 30/06/2024
            Quý III                            | FIXED    | 30/09/2024
            Quý III+IV                         | FIXED    | 31/12/2024
            Quý IV                             | FIXED    | 31/12/2024
            Theo tiến độ hướng dẫn của TW      | NONE     |
            Tháng 1                            | FIXED    | 31/01/2024
            Tháng 1-2                          | FIXED    | 29/02/2024
            Tháng 10                           | FIXED    | 31/10/2024
            Tháng 11                           | FIXED    | 30/11/2024
            Tháng 11,12                        | MULTIPLE | 30/11/2024 31/12/2024
            Tháng 12                           | FIXED    | 31/12/2024
            Tháng 2                            | FIXED    | 29/02/2024
            Tháng 3                            | FIXED    | 31/03/2024
            Tháng 3, tháng 6, tháng 11         | MULTIPLE | 31/03/2024 30/06/2024 30/11/2024
            Tháng 4                            | FIXED    | 30/04/2024
            Tháng 5                            | FIXED    | 31/05/2024
            Tháng 6                            | FIXED    | 30/06/2024
            Tháng 6,7                          | MULTIPLE | 30/06/2024 31/07/2024
            Tháng 7                            | FIXED    | 31/07/2024
            Tháng 8                            | FIXED    | 31/08/2024
            Tháng 9                            | FIXED    | 30/09/2024
            """)
    void readsEachPhraseOfTheRegisterExactly(String phrase, DeadlineKind kind, String expected) throws IOException {
        assertThat(distinctPhrases()).as("the register uses this phrase").contains(phrase);

        assertDeadline(parse(phrase), kind, expected);
    }

    @Test
    void understandsEveryTaskOfTheRegister() throws IOException {
        List<String> phrases = taskPhrases();

        assertThat(phrases).hasSize(178);
        assertThat(phrases).allSatisfy(phrase ->
                assertThat(parse(phrase).kind()).as(phrase).isNotEqualTo(DeadlineKind.UNPARSED));
    }

    @Test
    void hasAnExactReadingForEveryDistinctPhrase() throws IOException {
        // If the register gains a phrase, the table above must gain its exact reading.
        assertThat(distinctPhrases()).hasSize(24);
    }

    private static Set<String> distinctPhrases() throws IOException {
        return taskPhrases().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    /** Column 4 of the rows whose first cell is a task number; section and header rows are skipped. */
    private static List<String> taskPhrases() throws IOException {
        return Files.readAllLines(REGISTER, StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t", -1))
                .filter(cells -> cells.length >= 4 && cells[0].strip().matches("\\d+"))
                .map(cells -> cells[3].strip())
                .toList();
    }
}
