package vn.dangbo.emulation.movement;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * Who may register for the anniversary emulation movement (phong trào thi đua chào mừng 65 năm thành lập
 * Đảng bộ Khối): "mỗi tổ chức cơ sở đảng" — every grassroots organisation (đảng bộ cơ sở or chi bộ cơ sở)
 * that is still active and lies inside the bloc committee running the movement. Cells below a grassroots
 * committee take part through their committee. Plain functions a unit test can call.
 */
public final class MovementEligibility {

    /** The names (as on the registry's events) of the types that count as "tổ chức cơ sở đảng". */
    public static final Set<String> GRASSROOTS_TYPES = Arrays.stream(OrganisationType.values())
            .filter(OrganisationType::isGrassroots).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    public static final String ACTIVE = "ACTIVE";

    private MovementEligibility() {
    }

    /**
     * An organisation as the registry publishes it.
     *
     * @param path ancestor ids from the root to the organisation, inclusive: {@code /root/.../id/}
     */
    public record Candidate(UUID id, String type, String status, String path) {
    }

    /** @return why the organisation may not register for the bloc's movement, or empty when it may */
    public static Optional<String> registrationProblem(Candidate organisation, UUID blocId) {
        Optional<OrganisationType> type = OrganisationType.parse(organisation.type());
        if (!type.map(OrganisationType::isGrassroots).orElse(false)) {
            return Optional.of("Chỉ tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở) được đăng ký tham gia phong trào"
                    + " thi đua; " + type.map(OrganisationType::fullName).orElse(organisation.type())
                    + " không phải tổ chức cơ sở đảng");
        }
        if (!ACTIVE.equals(organisation.status())) {
            return Optional.of("Tổ chức đảng đã giải thể hoặc hợp nhất không được đăng ký tham gia phong trào thi đua");
        }
        if (!isInside(organisation, blocId)) {
            return Optional.of("Tổ chức đảng không trực thuộc Đảng bộ Khối phát động phong trào thi đua");
        }
        return Optional.empty();
    }

    public static boolean mayRegister(Candidate organisation, UUID blocId) {
        return registrationProblem(organisation, blocId).isEmpty();
    }

    /** @return true when the bloc is a strict ancestor of the organisation */
    static boolean isInside(Candidate organisation, UUID blocId) {
        if (blocId == null || organisation.path() == null || blocId.equals(organisation.id())) {
            return false;
        }
        String[] ancestors = organisation.path().split("/");
        String bloc = blocId.toString();
        // the last segment is the organisation itself
        for (int i = 0; i < ancestors.length - 1; i++) {
            if (bloc.equalsIgnoreCase(ancestors[i])) {
                return true;
            }
        }
        return false;
    }
}
