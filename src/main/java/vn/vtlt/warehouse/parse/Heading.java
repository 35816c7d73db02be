package vn.vtlt.warehouse.parse;

/**
 * A column of a submission format (contract section 4): matched by its Vietnamese heading or its English alias,
 * case-, diacritic- and space-insensitively.
 *
 * @param alias    the English alias, also the column's name everywhere downstream
 * @param heading  the Vietnamese heading
 * @param required whether a file without it is rejected
 */
public record Heading(String alias, String heading, boolean required) {

    public boolean matches(String cell) {
        String key = TextKey.fold(cell);
        return !key.isEmpty() && (key.equals(TextKey.fold(heading)) || key.equals(TextKey.fold(alias)));
    }

    /** How the feedback names the column: "Trình độ (education_level)". */
    public String label() {
        return heading + " (" + alias + ")";
    }
}
