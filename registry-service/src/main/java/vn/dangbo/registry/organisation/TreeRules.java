package vn.dangbo.registry.organisation;

import java.util.Optional;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationType;

/** The rules of changing the organisation tree, as plain functions a unit test can call. */
public final class TreeRules {

    private TreeRules() {
    }

    /**
     * @param path       the moved organisation's path ({@code /root/.../id/})
     * @param parentPath the new parent's path
     * @return why the move is refused, or empty
     */
    public static Optional<String> moveProblem(UUID id, String path, OrganisationType type, UUID parentId,
            String parentPath, OrganisationType parentType, OrganisationStatus parentStatus) {
        if (id.equals(parentId)) {
            return Optional.of("Không thể chuyển một tổ chức đảng vào chính nó");
        }
        if (parentPath.startsWith(path)) {
            return Optional.of("Không thể chuyển một tổ chức đảng vào tổ chức trực thuộc của chính nó");
        }
        if (parentStatus != OrganisationStatus.ACTIVE) {
            return Optional.of("Tổ chức cấp trên mới đã giải thể hoặc hợp nhất");
        }
        if (!type.mayBeChildOf(parentType)) {
            return Optional.of("Loại tổ chức " + type + " không thể trực thuộc " + parentType);
        }
        return Optional.empty();
    }

    /** @return why merging {@code source} into {@code target} is refused, or empty */
    public static Optional<String> mergeProblem(Organisation source, Organisation target) {
        if (source.id.equals(target.id)) {
            return Optional.of("Không thể hợp nhất một tổ chức đảng vào chính nó");
        }
        if (target.path.startsWith(source.path)) {
            return Optional.of("Không thể hợp nhất vào tổ chức trực thuộc của chính nó");
        }
        if (target.status != OrganisationStatus.ACTIVE) {
            return Optional.of(target.name + " đã giải thể hoặc hợp nhất");
        }
        if (source.type.holdsMembers() && !target.type.holdsMembers()) {
            return Optional.of("Đảng viên của " + source.name + " phải chuyển đến một chi bộ; "
                    + target.name + " không phải là chi bộ");
        }
        return Optional.empty();
    }

    public static String newPath(String parentPath, UUID id) {
        return parentPath + id + "/";
    }
}
