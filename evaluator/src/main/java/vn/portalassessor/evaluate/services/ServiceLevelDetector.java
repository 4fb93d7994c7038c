package vn.portalassessor.evaluate.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import vn.portalassessor.crawl.store.StoredPage;
import vn.portalassessor.evaluate.Evidence;
import vn.portalassessor.evaluate.SiteEvidence;

/**
 * Judges the level one service really works at (Decree 43/2011 Art. 3.4; methodology §8 C4.04–C4.05),
 * by what answers rather than by its label: 1 — its page gives the procedure; 2 — and a form really
 * downloads (HTTP 200, a document type, a body); 3 — its online submission works: a submission link
 * answers with a form to fill in, an upload or a login step, or the page itself takes the application
 * (a 404 or an "Đang cập nhật" page does not count); 4 — and it is paid online, whatever the provider:
 * a payment link answers with a way to pay, the submission flow has a payment step, or the service
 * page offers online payment (a provider, a gateway, "thanh toán trực tuyến") without a broken payment
 * link. A payment named but not offered ("chưa hỗ trợ", a disabled button) does not count. Links the
 * crawl did not fetch are asked for through the agency's probe source. Not thread-safe.
 */
final class ServiceLevelDetector {

    private final SiteEvidence site;
    private final ServicePageReader reader;
    private final LinkReach reach;

    ServiceLevelDetector(SiteEvidence site, ServicePageReader reader) {
        this.site = site;
        this.reader = reader;
        this.reach = new LinkReach(site);
    }

    /**
     * Judges a service page.
     *
     * @param name             the service's name
     * @param catalogueLevel   the level its catalogue row declares, used when the page declares none
     * @param present          the level-1 field labels the page shows, by field name
     * @param fields           every level-1 field
     */
    ServiceFinding judge(StoredPage page, String name, Integer catalogueLevel, Map<String, Element> present,
                         List<ServiceVocabulary.Field> fields) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Optional<ServicePageReader.Declared> declared = reader.declaredLevel(page.document());
        Integer declaredLevel = declared.map(ServicePageReader.Declared::level).orElse(catalogueLevel);
        evidence.add(site.evidence(page, declared.map(ServicePageReader.Declared::element).orElse(null),
                declared.map(ServicePageReader.Declared::text).orElse(name)));

        List<String> missing = fields.stream().map(ServiceVocabulary.Field::name).filter(f -> !present.containsKey(f)).toList();

        List<ServicePageReader.Link> forms = reader.formLinks(page.document());
        boolean formWorks = false;
        String formNote = forms.isEmpty() ? "không có liên kết tải mẫu đơn" : null;
        for (ServicePageReader.Link l : forms) {
            LinkReach.Reached r = reach.reach(l.url());
            if (r.document()) {
                formWorks = true;
                formNote = "mẫu đơn tải về được (" + r.contentType().split(";")[0] + ", " + r.length() + " byte)";
                r.page().ifPresent(p -> evidence.add(site.evidence(p, null, l.text())));
                break;
            }
            formNote = "mẫu đơn " + l.url().getPath() + " không tải được (" + r.describe() + ")";
            r.page().ifPresent(p -> evidence.add(site.evidence(p, null, l.text())));
        }
        reasons.add(formNote);

        boolean submitWorks = false;
        Optional<StoredPage> submission = Optional.empty();
        List<ServicePageReader.Link> submits = reader.submitLinks(page.document());
        List<ServicePageReader.Link> payments = new ArrayList<>(reader.paymentLinks(page.document()));
        String submitNote = submits.isEmpty() ? "không có liên kết nộp hồ sơ trực tuyến" : null;
        for (ServicePageReader.Link l : submits) {
            LinkReach.Reached r = reach.reach(l.url());
            if (r.html() && r.page().isPresent()) {
                StoredPage target = r.page().get();
                Optional<String> entry = reader.entry(target.document());
                evidence.add(site.evidence(target, null, entry.orElse(l.text())));
                if (entry.isPresent()) {
                    submitWorks = true;
                    submission = Optional.of(target);
                    submitNote = "nộp hồ sơ trực tuyến hoạt động: " + entry.get();
                    payments.addAll(reader.paymentLinks(target.document()));
                    break;
                }
                submitNote = "trang nộp hồ sơ " + target.url().getPath()
                        + (reader.placeholder(target.document()) ? " chỉ ghi \"đang cập nhật\"" : " không có biểu mẫu, ô tải tệp hay bước đăng nhập");
            } else {
                submitNote = "liên kết nộp hồ sơ " + l.url().getPath() + " không hoạt động (" + r.describe() + ")";
                r.page().ifPresent(p -> evidence.add(site.evidence(p, null, l.text())));
            }
        }
        if (!submitWorks) {
            Optional<String> own = reader.ownSubmissionForm(page.document());
            if (own.isPresent()) {
                submitWorks = true;
                submission = Optional.of(page);
                submitNote = "nộp hồ sơ trực tuyến hoạt động: " + own.get();
            }
        }
        reasons.add(submitNote);

        boolean paymentWorks = false;
        boolean paymentLinkFailed = false;
        String paymentNote = "không có thanh toán trực tuyến";
        for (ServicePageReader.Link l : payments) {
            LinkReach.Reached r = reach.reach(l.url());
            if (r.html() && r.page().isPresent() && reader.payment(r.page().get().document())) {
                paymentWorks = true;
                paymentNote = "thanh toán trực tuyến hoạt động (" + l.text() + ")";
                evidence.add(site.evidence(r.page().get(), null, l.text()));
                break;
            }
            paymentLinkFailed = true;
            paymentNote = "liên kết thanh toán " + l.url().getPath() + " không hoạt động (" + r.describe()
                    + (r.html() ? ", không có bước thanh toán" : "") + ")";
            r.page().ifPresent(p -> evidence.add(site.evidence(p, null, l.text())));
        }
        if (!paymentWorks && submission.isPresent()) {
            Optional<String> step = reader.paymentStep(submission.get().document());
            if (step.isPresent()) {
                paymentWorks = true;
                paymentNote = "quy trình nộp hồ sơ có bước thanh toán trực tuyến: " + step.get();
                evidence.add(site.evidence(submission.get(), null, step.get()));
            } else if (!paymentLinkFailed && submission.get() != page) {
                Optional<String> offered = reader.paymentStep(page.document());
                if (offered.isPresent()) {
                    paymentWorks = true;
                    paymentNote = "trang dịch vụ có thanh toán trực tuyến: " + offered.get();
                }
            }
        }
        reasons.add(paymentNote);

        int level = submitWorks ? paymentWorks ? 4 : 3 : formWorks ? 2 : 1;
        String reason = "Mức độ " + level + " theo kiểm tra"
                + (declaredLevel == null ? " (không ghi mức độ)" : declaredLevel == level ? ", đúng mức công bố"
                : ", công bố mức độ " + declaredLevel)
                + ": " + String.join("; ", reasons)
                + (missing.isEmpty() ? "" : "; thiếu thông tin: " + String.join(", ", missing));
        return new ServiceFinding(page, name, declaredLevel, List.copyOf(present.keySet()), missing, !forms.isEmpty(),
                formWorks, submitWorks, paymentWorks, level, reason, evidence);
    }
}
