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
        return alreadyComposed(trimmed) || Normalizer.isNormalized(trimmed, Normalizer.Form.NFC)
                ? trimmed
                : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /**
     * A quick check that holds for nearly every cell: characters below U+0300 (ASCII, Latin-1, Latin Extended, with
     * ă, â, đ, ơ, ư) and the precomposed Vietnamese letters U+1E00-U+1EFF are all NFC on their own, so text made only
     * of them needs no normalisation. Anything else (a combining mark, another script) takes the full check.
     */
    private static boolean alreadyComposed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF')) {
                return false;
            }
        }
        return true;
    }

    /** 'Văn thư - Lưu trữ' and 'VAN THU-LUU TRU' both give 'vanthuluutru'; 'Uỷ' = 'Ủy'. */
    public static String fold(String value) {
        if (isAscii(value)) {
            return foldAscii(value);
        }
        String decomposed = Normalizer.normalize(value.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(stripped).replaceAll("");
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #fold} of ASCII text without the normaliser and the regular expressions (every data row's first cell is
     * folded to tell it from a repeated heading row): ASCII has no diacritics to strip, so folding is lower-casing and
     * keeping letters and digits.
     */
    private static String foldAscii(String value) {
        StringBuilder key = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }
}
