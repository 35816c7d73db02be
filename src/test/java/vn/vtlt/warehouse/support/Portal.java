package vn.vtlt.warehouse.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.portal.PortalApplication;

/**
 * The real portal ({@code serve}'s context) on a free port of 127.0.0.1 over a {@link TestCity}, a real HTTP client
 * for it, and the {@code users} and {@code tokens} commands run as an operator runs them.
 */
public final class Portal implements AutoCloseable {

    public final TestCity city;
    public final String base;
    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    private Portal(TestCity city, ConfigurableApplicationContext context) {
        this.city = city;
        this.context = context;
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static Portal start(TestCity city, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--vtlt.home=" + city.home, "--vtlt.inbox=" + city.inbox,
                "--vtlt.registry=" + city.registry, TestCity.PERSON_KEY_OPTION, "--server.port=0", "--server.address=127.0.0.1"));
        arguments.addAll(Arrays.asList(options));
        return new Portal(city, PortalApplication.start(arguments));
    }

    /** Runs a command (users, tokens) and returns what it printed. */
    public String command(String... arguments) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            List<String> all = new ArrayList<>(Arrays.asList(arguments));
            all.addAll(List.of("--home", city.home.toString()));
            int exit = VtltWarehouse.execute(all.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " exited " + exit + ": " + printed);
            }
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Runs a command (users, tokens) in a JVM of its own, as an operator does while {@code serve} runs. */
    public String commandInOtherProcess(String... arguments) {
        List<String> command = ProgramJvm.program(List.of());
        command.addAll(Arrays.asList(arguments));
        command.addAll(List.of("--home", city.home.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " exited " + process.exitValue() + ": " + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code tokens create}: the token, from the last line of its output. */
    public String token(String agency, String name, boolean withChildren) {
        String printed = withChildren ? command("tokens", "create", "--agency", agency, "--name", name, "--with-children")
                : command("tokens", "create", "--agency", agency, "--name", name);
        String[] lines = printed.strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    /**
     * An XLSX workbook of text cells, one sheet per entry (sheet name to rows, headings first), as a clerk saves a
     * workbook of several datasets (contract section 2).
     */
    public static byte[] workbook(Map<String, List<List<String>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST /api/v1/submissions with the file in the multipart field {@code file}. */
    public HttpResponse<String> upload(String token, String fileName, byte[] content) {
        String boundary = "----vtlt" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(token, request, HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> get(String token, String path, HttpResponse.BodyHandler<T> handler) {
        return send(token, HttpRequest.newBuilder(URI.create(base + path)).GET(), handler);
    }

    /** A request without a token, its body ignored (for headers). */
    public HttpResponse<Void> send(HttpRequest.Builder request) {
        return send(null, request, HttpResponse.BodyHandlers.discarding());
    }

    private <T> HttpResponse<T> send(String token, HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
