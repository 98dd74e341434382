package vn.dangbo.emulation.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.dangbo.kit.text.VietnameseText;

/**
 * Who is invited (pure): the people every group brings, merged into ONE invitee per person with every group they are
 * in as roles (a person in three groups gets one invitation and counts once); what changed since the invitees as
 * stored; what an invitation says, as a hash, so only the people whose invitation would read differently get one again.
 */
public final class InviteeRules {

    private InviteeRules() {
    }

    /** A person as one group brings them, with why (the organisation they are secretary of, the award...). */
    public record Candidate(String personKey, UUID memberId, String fullName, String title, String organisationName,
            UUID organisationId, String groupCode, String reason) {
    }

    public record Role(String groupCode, String reason) {
    }

    /** One invitee: a person with every group they are in, in the groups' order. */
    public record Person(String personKey, UUID memberId, String fullName, String title, String organisationName,
            UUID organisationId, List<Role> roles) {
    }

    /** An invitee as stored. */
    public record Stored(String personKey, String fullName, String title, String organisationName, List<Role> roles,
            boolean withdrawn) {
    }

    /** What a refresh does: people to add, to change (or bring back), person keys to withdraw. */
    public record Plan(List<Person> added, List<Person> changed, List<String> withdrawn, int total) {
    }

    /** Merges the groups' candidates into one person each; the first group naming a field (a title...) gives it. */
    public static List<Person> merge(List<Candidate> candidates, List<String> groupOrder) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Map<String, String>> roles = new HashMap<>();
        for (Candidate c : candidates) {
            Person known = people.get(c.personKey());
            if (known == null) {
                people.put(c.personKey(), new Person(c.personKey(), c.memberId(), c.fullName(), c.title(),
                        c.organisationName(), c.organisationId(), List.of()));
            } else {
                people.put(c.personKey(), new Person(known.personKey(), known.memberId(), known.fullName(),
                        first(known.title(), c.title()), first(known.organisationName(), c.organisationName()),
                        known.organisationId() != null ? known.organisationId() : c.organisationId(), List.of()));
            }
            roles.computeIfAbsent(c.personKey(), k -> new LinkedHashMap<>()).putIfAbsent(c.groupCode(), c.reason());
        }
        Comparator<Role> byGroup = Comparator.comparingInt(r -> order(groupOrder, r.groupCode()));
        List<Person> merged = new ArrayList<>(people.size());
        for (Person p : people.values()) {
            List<Role> personRoles = roles.get(p.personKey()).entrySet().stream()
                    .map(e -> new Role(e.getKey(), e.getValue())).sorted(byGroup).toList();
            merged.add(new Person(p.personKey(), p.memberId(), p.fullName(), p.title(), p.organisationName(),
                    p.organisationId(), personRoles));
        }
        return merged;
    }

    /** Compares the people the groups bring now with the invitees as stored. */
    public static Plan plan(List<Person> people, Map<String, Stored> stored) {
        List<Person> added = new ArrayList<>();
        List<Person> changed = new ArrayList<>();
        Map<String, Boolean> present = new HashMap<>();
        for (Person p : people) {
            present.put(p.personKey(), true);
            Stored s = stored.get(p.personKey());
            if (s == null) {
                added.add(p);
            } else if (s.withdrawn() || !Objects.equals(s.fullName(), p.fullName())
                    || !Objects.equals(s.title(), p.title())
                    || !Objects.equals(s.organisationName(), p.organisationName())
                    || !s.roles().equals(p.roles())) {
                changed.add(p);
            }
        }
        List<String> withdrawn = stored.values().stream()
                .filter(s -> !s.withdrawn() && !present.containsKey(s.personKey()))
                .map(Stored::personKey).sorted().toList();
        return new Plan(added, changed, withdrawn, people.size());
    }

    /**
     * What a person's invitation says: name, title, organisation, the roles as printed, the event's day, time and
     * place. Rescheduling the event changes every invitee's hash, so the next issue re-issues them all.
     */
    public static String contentHash(String fullName, String title, String organisationName, List<String> roles,
            String eventWhen, String venue) {
        StringBuilder text = new StringBuilder();
        for (String part : List.of(nz(fullName), nz(title), nz(organisationName), String.join("\u0002", roles),
                nz(eventWhen), nz(venue))) {
            text.append(part).append('\u0001');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A guest entered twice (same name and organisation, whatever the accents typed) is one person. */
    public static String guestIdentity(String fullName, String organisationName) {
        return VietnameseText.fold(fullName) + "|" + (organisationName == null ? "" : VietnameseText.fold(
                organisationName));
    }

    /** A position held, as the title of an invitation shows it. */
    public record Position(String role, String organisationName, boolean inBloc) {
    }

    /** The Vietnamese name of a registry position; null for one that is not printed on an invitation. */
    public static String roleLabel(String role) {
        return switch (role) {
            case "SECRETARY" -> "Bí thư";
            case "DEPUTY_SECRETARY" -> "Phó Bí thư";
            case "STANDING_COMMITTEE_MEMBER" -> "Ủy viên Ban Thường vụ";
            case "COMMITTEE_MEMBER" -> "Ủy viên Ban Chấp hành";
            case "INSPECTION_COMMISSION_CHAIR" -> "Chủ nhiệm Ủy ban Kiểm tra";
            case "INSPECTION_COMMISSION_MEMBER" -> "Ủy viên Ủy ban Kiểm tra";
            default -> null;
        };
    }

    /**
     * A member's title on the invitation: their two highest positions, the bloc's first ("Ủy viên Ban Chấp hành Đảng
     * bộ Khối..., Bí thư Chi bộ Sở Tài chính"); null when they hold none.
     */
    public static String memberTitle(List<Position> positions) {
        List<String> rank = List.of("SECRETARY", "DEPUTY_SECRETARY", "STANDING_COMMITTEE_MEMBER", "COMMITTEE_MEMBER",
                "INSPECTION_COMMISSION_CHAIR", "INSPECTION_COMMISSION_MEMBER");
        List<String> titles = positions.stream()
                .filter(p -> rank.contains(p.role()) && p.organisationName() != null)
                .sorted(Comparator.comparing((Position p) -> !p.inBloc()).thenComparingInt(p -> rank.indexOf(p.role()))
                        .thenComparing(Position::organisationName))
                .limit(2)
                .map(p -> roleLabel(p.role()) + " " + p.organisationName())
                .toList();
        return titles.isEmpty() ? null : String.join(", ", titles);
    }

    private static int order(List<String> groupOrder, String code) {
        int i = groupOrder.indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
