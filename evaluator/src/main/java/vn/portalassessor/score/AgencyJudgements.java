package vn.portalassessor.score;

import java.util.Map;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.evaluate.result.CrawlInfo;

/**
 * All of one agency's judgements, by criterion id, with its crawl's outcome.
 */
public record AgencyJudgements(Agency agency, CrawlInfo crawl, Map<String, Judgement> judgements) {

    public AgencyJudgements {
        judgements = Map.copyOf(judgements);
    }
}
