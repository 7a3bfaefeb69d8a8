package vn.dondoc.scheduler.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * Who issues urging letters, from application.yml (DONDOC_PROVINCE, DONDOC_OFFICE_NAME, DONDOC_SIGNER_TITLE,
 * DONDOC_SIGNER_NAME, DONDOC_LETTER_SYMBOL, DONDOC_LETTER_REPLY_DAYS). The defaults are written there only.
 *
 * @param province        "Nghệ An": the committee is "UBND TỈNH NGHỆ AN", and the letter is dated there
 * @param officeName      the issuing office under the committee, "VĂN PHÒNG"
 * @param signerTitle     "CHÁNH VĂN PHÒNG", or "KT. CHÁNH VĂN PHÒNG" over "PHÓ CHÁNH VĂN PHÒNG" (a "|" breaks the line)
 * @param signerName      the signer's name; empty leaves the line for the office to fill in
 * @param symbol          the letter's symbol after its number: "VP-TH" gives "Số: …/VP-TH"
 * @param replyWorkingDays the agency is asked to report within this many working days
 */
@ConfigurationProperties("dondoc.letter")
public record LetterSettings(String province, String officeName, String signerTitle, String signerName, String symbol,
                             int replyWorkingDays) {

    public LetterSettings {
        province = required("DONDOC_PROVINCE", province);
        officeName = required("DONDOC_OFFICE_NAME", officeName);
        signerTitle = required("DONDOC_SIGNER_TITLE", signerTitle);
        symbol = required("DONDOC_LETTER_SYMBOL", symbol);
        signerName = signerName == null ? "" : signerName.strip();
        SettingError.within("DONDOC_LETTER_REPLY_DAYS", replyWorkingDays, 1, 60);
    }

    private static String required(String variable, String value) {
        if (value == null || value.isBlank()) {
            throw new DondocException(SettingError.INVALID, variable, value == null ? "" : value);
        }
        return value.strip();
    }
}
