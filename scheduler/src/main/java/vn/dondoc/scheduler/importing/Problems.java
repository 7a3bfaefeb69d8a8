package vn.dondoc.scheduler.importing;

/** Every user-facing reason a file is refused, in one place so the wording stays consistent. */
final class Problems {

    private Problems() {
    }

    static UnreadableFileException unsupportedKind() {
        return new UnreadableFileException("Chỉ đọc được tệp .xlsx, .xlsm, .xls, .csv, .tsv hoặc .txt:"
                + " hãy lưu bảng nhiệm vụ dưới một trong các dạng đó rồi gửi lại.");
    }

    static UnreadableFileException empty() {
        return new UnreadableFileException("Tệp rỗng: hãy kiểm tra lại và gửi tệp có bảng nhiệm vụ.");
    }

    static UnreadableFileException cannotOpen(Throwable cause) {
        return new UnreadableFileException("Không mở được tệp: hãy kiểm tra tệp còn tồn tại,"
                + " có quyền đọc, rồi thử lại.", cause);
    }

    static UnreadableFileException notText(Throwable cause) {
        return new UnreadableFileException("Tệp không phải văn bản UTF-8 hay bảng tính .xlsx:"
                + " hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8.", cause);
    }

    static UnreadableFileException notWorkbook(String extension, Throwable cause) {
        return new UnreadableFileException("Tệp có đuôi ." + extension + " nhưng không phải bảng tính Excel:"
                + " hãy mở tệp bằng Excel rồi lưu lại dưới dạng .xlsx.", cause);
    }

    static UnreadableFileException brokenWorkbook(Throwable cause) {
        return new UnreadableFileException("Bảng tính bị hỏng nên không đọc được:"
                + " hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi gửi lại.", cause);
    }

    static UnreadableFileException encryptedWorkbook(Throwable cause) {
        return new UnreadableFileException("Bảng tính đang được đặt mật khẩu:"
                + " hãy gỡ mật khẩu trong Excel rồi gửi lại.", cause);
    }

    static UnreadableFileException noVisibleSheet() {
        return new UnreadableFileException("Bảng tính không có trang tính nào đang hiện:"
                + " hãy bỏ ẩn trang chứa bảng nhiệm vụ rồi gửi lại.");
    }

    static UnreadableFileException csvQuote(int line) {
        return new UnreadableFileException("Dấu ngoặc kép ở dòng " + line + " của tệp CSV không được đóng đúng cách:"
                + " hãy sửa ô đó, hoặc mở tệp bằng Excel rồi lưu lại dưới dạng CSV UTF-8 hay .xlsx.");
    }
}
