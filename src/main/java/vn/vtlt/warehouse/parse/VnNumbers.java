package vn.vtlt.warehouse.parse;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Whole numbers as Vietnamese files write them: {@code 1.250.000}, {@code 1250000} and {@code 1 250 000} are all
 * 1,250,000. Never a locale's number format: under a Vietnamese locale "30.21" would silently become 3021.
 * A comma is the decimal mark, so "1,5" is not a whole number.
 */
public final class VnNumbers {

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,18}");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([. \u00A0\u202F])\\d{3}(\\1\\d{3})*");

    private VnNumbers() {
    }

    /** The value, or empty when the text is not a whole number of at most 18 digits. */
    public static OptionalLong parseWhole(String text) {
        String value = text.strip();
        if (plainDigits(value)) {
            return OptionalLong.of(Long.parseLong(value));
        }
        if (PLAIN.matcher(value).matches()) {
            return OptionalLong.of(Long.parseLong(value));
        }
        if (GROUPED.matcher(value).matches()) {
            String digits = value.replaceAll("[. \u00A0\u202F]", "");
            if (digits.replace("-", "").length() <= 18) {
                return OptionalLong.of(Long.parseLong(digits));
            }
        }
        return OptionalLong.empty();
    }

    /** 1 to 18 ASCII digits: the common case, checked without a regular expression. */
    private static boolean plainDigits(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
