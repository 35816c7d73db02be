package vn.vtlt.warehouse.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * A chart of the review as a PNG image for the official document: the same bars as the HTML page's SVG, each with
 * its value above and its label below. PNG carries no time, so the same chart gives the same bytes.
 */
final class ChartImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 520;
    private static final int TOP = 50;
    private static final int BAR_AREA = 340;

    private ChartImage() {
    }

    static byte[] png(Charts chart, Language language) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.drawLine(40, TOP + BAR_AREA, WIDTH - 40, TOP + BAR_AREA);
            int bars = Math.max(chart.values().size(), 1);
            int slot = (WIDTH - 80) / bars;
            BigDecimal max = chart.max();
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 24));
            FontMetrics metrics = g.getFontMetrics();
            int i = 0;
            for (Map.Entry<String, BigDecimal> bar : chart.values().entrySet()) {
                int height = bar.getValue().multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP).intValue();
                int x = 40 + i * slot + 10;
                int width = slot - 20;
                g.setColor(new Color(0x3a, 0x6e, 0xa5));
                g.fillRect(x, TOP + BAR_AREA - height, width, height);
                g.setColor(Color.BLACK);
                centred(g, metrics, chart.label(bar.getValue(), language), x, width, TOP + BAR_AREA - height - 8);
                centred(g, metrics, bar.getKey(), x, width, TOP + BAR_AREA + 34);
                i++;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** Text centred over a bar, shortened with "…" when wider than the bar's slot. */
    private static void centred(Graphics2D g, FontMetrics metrics, String text, int x, int width, int baseline) {
        String shown = text;
        while (metrics.stringWidth(shown) > width + 16 && shown.length() > 2) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        g.drawString(shown, x + (width - metrics.stringWidth(shown)) / 2, baseline);
    }
}
