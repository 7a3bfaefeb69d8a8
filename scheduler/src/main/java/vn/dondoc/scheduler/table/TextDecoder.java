package vn.dondoc.scheduler.table;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes of a text table to a string. What Vietnamese offices send: UTF-8 (with or without BOM),
 * Excel's "Unicode Text" (UTF-16LE with BOM), or Excel's plain "CSV" saved in the Windows code page
 * windows-1258.
 */
public final class TextDecoder {

    private static final String VIETNAMESE_WINDOWS = "windows-1258";

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableFileException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        // Text never holds NUL; UTF-16 without a BOM is too rare to guess at.
        for (byte b : bytes) {
            if (b == 0) {
                throw Problems.notText(null);
            }
        }
        try {
            return decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return windows1258(bytes);
        }
    }

    // windows-1258 writes tone marks as separate combining characters; NFC puts them back together
    // so "Nghệ An" compares equal to what a UTF-8 file would hold.
    private static String windows1258(byte[] bytes) throws UnreadableFileException {
        if (!Charset.isSupported(VIETNAMESE_WINDOWS)) {
            throw Problems.notText(null);
        }
        String decoded = strict(bytes, 0, Charset.forName(VIETNAMESE_WINDOWS));
        return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UnreadableFileException {
        try {
            return decodeStrictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw Problems.notText(e);
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
