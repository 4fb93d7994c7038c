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
 * C4.03 Mẫu đơn tải về được (mức độ 2): of the examined services whose page links a form, the share
 * whose form really downloads — HTTP 200, a document content type, a non-empty body, as captured or
 * probed. Evidence: the pages of services whose form link is broken.
 */
public final class ServiceFormsCheck implements Check {

    @Override
    public String name() {
        return "service-forms";
    }

    @Override
    public Verdict judge(Criterion criterion, SiteEvidence site) {
        Optional<String> down = ServiceSurvey.of(site).unreachable();
        if (down.isPresent()) {
            return Verdict.unreachable(down.get());
        }
        ServiceSurvey survey = ServiceSurvey.of(site);
        List<ServiceFinding> withForm = survey.findings().stream().filter(ServiceFinding::formOffered).toList();
        if (withForm.isEmpty()) {
            return Verdict.notMet(survey.findings().isEmpty() ? "Không tìm thấy dịch vụ công trực tuyến nào"
                    : "Không dịch vụ nào có liên kết tải mẫu đơn", List.of());
        }
        List<ServiceFinding> broken = withForm.stream().filter(f -> !f.formWorks()).toList();
        List<Evidence> evidence = new ArrayList<>();
        broken.forEach(f -> evidence.addAll(f.evidence().subList(0, Math.min(2, f.evidence().size()))));
        if (evidence.isEmpty()) {
            evidence.addAll(withForm.get(0).evidence().subList(0, Math.min(2, withForm.get(0).evidence().size())));
        }
        int working = withForm.size() - broken.size();
        String explanation = working + "/" + withForm.size() + " dịch vụ có mẫu đơn tải về được"
                + (broken.isEmpty() ? "" : "; không tải được: " + String.join("; ", broken.stream().map(ServiceFinding::name).toList()))
                + ServiceChecks.notes(survey);
        return Verdict.measured((double) working / withForm.size(), explanation, ServiceChecks.capped(evidence));
    }
}
