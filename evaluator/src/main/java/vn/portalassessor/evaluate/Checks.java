package vn.portalassessor.evaluate;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.portalassessor.evaluate.portal.AccessibilityCheck;
import vn.portalassessor.evaluate.portal.CalendarCheck;
import vn.portalassessor.evaluate.portal.ContactsCheck;
import vn.portalassessor.evaluate.portal.DocumentsFreshnessCheck;
import vn.portalassessor.evaluate.portal.EnglishCheck;
import vn.portalassessor.evaluate.portal.FeedbackCheck;
import vn.portalassessor.evaluate.portal.LegalDocumentsCheck;
import vn.portalassessor.evaluate.portal.LinksOutCheck;
import vn.portalassessor.evaluate.portal.MetadataCheck;
import vn.portalassessor.evaluate.portal.MobileCheck;
import vn.portalassessor.evaluate.portal.NewsCheck;
import vn.portalassessor.evaluate.portal.NewsFreshnessCheck;
import vn.portalassessor.evaluate.portal.PrintSaveCheck;
import vn.portalassessor.evaluate.portal.RssCheck;
import vn.portalassessor.evaluate.portal.SectionCheck;
import vn.portalassessor.evaluate.portal.SiteSearchCheck;
import vn.portalassessor.evaluate.portal.SitemapCheck;
import vn.portalassessor.evaluate.portal.UnicodeCheck;
import vn.portalassessor.evaluate.services.ServiceCatalogueCheck;
import vn.portalassessor.evaluate.services.ServiceFormsCheck;
import vn.portalassessor.evaluate.services.ServiceInformationCheck;
import vn.portalassessor.evaluate.services.ServiceLevelCheck;
import vn.portalassessor.evaluate.services.ServiceStatisticsCheck;
import vn.portalassessor.evaluate.services.ServiceSupportCheck;
import vn.portalassessor.evaluate.services.ServiceUnitsCheck;

/**
 * The crawler checks this version of the tool implements, by the names methodology files use. A
 * criterion naming a check that is not here is reported NEEDS_REVIEW ("chưa có kiểm tra tự động"),
 * never silently scored.
 */
public final class Checks {

    private Checks() {
    }

    /** Every implemented check, by name. */
    public static Map<String, Check> standard() {
        return Stream.of(new SectionCheck(), new EnglishCheck(), new NewsCheck(), new SiteSearchCheck(), new SitemapCheck(),
                        new ServiceCatalogueCheck(),
                        new ContactsCheck(), new CalendarCheck(), new LegalDocumentsCheck(), new MetadataCheck(),
                        new NewsFreshnessCheck(), new DocumentsFreshnessCheck(), new RssCheck(), new PrintSaveCheck(),
                        new FeedbackCheck(), new LinksOutCheck(), new UnicodeCheck(), new AccessibilityCheck(), new MobileCheck(),
                        new ServiceInformationCheck(), new ServiceFormsCheck(), new ServiceLevelCheck(3),
                        new ServiceLevelCheck(4), new ServiceSupportCheck(), new ServiceUnitsCheck(),
                        new ServiceStatisticsCheck())
                .collect(Collectors.toUnmodifiableMap(Check::name, Function.identity()));
    }
}
