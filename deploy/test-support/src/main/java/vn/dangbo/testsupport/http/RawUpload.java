package vn.dangbo.testsupport.http;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One HTTP/1.1 request written byte by byte on a socket, so a test controls what an HTTP client would not let it:
 * a declared Content-Length larger than what it sends, or a chunked body, and sees how much of the body had gone
 * when the answer came. The body is written on its own thread; the answer is read as soon as the server sends it
 * (a server that refuses a body early closes the connection, and the writer simply stops).
 */
public final class RawUpload {

    /** The answer, and how many bytes of the body had been written when its status line arrived. */
    public record Answer(int status, Map<String, String> headers, String body, long bodyBytesSentBeforeAnswer,
            long millis) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawUpload() {
    }

    /**
     * Announces a body of {@code declaredLength} bytes and sends none of it: a server that would read the body waits
     * (and this fails with a timeout after 20 s); one that refuses it by its length answers at once.
     */
    public static Answer announce(int port, String method, String path, Map<String, String> headers,
            long declaredLength) throws IOException, InterruptedException {
        return send(port, method, path, headers, declaredLength, InputStream.nullInputStream(), 20_000);
    }

    public static Answer send(int port, String method, String path, Map<String, String> headers, long declaredLength,
            InputStream body) throws IOException, InterruptedException {
        return send(port, method, path, headers, declaredLength, body, 60_000);
    }

    /**
     * @param declaredLength the Content-Length to announce, or -1 to send the body chunked
     * @param body the bytes to send (at most this many are sent)
     */
    private static Answer send(int port, String method, String path, Map<String, String> headers,
            long declaredLength, InputStream body, int timeoutMillis) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append(declaredLength < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declaredLength + "\r\n");
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> write(out, body, declaredLength < 0, sent), "raw-upload");
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            long sentBefore = sent.get();
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                answerHeaders.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            String length = answerHeaders.get("content-length");
            byte[] answerBody = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
            long millis = (System.nanoTime() - start) / 1_000_000;
            socket.close();
            writer.join(10_000);
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), answerHeaders,
                    new String(answerBody, StandardCharsets.UTF_8), sentBefore, millis);
        }
    }

    private static void write(OutputStream out, InputStream body, boolean chunked, AtomicLong sent) {
        byte[] buffer = new byte[16 * 1024];
        try (body) {
            for (int n = body.read(buffer); n > 0; n = body.read(buffer)) {
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(buffer, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
                sent.addAndGet(n);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException e) {
            // the server answered and closed the connection before the whole body went: what a refusal does
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** {@code size} bytes of {@code fill}, made as they are read (nothing held). */
    public static InputStream repeated(byte fill, long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return fill;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, fill);
                left -= n;
                return n;
            }
        };
    }
}
