package vn.dangbo.congress.round;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A congress round (đợt đại hội): the plan a convening committee runs for itself and its cells. */
@Entity
@Table(name = "congress_round")
public class CongressRound {

    @Id
    public UUID id;

    @Column(name = "convening_committee_id", nullable = false)
    public UUID conveningCommitteeId;

    @Column(name = "rule_set_id", nullable = false)
    public String ruleSetId;

    /** Mốc tính tuổi per level, as {@code yyyy-MM}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_round_age_reference", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "level")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "reference_month", nullable = false)
    public Map<RoundLevel, String> ageReferenceMonths = new HashMap<>();

    @Column(name = "pilot_organisation_id")
    public UUID pilotOrganisationId;

    @Column(name = "pilot_from")
    public LocalDate pilotFrom;

    @Column(name = "pilot_to")
    public LocalDate pilotTo;

    @Column(name = "cells_from", nullable = false)
    public LocalDate cellsFrom;

    @Column(name = "cells_to", nullable = false)
    public LocalDate cellsTo;

    @Column(name = "committee_from", nullable = false)
    public LocalDate committeeFrom;

    @Column(name = "committee_to", nullable = false)
    public LocalDate committeeTo;

    @Column(name = "cell_term", nullable = false)
    public String cellTerm;

    @Column(name = "committee_term", nullable = false)
    public String committeeTerm;

    /** The plan's document checklist ({@code checklists/<id>.json}). */
    @Column(name = "checklist_id", nullable = false)
    public String checklistId;

    /** The plan's agenda ({@code agendas/<id>.json}). */
    @Column(name = "agenda_id", nullable = false)
    public String agendaId;

    /** The date the round sets for the committee's drafts to be approved by the body above; null until set. */
    @Column(name = "committee_drafts_due")
    public LocalDate committeeDraftsDue;

    @Version
    public long version;

    public RoundPlan plan() {
        return new RoundPlan(id, conveningCommitteeId, ruleSetId, pilotOrganisationId,
                pilotFrom == null ? null : new DateWindow(pilotFrom, pilotTo), new DateWindow(cellsFrom, cellsTo),
                new DateWindow(committeeFrom, committeeTo), cellTerm, committeeTerm);
    }

    public Map<RoundLevel, String> ageReferences() {
        return ageReferenceMonths.isEmpty() ? Map.of() : new EnumMap<>(ageReferenceMonths);
    }
}
