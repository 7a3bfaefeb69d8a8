package vn.dondoc.messages;

import static org.assertj.core.api.Assertions.assertThat;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dondoc.scheduler.deadline.DeadlineError;
import vn.dondoc.scheduler.digest.DigestError;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.ErrorCode;
import vn.dondoc.scheduler.error.Problem;
import vn.dondoc.scheduler.importing.ImportError;
import vn.dondoc.scheduler.register.RegisterBusyException;
import vn.dondoc.scheduler.register.RegisterError;
import vn.dondoc.scheduler.register.RegisterUnavailableException;
import vn.dondoc.scheduler.reminder.ReminderError;
import vn.dondoc.scheduler.task.TaskError;

/** Every error the scheduler can give has a sentence in both languages, with the same placeholders. */
class ErrorTextsTests {

    Texts vi = Texts.of(Texts.Language.VIETNAMESE);
    Texts en = Texts.of(Texts.Language.ENGLISH);

    @Test
    void everyCodeOfEveryErrorEnumHasAVietnameseAndAnEnglishText() {
        List<ErrorCode> codes = codes();
        assertThat(codes).as("the scheduler's error codes were found").contains(TaskError.NOT_FOUND);
        for (ErrorCode code : codes) {
            assertThat(vi.keys()).as("Vietnamese text of " + code).contains(code.key());
            assertThat(en.keys()).as("English text of " + code).contains(code.key());
            assertThat(placeholders(en.get(code.key()))).as(code.key()).isEqualTo(placeholders(vi.get(code.key())));
        }
    }

    @Test
    void anErrorReadsInTheChosenLanguageWithDatesAsOfficesWriteThem() {
        DondocException waiting = new DondocException(TaskError.EXTENSION_WAITING, 1234L, 5L);
        assertThat(vi.error(waiting)).isEqualTo("Nhiệm vụ #1234 đã có đề nghị gia hạn #5 đang chờ xử lý.");
        assertThat(en.error(waiting)).isEqualTo("Task #1234 already has extension request #5 waiting for a decision.");
        DondocException notLater = new DondocException(TaskError.EXTENSION_NOT_LATER, LocalDate.of(2024, 3, 31));
        assertThat(vi.error(notLater)).isEqualTo("Ngày gia hạn phải sau thời hạn hiện tại (31/03/2024).");
    }

    @Test
    void aProblemQuotingAnotherIsRenderedWholeInEachLanguage() {
        Problem refused = Problem.of(ImportError.NO_TASK_ROWS_REJECTED, 1, 2, Problem.of(ImportError.NO_LEAD, "1"));
        assertThat(vi.render(refused))
                .isEqualTo("Không có dòng nhiệm vụ nào dưới dòng tiêu đề (dòng 1); dòng 2: Nhiệm vụ 1 không ghi cơ quan chủ trì.");
        assertThat(en.render(refused)).isEqualTo("There are no task rows under the header row (line 1); line 2: Task 1 names no lead agency.");
    }

    @Test
    void aDeadlineProblemNamesTheIssueDateAsOfficesWriteIt() {
        Problem passed = Problem.of(DeadlineError.BEFORE_ISSUE, "Quý I", 2024, LocalDate.of(2024, 5, 2));
        assertThat(vi.render(passed)).isEqualTo("Mốc “Quý I” của năm 2024 đã qua trước ngày ban hành 02/05/2024.");
        assertThat(en.render(passed)).isEqualTo("The milestone “Quý I” of 2024 passed before the issue date 02/05/2024.");
    }

    @Test
    void aPassAlreadyRunningAndARegisterThatCannotBeOpenedSaySo() {
        assertThat(vi.error(new RegisterBusyException(ReminderError.BUSY)))
                .isEqualTo("Một lượt nhắc hạn khác đang chạy trên sổ này (dondoc run hoặc remind): đợi nó xong rồi chạy lại.");
        assertThat(en.error(new RegisterBusyException(DigestError.BUSY))).startsWith("Another weekly digest pass is running");
        RegisterUnavailableException locked = new RegisterUnavailableException(RegisterError.OPEN, null, "/srv/dondoc.db", "disk I/O error");
        assertThat(vi.error(locked)).isEqualTo("Không mở được sổ /srv/dondoc.db: disk I/O error");
        assertThat(en.error(locked)).isEqualTo("Cannot open the register /srv/dondoc.db: disk I/O error");
    }

    @Test
    void errorTextsCarryNoHtmlSoTheBotCanEscapeThemWhole() {
        for (ErrorCode code : codes()) {
            assertThat(vi.get(code.key()) + en.get(code.key())).as(code.key()).doesNotContain("<", ">", "&");
        }
    }

    private static List<ErrorCode> codes() {
        List<ErrorCode> codes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dondoc.scheduler")) {
            if (type.isEnum() && type.isAssignableTo(ErrorCode.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    codes.add((ErrorCode) constant);
                }
            }
        }
        return codes;
    }

    private static List<String> placeholders(String text) {
        return Pattern.compile("\\{\\d+}").matcher(text).results().map(r -> r.group()).sorted().distinct().toList();
    }
}
