package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.result.ResultRecords.ResultResponse;
import vn.dangbo.kit.web.ProblemException;

/** Reads a declared result. */
@ApplicationScoped
public class ResultQueries {

    private final ElectionRepository elections;
    private final ElectionResultRepository results;
    private final ResultViews views;

    public ResultQueries(ElectionRepository elections, ElectionResultRepository results, ResultViews views) {
        this.elections = elections;
        this.results = results;
        this.views = views;
    }

    @Transactional
    public ResultResponse result(UUID electionId) {
        Election election = elections.findByIdOptional(electionId)
                .orElseThrow(() -> ProblemException.notFound("Không có cuộc bầu cử với mã " + electionId));
        ElectionResult result = results.findByIdOptional(electionId).orElseThrow(() -> ProblemException.notFound(
                "Cuộc bầu " + election.office.title() + " lần " + election.roundNo + " chưa công bố kết quả"));
        return views.response(election, result);
    }
}
