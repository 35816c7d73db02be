package vn.vtlt.warehouse.parse;

import java.util.Optional;

import vn.vtlt.warehouse.problem.Fault;

/**
 * Tells text that decoded into garbage from Vietnamese: replacement characters, control characters, letters that
 * Vietnamese does not use (UTF-8 read as a Windows code page gives "Æ°", "á»"...), and '?' standing where a letter
 * was lost by a save on an English Windows ("Nguy?n").
 */
public final class TextCheck {

    private static final String VIETNAMESE_LETTERS =
            "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
                    + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";

    /**
     * {@link #plausible} of every character below U+2200 (Latin, Vietnamese, punctuation), worked out once: every cell
     * of every row is checked, and the letter search costs a scan of the letters for each accented letter.
     */
    private static final boolean[] PLAUSIBLE_BELOW = new boolean[0x2200];

    static {
        for (char c = 0; c < PLAUSIBLE_BELOW.length; c++) {
            PLAUSIBLE_BELOW[c] = plausible(c);
        }
    }

    private TextCheck() {
    }

    /** The fault of an NFC cell value, if it is not plausible Vietnamese text. */
    public static Optional<Fault> check(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == '?' && (letterAt(value, i - 1) || letterAt(value, i + 1))) {
                    return Optional.of(Fault.ENCODING_LOST_LETTERS);
                }
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    return Optional.of(Fault.ENCODING_GARBLED);
                }
            } else if (!(c < PLAUSIBLE_BELOW.length ? PLAUSIBLE_BELOW[c] : plausible(c))) {
                return Optional.of(Fault.ENCODING_GARBLED);
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(char c) {
        if (Character.isLetter(c)) {
            return VIETNAMESE_LETTERS.indexOf(c) >= 0;
        }
        return c == '\u00A0' || c == '\u00B0' || (c >= '\u2000' && c <= '\u206F') || c == '\u2116';
    }

    private static boolean letterAt(String value, int index) {
        return index >= 0 && index < value.length() && Character.isLetter(value.charAt(index));
    }
}
