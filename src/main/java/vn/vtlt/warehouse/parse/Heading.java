package vn.vtlt.warehouse.parse;

/**
 * A column of a submission format (contract section 4): matched by its Vietnamese heading or its English alias,
 * case-, diacritic- and space-insensitively.
 */
public final class Heading {

    private final String alias;
    private final String heading;
    private final boolean required;
    /** Folded once here, not for every cell compared: every data row is compared with the headings. */
    private final String headingKey;
    private final String aliasKey;

    /**
     * @param alias    the English alias, also the column's name everywhere downstream
     * @param heading  the Vietnamese heading
     * @param required whether a file without it is rejected
     */
    public Heading(String alias, String heading, boolean required) {
        this.alias = alias;
        this.heading = heading;
        this.required = required;
        this.headingKey = TextKey.fold(heading);
        this.aliasKey = TextKey.fold(alias);
    }

    public String alias() {
        return alias;
    }

    public String heading() {
        return heading;
    }

    public boolean required() {
        return required;
    }

    public boolean matches(String cell) {
        return matchesKey(TextKey.fold(cell));
    }

    /** {@link #matches} of a cell already folded ({@link TextKey#fold}), when one cell is compared with every heading. */
    boolean matchesKey(String key) {
        return !key.isEmpty() && (key.equals(headingKey) || key.equals(aliasKey));
    }

    /** How the feedback names the column: "Trình độ (education_level)". */
    public String label() {
        return heading + " (" + alias + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
