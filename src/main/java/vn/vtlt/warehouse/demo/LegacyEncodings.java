package vn.vtlt.warehouse.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Text as agencies' tools save it: each encoding of contract section 3, the way Windows and Excel write it. */
public enum LegacyEncodings {
    UTF8, UTF8_BOM, UTF16LE_BOM, WINDOWS_1258;

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    public byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (this) {
            case UTF8 -> out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            case UTF8_BOM -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            }
            case UTF16LE_BOM -> {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
            }
            case WINDOWS_1258 -> out.writeBytes(windows1258Form(text).getBytes(Charset.forName("windows-1258")));
        }
        return out.toByteArray();
    }

    /**
     * Windows-1258 has the letters with circumflex, breve and horn (â, ê, ô, ă, ơ, ư, đ) precomposed but the five
     * tones only as combining marks, so "ế" is written "ê" + U+0301.
     */
    static String windows1258Form(String text) {
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
