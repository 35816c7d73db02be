package vn.vtlt.warehouse.pull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes an HTTP body that stops sending: Java's HttpClient times out waiting for the headers, but a server that
 * sends headers and then nothing would hold a read forever. A body that delivers no byte for the idle limit is
 * closed, and its blocked read fails with an IOException that says so.
 */
final class StalledReadGuard {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "http-stall-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private StalledReadGuard() {
    }

    static InputStream guard(InputStream body, Duration idleLimit, String what) {
        return new Guarded(body, idleLimit.toMillis(), what);
    }

    private static final class Guarded extends FilterInputStream {

        private final long idleMillis;
        private final String what;
        private final ScheduledFuture<?> check;
        private volatile long lastProgress = System.currentTimeMillis();
        private volatile boolean stalled;

        Guarded(InputStream body, long idleMillis, String what) {
            super(body);
            this.idleMillis = idleMillis;
            this.what = what;
            long period = Math.max(50, Math.min(1000, idleMillis / 4));
            this.check = WATCHDOG.scheduleWithFixedDelay(this::closeIfStalled, period, period, TimeUnit.MILLISECONDS);
        }

        private void closeIfStalled() {
            if (System.currentTimeMillis() - lastProgress > idleMillis) {
                stalled = true;
                check.cancel(false);
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the read that was waiting fails; that is what is wanted
                }
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return progressed(super.read());
            } catch (IOException e) {
                throw stalled ? stalledException() : e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return progressed(super.read(buffer, offset, length));
            } catch (IOException e) {
                throw stalled ? stalledException() : e;
            }
        }

        private int progressed(int result) throws IOException {
            if (stalled) {
                throw stalledException();
            }
            lastProgress = System.currentTimeMillis();
            return result;
        }

        private IOException stalledException() {
            return new IOException(what + ": no data for " + idleMillis / 1000.0 + " s (vtlt.http.request-timeout)");
        }

        @Override
        public void close() throws IOException {
            check.cancel(false);
            super.close();
        }
    }
}
