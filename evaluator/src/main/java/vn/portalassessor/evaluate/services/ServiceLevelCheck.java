package vn.portalassessor.evaluate.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.evaluate.Check;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;
import vn.portalassessor.evaluate.Verdict;

/**
 * C4.04 Số DVC mức độ 3 and C4.05 Số DVC mức độ 4: the count of examined services that really work at
 * exactly this level (a level-4 service counts only in C4.05), judged by what answers, not by the
 * label. The explanation names every service whose declared level differs; the Evaluator sets this
 * count beside the self-reported one and flags a difference. Evidence: the pages of the services
 * whose label is wrong first, then those counted.
 */
public final class ServiceLevelCheck implements Check {

    private static final int MAX_LISTED = 6;

    private final int level;

    /** The check for services at {@code level} (3 or 4). */
    public ServiceLevelCheck(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("a service level is 1..4, not " + level);
        }
        this.level = level;
    }

    @Override
    public String name() {
        return "service-level-" + level;
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<String> down = ServiceSurvey.of(site).unreachable();
        if (down.isPresent()) {
            return Verdict.unreachable(down.get());
        }
        ServiceSurvey survey = ServiceSurvey.of(site);
        List<ServiceFinding> all = survey.findings();
        if (all.isEmpty()) {
            return Verdict.measured(0, "Không tìm thấy dịch vụ công trực tuyến nào", List.of());
        }
        List<ServiceFinding> counted = all.stream().filter(f -> f.detectedLevel() == level).toList();
        long declared = all.stream().filter(f -> f.declaredLevel() != null && f.declaredLevel() == level).count();
        List<ServiceFinding> wrong = all.stream()
                .filter(ServiceFinding::discrepancy)
                .filter(f -> f.declaredLevel() == level || f.detectedLevel() == level)
                .toList();
        List<Evidence> evidence = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (ServiceFinding f : wrong) {
            evidence.add(f.evidence().get(0));
            if (parts.size() < MAX_LISTED) {
                parts.add(f.name() + " công bố mức độ " + f.declaredLevel() + ", thực tế mức độ " + f.detectedLevel());
            }
        }
        counted.stream().filter(f -> !wrong.contains(f)).forEach(f -> evidence.add(f.evidence().get(0)));
        String explanation = counted.size() + " dịch vụ hoạt động ở mức độ " + level + " trên " + all.size()
                + " dịch vụ đã kiểm tra (công bố mức độ " + level + ": " + declared + ")"
                + (wrong.isEmpty() ? "" : "; công bố khác thực tế: " + String.join("; ", parts)
                + (wrong.size() > MAX_LISTED ? " và " + (wrong.size() - MAX_LISTED) + " dịch vụ khác" : ""))
                + ServiceChecks.notes(survey);
        return Verdict.measured(counted.size(), explanation, ServiceChecks.capped(evidence));
    }
}
