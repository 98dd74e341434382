package vn.dangbo.registry.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;

/**
 * The rows of a checked member file marked in a set of row numbers, read afresh as registration requests: a
 * national file is read again rather than kept in memory between checking and writing.
 */
final class MarkedRows implements Iterator<RegisterMemberRequest> {

    private final ImportRows reader;
    private final MemberCsv.Header header;
    private final BitSet rows;
    private ImportRows.Row next;

    private MarkedRows(ImportRows reader, BitSet rows) throws IOException {
        this.reader = reader;
        this.header = MemberCsv.header(reader.next().values());
        this.rows = rows;
        this.next = advance();
    }

    static Iterator<RegisterMemberRequest> of(ImportKind.Upload upload, BitSet rows) {
        try {
            return new MarkedRows(ImportRows.open(upload.file(), upload.format()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportRows.Row advance() {
        try {
            ImportRows.Row row;
            while ((row = reader.next()) != null) {
                if (!row.blank() && rows.get(row.number())) {
                    return row;
                }
            }
            reader.close();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public RegisterMemberRequest next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        ImportRows.Row row = next;
        next = advance();
        return MemberCsv.parse(header, row.values(), row.numeric()).request();
    }
}
