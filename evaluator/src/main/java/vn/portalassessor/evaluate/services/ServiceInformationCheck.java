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
 * C4.02 Thông tin thủ tục đầy đủ (mức độ 1): the share of examined services whose page shows every
 * level-1 field the criterion's hints name (trình tự, cách thức, thành phần hồ sơ, thời hạn, đối tượng,
 * cơ quan thực hiện, kết quả, lệ phí, mẫu đơn tờ khai, yêu cầu điều kiện, căn cứ pháp lý). Evidence:
 * the pages of the services that lack some, each with what it lacks.
 */
public final class ServiceInformationCheck implements Check {

    private static final int MAX_LISTED = 5;

    @Override
    public String name() {
        return "service-information";
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
            return Verdict.notMet("Không tìm thấy trang thông tin của dịch vụ công trực tuyến nào", List.of());
        }
        List<ServiceFinding> incomplete = all.stream().filter(f -> !f.fieldsMissing().isEmpty()).toList();
        int complete = all.size() - incomplete.size();
        List<String> parts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (ServiceFinding f : incomplete) {
            if (parts.size() < MAX_LISTED) {
                parts.add(f.name() + " (thiếu " + String.join(", ", f.fieldsMissing()) + ")");
            }
            evidence.add(f.evidence().get(0));
        }
        if (evidence.isEmpty()) {
            evidence.add(all.get(0).evidence().get(0));
        }
        String explanation = complete + "/" + all.size() + " dịch vụ có đủ " + ServiceVocabulary.of(site.methodology()).fields().size()
                + " thông tin mức độ 1"
                + (incomplete.isEmpty() ? "" : "; chưa đủ: " + String.join("; ", parts)
                + (incomplete.size() > MAX_LISTED ? " và " + (incomplete.size() - MAX_LISTED) + " dịch vụ khác" : ""))
                + ServiceChecks.notes(survey);
        return Verdict.measured((double) complete / all.size(), explanation, ServiceChecks.capped(evidence));
    }
}
