package vn.dangbo.emulation.communication;

import java.util.UUID;

/** A stored photo or file as the API shows it, and its content when it is downloaded. */
public final class FileRecords {

    private FileRecords() {
    }

    public record FileResponse(UUID id, String fileName, String contentType, int sizeBytes) {
    }

    public record FileContent(String fileName, String contentType, byte[] content) {
    }
}
