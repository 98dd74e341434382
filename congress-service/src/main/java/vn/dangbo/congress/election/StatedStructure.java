package vn.dangbo.congress.election;

/**
 * The structure an office states its congress will elect, checked against the structure derived from the roll
 * and the rule set ({@link ElectionStructureRules#statedStructureProblem}). A body the congress does not elect is
 * left out (null; 0 reads the same).
 *
 * @param committeeSize            seats of the cell committee (chi ủy) of a cell of 9 or more full members, or of
 *                                 the executive committee (Ban Chấp hành) of a party committee
 * @param standingCommitteeSize    seats of the standing committee (Ban Thường vụ); a party committee only
 * @param deputySecretaries        deputy secretaries (phó bí thư): for a cell without a committee 0 or 1, as
 *                                 the cell wants
 * @param inspectionCommissionSize seats of the inspection commission (Ủy ban Kiểm tra); a party committee only
 */
public record StatedStructure(Integer committeeSize, Integer standingCommitteeSize, Integer deputySecretaries,
        Integer inspectionCommissionSize) {
}
