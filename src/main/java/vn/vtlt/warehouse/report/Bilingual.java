package vn.vtlt.warehouse.report;

/** A label in both languages, as the warehouse's dimensions name things (name_vi, name_en). */
public record Bilingual(String vi, String en) {

    private static final String SEPARATOR = " | ";

    /** "Đào tạo | Degree training", as the report SQL writes it. */
    static Bilingual parse(String text) {
        int at = text.indexOf(SEPARATOR);
        return at < 0 ? new Bilingual(text, text) : new Bilingual(text.substring(0, at), text.substring(at + SEPARATOR.length()));
    }

    public String in(Language language) {
        return language == Language.VI ? vi : en;
    }

    @Override
    public String toString() {
        return vi;
    }
}
