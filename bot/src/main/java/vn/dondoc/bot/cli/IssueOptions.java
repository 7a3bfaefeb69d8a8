package vn.dondoc.bot.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Texts;

/** The dates a document's deadline phrases are read against: its issue date and its plan year. */
final class IssueOptions {

    @Option(names = "--issued", required = true, paramLabel = "NGÀY", converter = OfficeDates.Day.class,
            description = "Ngày ban hành văn bản, ví dụ 18/01/2024 hoặc 2024-01-18 (mốc cho \"trong 10 ngày\" và việc định kỳ).")
    LocalDate issued;

    @Option(names = "--year", paramLabel = "Y", description = "Năm kế hoạch (mặc định năm ban hành).")
    Integer year;

    /** The plan year, refused in one sentence when it is not one a deadline phrase can mean. */
    int planYear(Texts texts) {
        int planYear = year != null ? year : issued.getYear();
        if (planYear < 2000 || planYear > 2100) {
            throw new CliException(texts.get("cli.badPlanYear", planYear));
        }
        return planYear;
    }
}
