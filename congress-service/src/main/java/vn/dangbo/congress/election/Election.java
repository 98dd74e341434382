package vn.dangbo.congress.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dangbo.congress.election.ElectionStructure.Electorate;

/** One election (lần bầu) of a body or post at a congress, from its candidate list to its declared result. */
@Entity
@Table(name = "election")
public class Election {

    @Id
    public UUID id;

    @Column(name = "congress_id", nullable = false)
    public UUID congressId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Office office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Electorate electorate;

    /** 1 for the first ballot of this office; a runoff or another round is the next number. */
    @Column(name = "round_no", nullable = false)
    public int roundNo;

    /** The round before this one, for a runoff or another round. */
    @Column(name = "previous_election_id")
    public UUID previousElectionId;

    @Column(nullable = false)
    public int seats;

    /** Alternates elected on the same list (a delegation to the higher congress). */
    @Column(name = "alternate_seats", nullable = false)
    public int alternateSeats;

    /** Fixed when the list is approved: a list longer than the seats is struck out, else agree/disagree. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_kind")
    public BallotKind ballotKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ElectionStatus status;

    /** The reconciled figures, written when the count is closed (null before). */
    @Column(name = "ballots_issued")
    public Integer ballotsIssued;

    @Column(name = "ballots_returned")
    public Integer ballotsReturned;

    @Column(name = "valid_ballots")
    public Integer validBallots;

    @Column(name = "invalid_ballots")
    public Integer invalidBallots;

    /** The last hash of the election's log when the count was closed (printed in the counting minutes). */
    @Column(name = "log_last_hash")
    public String logLastHash;

    @Column(name = "count_closed_at")
    public OffsetDateTime countClosedAt;

    /** A runoff or another round among names fixed when it was opened: no nomination. */
    @Column(name = "fixed_list", nullable = false)
    public boolean fixedList;

    @Column(name = "list_approved_at")
    public OffsetDateTime listApprovedAt;

    /** Who approved the list (the congress, or the new committee at its first meeting), as entered. */
    @Column(name = "list_approved_by")
    public String listApprovedBy;

    /** Who receive a ballot, fixed when the list is approved (those present, or the new committee's members). */
    @Column
    public Integer voters;

    @Column(name = "spare_ballots")
    public Integer spareBallots;

    /** Printed before each ballot's number; the ballots are numbered firstSerial..firstSerial+voters+spares-1. */
    @Column(name = "serial_prefix")
    public String serialPrefix;

    @Column(name = "first_serial")
    public Integer firstSerial;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    public long version;
}
