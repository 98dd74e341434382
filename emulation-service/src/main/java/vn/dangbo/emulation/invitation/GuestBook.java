package vn.dangbo.emulation.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dangbo.emulation.invitation.EventDesk.Desk;
import vn.dangbo.emulation.invitation.InvitationRecords.GuestRequest;
import vn.dangbo.emulation.invitation.InvitationRecords.GuestResponse;
import vn.dangbo.emulation.invitation.InvitationRecords.ImportResponse;
import vn.dangbo.emulation.invitation.InvitationRecords.RowError;
import vn.dangbo.emulation.invitation.InviteeSettings.Group;
import vn.dangbo.emulation.invitation.InviteeSettings.Source;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.CsvReader;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.text.XlsxRows;
import vn.dangbo.kit.web.BoundedBody;
import vn.dangbo.kit.web.ProblemException;

/**
 * The people outside the registry the office invites (provincial and district leaders, former leaders, the bloc's
 * staff): entered one by one or imported from a spreadsheet (CSV or XLSX), each into one of the event's guest groups.
 * They become invitees at the next refresh or issue.
 */
@ApplicationScoped
public class GuestBook {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EventDesk desks;
    private final InvitationRepository repository;
    private final ChangeRecorder changes;
    private final AccessGuard access;
    private final Clock clock;
    private final long maxImportBytes;

    public GuestBook(EventDesk desks, InvitationRepository repository, ChangeRecorder changes, AccessGuard access,
            Clock clock, @ConfigProperty(name = "dangbo.emulation.invitations.import-max-bytes") long maxImportBytes) {
        this.desks = desks;
        this.repository = repository;
        this.changes = changes;
        this.access = access;
        this.clock = clock;
        this.maxImportBytes = maxImportBytes;
    }

    @Transactional
    public GuestResponse add(UUID movementId, UUID eventId, GuestRequest request) {
        Desk desk = desks.write(movementId, eventId);
        Group group = guestGroup(desk, request.groupCode());
        InvitationGuest guest = store(desk, new GuestRows.Guest(group.code(),
                VietnameseText.nfcStripped(request.fullName()), blankToNull(request.title()),
                blankToNull(request.organisationName())));
        return view(desk, guest);
    }

    /** A guest's name, title, organisation or group corrected: their invitation is issued again at the next issue. */
    @Transactional
    public GuestResponse change(UUID movementId, UUID eventId, UUID guestId, GuestRequest request) {
        Desk desk = desks.write(movementId, eventId);
        InvitationGuest guest = repository.guest(desk.gathering().id, guestId)
                .orElseThrow(() -> ProblemException.notFound("Không có khách mời với mã " + guestId));
        Group group = guestGroup(desk, request.groupCode());
        GuestResponse before = view(desk, guest);
        guest.groupCode = group.code();
        guest.fullName = VietnameseText.nfcStripped(request.fullName());
        guest.title = blankToNull(request.title());
        guest.organisationName = blankToNull(request.organisationName());
        changes.record(Change.of(guest.id).audit("invitation-guest", "CHANGED", before, () -> view(desk, guest)));
        return view(desk, guest);
    }

    @Transactional
    public void remove(UUID movementId, UUID eventId, UUID guestId) {
        Desk desk = desks.write(movementId, eventId);
        InvitationGuest guest = repository.guest(desk.gathering().id, guestId)
                .orElseThrow(() -> ProblemException.notFound("Không có khách mời với mã " + guestId));
        GuestResponse before = view(desk, guest);
        repository.remove(guest);
        changes.record(Change.of(guest.id).audit("invitation-guest", "REMOVED", before, () -> null));
    }

    @Transactional
    public List<GuestResponse> list(UUID movementId, UUID eventId) {
        Desk desk = desks.read(movementId, eventId);
        return repository.guests(desk.gathering().id).stream().map(g -> view(desk, g)).toList();
    }

    /** Every good row kept, every bad one reported with its row number (the header is row 1). */
    @Transactional
    public ImportResponse importGuests(UUID movementId, UUID eventId, String contentType, InputStream body) {
        Desk desk = desks.write(movementId, eventId);
        byte[] file = BoundedBody.read(body, maxImportBytes, size -> ProblemException.ruleViolated("Tệp danh sách"
                + " khách mời " + size + " byte, quá giới hạn " + maxImportBytes + " byte", "file"));
        List<Group> groups = desk.groups().stream().filter(g -> g.source() == Source.EXTERNAL).toList();
        List<RowError> errors = new ArrayList<>();
        int rows = 0;
        int imported = 0;
        try (Rows in = open(contentType, file)) {
            List<String> first = in.next();
            if (first == null) {
                throw ProblemException.invalid("file", "Tệp danh sách khách mời trống");
            }
            GuestRows.Header header = GuestRows.header(first);
            if (!header.missing().isEmpty()) {
                throw ProblemException.invalid("file", "Tệp danh sách khách mời thiếu cột: "
                        + String.join(", ", header.missing()) + " (các cột: nhóm, họ tên, chức vụ, đơn vị)");
            }
            List<String> cells;
            while ((cells = in.next()) != null) {
                if (GuestRows.blank(cells)) {
                    continue;
                }
                rows++;
                GuestRows.Parsed parsed = GuestRows.parse(header, cells, groups);
                if (parsed.guest() == null) {
                    errors.add(new RowError(in.row(), parsed.errors()));
                } else {
                    store(desk, parsed.guest());
                    imported++;
                }
            }
        } catch (IOException e) {
            throw ProblemException.invalid("file", "Không đọc được tệp danh sách khách mời: " + e.getMessage());
        }
        return new ImportResponse(rows, imported, errors.size(), errors);
    }

    private static Group guestGroup(Desk desk, String code) {
        Group group = desk.group(code, "groupCode");
        if (group.source() != Source.EXTERNAL) {
            throw ProblemException.ruleViolated("Nhóm “" + group.label() + "” lấy người từ sổ đảng viên hoặc danh"
                    + " sách khen thưởng, không nhập khách mời vào nhóm này", "groupCode");
        }
        return group;
    }

    private InvitationGuest store(Desk desk, GuestRows.Guest row) {
        InvitationGuest guest = new InvitationGuest();
        guest.id = UUID.randomUUID();
        guest.gatheringId = desk.gathering().id;
        guest.groupCode = row.groupCode();
        guest.fullName = row.fullName();
        guest.title = row.title();
        guest.organisationName = row.organisationName();
        guest.createdBy = access.actor();
        guest.createdAt = Instant.now(clock);
        repository.persist(guest);
        changes.record(Change.of(guest.id).audit("invitation-guest", "ADDED", null, () -> view(desk, guest)));
        return guest;
    }

    private static GuestResponse view(Desk desk, InvitationGuest g) {
        return new GuestResponse(g.id, g.groupCode, desk.label(g.groupCode), g.fullName, g.title, g.organisationName);
    }

    private static String blankToNull(String s) {
        String value = VietnameseText.nfcStripped(s);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The rows of a CSV or an XLSX upload (XLSX by its content type or its zip signature). */
    private interface Rows extends AutoCloseable {

        List<String> next() throws IOException;

        int row();

        @Override
        void close() throws IOException;
    }

    private static Rows open(String contentType, byte[] file) throws IOException {
        boolean xlsx = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(XLSX)
                || file.length >= 4 && Arrays.equals(Arrays.copyOf(file, 4), new byte[] {'P', 'K', 3, 4});
        if (xlsx) {
            XlsxRows sheet = XlsxRows.open(new ByteArrayInputStream(file));
            return new Rows() {
                private int row;

                @Override
                public List<String> next() throws IOException {
                    XlsxRows.Row r = sheet.next();
                    if (r == null) {
                        return null;
                    }
                    row = r.number();
                    return r.values();
                }

                @Override
                public int row() {
                    return row;
                }

                @Override
                public void close() throws IOException {
                    sheet.close();
                }
            };
        }
        CsvReader csv = new CsvReader(new ByteArrayInputStream(file));
        return new Rows() {
            @Override
            public List<String> next() throws IOException {
                return csv.next();
            }

            @Override
            public int row() {
                return csv.row();
            }

            @Override
            public void close() throws IOException {
                csv.close();
            }
        };
    }
}
