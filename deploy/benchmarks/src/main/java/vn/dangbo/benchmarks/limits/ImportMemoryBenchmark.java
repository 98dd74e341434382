package vn.dangbo.benchmarks.limits;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.testsupport.stack.DangboStack;
import vn.dangbo.testsupport.stack.ServiceProcess;

/**
 * An import of 1 GB streams with a flat heap (issue 16 item 4), run by {@code deploy/benchmarks/import-memory-bench}:
 * registry-service packaged, as the local stack runs it (384 MB heap), on an embedded PostgreSQL and Kafka. A CSV of
 * members (one cell, unique national IDs) is generated while it is sent, chunked, to {@code POST
 * /imports/members?dryRun=true}; the service's heap is sampled from {@code /q/metrics} (jvm_memory_used_bytes,
 * area heap) every 250 ms while idle, during the upload, and during the first seconds of the job's checking; every
 * 2 s a {@code jcmd GC.run} shows the live heap (what the service holds, garbage aside). Argument: the size in MB
 * (default 1024). Results: stdout lines starting with [benchmark], and
 * {@code deploy/benchmarks/target/import-memory-benchmark.txt}.
 */
public final class ImportMemoryBenchmark {

    private static final String HEADER =
            "organisationId,fullName,birthDate,sex,ethnicity,nationalId,phone,admittedOn,fullMemberOn\n";
    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$",
            Pattern.MULTILINE);

    private ImportMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        long size = megabytes * 1024 * 1024;
        Path root = Path.of("").toAbsolutePath();
        List<String> report = new ArrayList<>();
        System.out.println("import-memory-bench: starting PostgreSQL, Kafka and registry-service ...");
        DangboStack stack = DangboStack.start(new DangboStack.Settings(root, null, 0, 0, true,
                DangboStack.External.none(), Set.of("congress-service", "emulation-service", "docs-service")));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "import-memory-bench-stop"));
        ServiceProcess registry = stack.service("registry-service");
        String admin = stack.tokens().admin();
        HttpClient http = HttpClient.newHttpClient();
        String base = registry.baseUrl();
        String bloc = create(http, base, admin, null, "BLOC_COMMITTEE", "Đảng bộ Khối Đo Bộ Nhớ", "ĐUK");
        String committee = create(http, base, admin, bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Đo Bộ Nhớ", "ĐU");
        String cell = create(http, base, admin, committee, "CELL", "Chi bộ Đo Bộ Nhớ", "CB");

        Sampler sampler = new Sampler(http, base, registry.pid());
        line(report, "JVM %s, %d processors, registry-service -Xmx384m (as the local stack runs it)",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Sampler.Figures idle = sampler.sample(10_000);
        line(report, "idle: heap used %s (peak of %d samples), live heap after GC %s", mb(idle.peakUsed()),
                idle.samples(), mb(idle.peakLive()));

        Members csv = new Members(cell, size);
        HttpRequest upload = HttpRequest.newBuilder(URI.create(base + "/imports/members?dryRun=true"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> csv)).build();
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(upload, HttpResponse.BodyHandlers.ofString());
        long uploadMs = (System.nanoTime() - started) / 1_000_000;
        Sampler.Figures during = sampler.stop();
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("the import was not taken: " + answer.statusCode() + " " + answer.body());
        }
        line(report, "upload: %s (%,d member rows) streamed in %,d ms (%.0f MB/s), answered 202",
                mb(csv.sent.get()), csv.rows, uploadMs, csv.sent.get() / 1048576.0 / (uploadMs / 1000.0));
        line(report, "during the upload: heap used peak %s (%d samples), live heap after GC peak %s",
                mb(during.peakUsed()), during.samples(), mb(during.peakLive()));
        Sampler.Figures checking = sampler.sample(20_000);
        line(report, "the job checking the file (first 20 s): heap used peak %s, live heap after GC peak %s",
                mb(checking.peakUsed()), mb(checking.peakLive()));
        long growth = during.peakLive() - idle.peakLive();
        line(report, "verdict: live heap grew by %s for a %s upload: %s", mb(growth), mb(csv.sent.get()),
                growth < 64L * 1024 * 1024 ? "flat (streamed to a temporary file)" : "NOT FLAT");
        Path out = root.resolve("deploy/benchmarks/target/import-memory-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        System.exit(growth < 64L * 1024 * 1024 ? 0 : 1);
    }

    private static String create(HttpClient http, String base, String token, String parent, String type, String name,
            String shortCode) throws IOException, InterruptedException {
        String body = "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"type\":\"" + type
                + "\",\"name\":\"" + name + "\",\"shortCode\":\"" + shortCode + "\",\"term\":\"2020-2025\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/organisations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("organisation not created: " + r.statusCode() + " " + r.body());
        }
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(r.body());
        if (!id.find()) {
            throw new IllegalStateException("no id in " + r.body());
        }
        return id.group(1);
    }

    private static void line(List<String> report, String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[benchmark] " + text);
        report.add(text);
    }

    private static String mb(long bytes) {
        return String.format("%,.1f MB", bytes / 1048576.0);
    }

    /** Member rows made as they are read, up to {@code size} bytes (whole rows): nothing of the file is held. */
    static final class Members extends InputStream {

        private final String cell;
        private final long size;
        final AtomicLong sent = new AtomicLong();
        long rows;
        private byte[] current = HEADER.getBytes(StandardCharsets.UTF_8);
        private int position;

        Members(String cell, long size) {
            this.cell = cell;
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                if (position == current.length && !nextRow()) {
                    break;
                }
                int k = Math.min(len - n, current.length - position);
                System.arraycopy(current, position, b, off + n, k);
                position += k;
                n += k;
            }
            sent.addAndGet(n);
            return n == 0 ? -1 : n;
        }

        private boolean nextRow() {
            if (sent.get() >= size) {
                return false;
            }
            rows++;
            long id = 1_000_000_000L + rows;
            current = (cell + ",Nguyễn Văn Đo " + rows + ",1980-01-" + String.format("%02d", 1 + rows % 28)
                    + ",Nam,Kinh,00" + id + "," + ",2010-05-19,2011-05-19\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }

    /** The service's heap, read from its metrics, and its live heap after a forced GC (jcmd). */
    static final class Sampler {

        record Figures(long peakUsed, long peakLive, int samples) {
        }

        private final HttpClient http;
        private final String base;
        private final long pid;
        private volatile boolean running;
        private Thread thread;
        private volatile Figures figures;

        Sampler(HttpClient http, String base, long pid) {
            this.http = http;
            this.base = base;
            this.pid = pid;
        }

        Figures sample(long millis) throws InterruptedException {
            start();
            Thread.sleep(millis); // the measuring window itself
            return stop();
        }

        void start() {
            running = true;
            thread = new Thread(() -> {
                long peakUsed = 0;
                long peakLive = 0;
                int samples = 0;
                long lastGc = 0;
                while (running) {
                    try {
                        if (System.nanoTime() - lastGc > TimeUnit.SECONDS.toNanos(2)) {
                            gc();
                            lastGc = System.nanoTime();
                            peakLive = Math.max(peakLive, heapUsed());
                        }
                        peakUsed = Math.max(peakUsed, heapUsed());
                        samples++;
                        Thread.sleep(250);
                    } catch (Exception e) {
                        if (running) {
                            System.err.println("sample failed: " + e);
                        }
                    }
                }
                figures = new Figures(peakUsed, peakLive, samples);
            }, "heap-sampler");
            thread.start();
        }

        Figures stop() throws InterruptedException {
            running = false;
            thread.join();
            return figures;
        }

        private long heapUsed() throws IOException, InterruptedException {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long used = 0;
            Matcher m = HEAP.matcher(metrics);
            while (m.find()) {
                used += (long) Double.parseDouble(m.group(1));
            }
            return used;
        }

        private void gc() throws IOException, InterruptedException {
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
