package vn.dondoc.scheduler.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as offices type it: composed or decomposed Unicode, with or without diacritics, odd spaces.
 * {@link #clean} is for what we store and show; {@link #fold} is for comparing.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // NBSP, narrow NBSP, zero-width and other Unicode spaces come in with copied Word/PDF text.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private VietnameseText() {
    }

    /** NFC, one plain space between words, trimmed. {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").trim();
    }

    /**
     * Lower case without diacritics ("Sở Nông nghiệp" → "so nong nghiep"), spaces collapsed.
     * "hoá" and "hóa" fold alike, so the old and new tone-mark placements compare equal.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
