package vn.vtlt.warehouse.parse;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as the contract compares it (section 3): NFC first; for coded values and headings a key that ignores case,
 * diacritics, spaces and tone placement. Mirrors the SQL macro {@code fold_key} in {@code sql/010_functions.sql}.
 */
public final class TextKey {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private TextKey() {
    }

    /** NFC form of a value, trimmed; macOS files are NFD and Windows-1258 decodes to combining tone marks. */
    public static String nfc(String value) {
        String trimmed = value.strip();
        return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC)
                ? trimmed
                : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /** 'Văn thư - Lưu trữ' and 'VAN THU-LUU TRU' both give 'vanthuluutru'; 'Uỷ' = 'Ủy'. */
    public static String fold(String value) {
        String decomposed = Normalizer.normalize(value.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(stripped).replaceAll("");
    }
}
