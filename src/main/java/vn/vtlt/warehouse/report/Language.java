package vn.vtlt.warehouse.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The report's languages, and how each writes numbers: Vietnamese 3.871.000.000 and 55,88 %; English 3,871,000,000 and 55.88 %. */
public enum Language {
    VI, EN;

    public static Language of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A cell as text in this language. */
    public String format(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Bilingual label) {
            return label.in(this);
        }
        if (cell instanceof Review.Percent percent) {
            return decimal(percent.value()) + " %";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal(decimal);
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return whole(((Number) cell).longValue());
        }
        return cell.toString();
    }

    private String whole(long value) {
        String grouped = String.format(Locale.ROOT, "%,d", value);
        return this == VI ? grouped.replace(',', '.') : grouped;
    }

    private String decimal(BigDecimal value) {
        String text = value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return this == VI ? text.replace('.', ',') : text;
    }
}
