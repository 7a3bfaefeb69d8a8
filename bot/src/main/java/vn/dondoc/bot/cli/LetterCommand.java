package vn.dondoc.bot.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.letter.LetterDocument;
import vn.dondoc.scheduler.letter.UrgingLetter;
import vn.dondoc.scheduler.letter.UrgingLetters;

@Command(name = "letter",
        description = {"Viết công văn đôn đốc (.docx, thể thức Nghị định 30/2020/NĐ-CP) gửi một cơ quan: các nhiệm vụ",
                "quá hạn do cơ quan chủ trì và các kỳ chỉ tiêu chưa báo cáo số liệu, tính đến một ngày. Số công văn để",
                "trống cho Văn phòng; cơ quan ban hành và người ký lấy từ DONDOC_PROVINCE, DONDOC_OFFICE_NAME,",
                "DONDOC_SIGNER_TITLE, DONDOC_SIGNER_NAME."})
final class LetterCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final UrgingLetters letters;
    private final AgencyArgument agencies;

    @Mixin
    HelpOption help;

    @Option(names = "--agency", required = true, paramLabel = "CƠ_QUAN", description = "Cơ quan nhận công văn.")
    String agency;

    @Option(names = "--now", paramLabel = "NGÀY", converter = OfficeDates.Day.class,
            description = "Ngày của công văn, tính quá hạn đến ngày này (mặc định hôm nay, giờ Việt Nam).")
    LocalDate now;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Thư mục ghi tệp (mặc định thư mục hiện tại).")
    Path out;

    LetterCommand(CliEnvironment env, Texts texts, ExistingRegister register, UrgingLetters letters, AgencyArgument agencies) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.letters = letters;
        this.agencies = agencies;
    }

    @Override
    public Integer call() {
        register.require();
        LocalDate day = now != null ? now : LocalDate.now(env.clock());
        UrgingLetter letter = letters.draft(agencies.one(agency), day);
        Path folder = out != null ? out : Path.of("");
        Path file = folder.resolve(LetterDocument.fileName(letter)).toAbsolutePath().normalize();
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream stream = Files.newOutputStream(file)) {
                // The letter is an official Vietnamese document whatever DONDOC_LANG says; only this command's own lines follow it.
                new LetterDocument(Texts.of(Texts.Language.VIETNAMESE)).write(letter, stream);
            }
        } catch (IOException e) {
            throw new CliException(texts.get("letter.cli.cannotWrite", file, e.getMessage()));
        }
        env.out().println(texts.get("letter.cli.written", file, letter.overdue().size(), letter.missingFigures().size(),
                Formats.date(letter.replyBy())));
        return Cli.OK;
    }
}
