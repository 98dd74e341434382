package vn.dangbo.registry.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.Roles;
import vn.dangbo.registry.member.MemberRecords.BodyPositionResponse;
import vn.dangbo.registry.member.MemberRecords.CountsResponse;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;

/**
 * The members of an organisation: its list, its counts, its badges. Under the organisation's paths (and its
 * OpenAPI tag), but served by the member feature, which depends on the tree and not the reverse.
 */
@Path("/organisations")
@Tag(name = "Organisations", description = "Tổ chức đảng")
public class OrganisationMembersResource {

    private final MemberQueries members;
    private final MemberCountService counting;
    private final MemberBadges badges;
    private final AccessGuard access;

    public OrganisationMembersResource(MemberQueries members, MemberCountService counting, MemberBadges badges,
            AccessGuard access) {
        this.members = members;
        this.counting = counting;
        this.badges = badges;
        this.access = access;
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The members on the list of a cell, by name", description = MemberRecords.PERSONAL_DATA)
    public List<MemberResponse> members(@PathParam("id") UUID id) {
        boolean personal = access.maySeePersonalData(id); // every member listed is of this organisation
        return members.inOrganisation(id).stream().map(m -> MemberResponse.of(m, personal)).toList();
    }

    @GET
    @Path("/{id}/positions")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The positions of the party body held on a date (default today), with their holders: "
            + "its secretary, deputies, committee, standing committee, inspection commission")
    public List<BodyPositionResponse> positions(@PathParam("id") UUID id, @QueryParam("date") LocalDate date) {
        return members.positionsHeldOn(id, date == null ? LocalDate.now() : date).stream()
                .map(BodyPositionResponse::of).toList();
    }

    @GET
    @Path("/{id}/counts")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Member counts on a date (default today) for the organisation or its whole subtree")
    public CountsResponse counts(@PathParam("id") UUID id, @QueryParam("date") LocalDate date,
            @QueryParam("scope") @DefaultValue("self") @Pattern(regexp = "self|subtree",
                    message = "phải là self hoặc subtree") String scope) {
        return counting.counts(id, date == null ? LocalDate.now() : date, "subtree".equals(scope));
    }

    @GET
    @Path("/{id}/badges")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Members of the subtree reaching 30, 40, 45 ... 90 years of membership within a period")
    public List<MemberRecords.BadgeGroup> badges(@PathParam("id") UUID id, @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        return badges.badges(id, from, to);
    }
}
