package vn.vtlt.warehouse.validate;

import java.util.regex.Pattern;

/**
 * Person IDs as agencies' files carry them: a 12-digit CCCD or 9-digit CMND; an 11-digit value is a CCCD whose
 * leading 0 Excel dropped (restored, with a warning); scientific notation (7.9E+10) lost digits for good.
 * Nothing here keeps or prints an ID: {@link #shape} describes a value without its digits.
 */
public final class PersonIds {

    public static final String EXPECTED = "12 chữ số (CCCD) hoặc 9 chữ số (CMND) / 12 digits (CCCD) or 9 digits (CMND)";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-']");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+]?\\d+");

    public enum Kind { VALID, REPAIRED, SCIENTIFIC, INVALID }

    /** The outcome of reading one ID: the normalised digits when VALID or REPAIRED. */
    public record Result(Kind kind, String id) {
    }

    private PersonIds() {
    }

    public static Result read(String raw) {
        String value = raw.strip();
        boolean onlyDigits = !value.isEmpty() && asciiDigits(value);
        if (!onlyDigits && SCIENTIFIC.matcher(value).matches()) {
            return new Result(Kind.SCIENTIFIC, null);
        }
        String digits = onlyDigits ? value : SEPARATORS.matcher(value).replaceAll("");
        if (!onlyDigits && !digits.chars().allMatch(Character::isDigit)) {
            return new Result(Kind.INVALID, null);
        }
        return switch (digits.length()) {
            case 9, 12 -> new Result(Kind.VALID, digits);
            case 11 -> new Result(Kind.REPAIRED, "0" + digits);
            default -> new Result(Kind.INVALID, null);
        };
    }

    /** Only '0' to '9': nearly every ID, checked in a loop rather than a stream (every row has one or two IDs). */
    private static boolean asciiDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** What a value looks like, for feedback that must not repeat it: "11 digits", "scientific notation". */
    public static String shape(String raw) {
        String value = raw.strip();
        if (SCIENTIFIC.matcher(value).matches()) {
            return "[dạng khoa học / scientific notation]";
        }
        long digits = value.chars().filter(Character::isDigit).count();
        return "[" + value.length() + " ký tự, " + digits + " chữ số / " + value.length() + " characters, "
                + digits + " digits]";
    }
}
