package vn.vtlt.warehouse.demo;

/**
 * Splits a whole total into whole parts in proportion to weights (largest remainder), optionally never above a
 * cap per part: how the demo makes invented details add up exactly to the published figures.
 */
final class Apportion {

    private Apportion() {
    }

    static long[] split(long total, double[] weights) {
        long[] caps = new long[weights.length];
        java.util.Arrays.fill(caps, Long.MAX_VALUE);
        return split(total, weights, caps);
    }

    static long[] split(long total, double[] weights, long[] caps) {
        long[] parts = new long[weights.length];
        double[] remaining = weights.clone();
        long left = total;
        while (left > 0) {
            double sum = 0;
            for (int i = 0; i < remaining.length; i++) {
                if (parts[i] < caps[i]) {
                    sum += remaining[i];
                }
            }
            if (sum <= 0) {
                throw new IllegalArgumentException("cannot split " + total + " within the caps");
            }
            long given = 0;
            double[] fractions = new double[weights.length];
            for (int i = 0; i < remaining.length; i++) {
                if (parts[i] >= caps[i]) {
                    continue;
                }
                double share = left * remaining[i] / sum;
                long whole = Math.min((long) Math.floor(share), caps[i] - parts[i]);
                parts[i] += whole;
                given += whole;
                fractions[i] = share - whole;
            }
            left -= given;
            while (left > 0) {
                int best = -1;
                for (int i = 0; i < fractions.length; i++) {
                    if (parts[i] < caps[i] && remaining[i] > 0 && (best < 0 || fractions[i] > fractions[best])) {
                        best = i;
                    }
                }
                if (best < 0 || fractions[best] <= 0) {
                    break;
                }
                parts[best]++;
                fractions[best] = 0;
                left--;
            }
        }
        return parts;
    }
}
