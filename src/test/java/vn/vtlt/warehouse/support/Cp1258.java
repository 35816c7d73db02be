package vn.vtlt.warehouse.support;

import java.text.Normalizer;

/**
 * Writes Vietnamese as old Windows "ANSI" files do: Windows-1258 has the letters with circumflex, breve and horn
 * (â, ê, ô, ă, ơ, ư, đ) precomposed but the five tones only as combining marks, so "ế" is stored as "ê" + U+0301.
 */
public final class Cp1258 {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private Cp1258() {
    }

    public static String toCp1258Form(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String decomposed = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            String tone = "";
            for (char c : decomposed.toCharArray()) {
                if (TONES.indexOf(c) >= 0) {
                    tone = String.valueOf(c);
                } else {
                    base.append(c);
                }
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString();
    }
}
