package vn.portalassessor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/**
 * Which links lead the crawl from a portal to its online-service site on another host: named by their
 * text (an image link by its alt text or file name) or by their host's words, never a site the target
 * excludes ("!name"). Issue 12.
 */
@DisplayName("Tìm cổng dịch vụ công từ liên kết của cổng thông tin")
class NamedSiteLinksTest {

    /** As the methodology's catalogue criterion names a services site (keywords, host words, exclusions). */
    private static final List<String> NAMES = List.of("Dịch vụ công trực tuyến", "Dịch vụ công", "Cổng dịch vụ công",
            "Hệ thống thông tin giải quyết thủ tục hành chính", "Thủ tục hành chính", "TTHC", "dichvucong", "dvc", "motcua", "egov",
            "!Cổng dịch vụ công quốc gia", "!dichvucong.gov.vn");

    @ParameterizedTest(name = "\"{0}\" → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thử Nghiệm | https://motcua.thunghiem.gov.vn/        | true
            banner dich vu cong                                              | https://thunghiem.vnpt.vn/              | true
            banner mot cua                                                   | http://10.0.0.7:8080/                   | true
            Hệ thống thông tin giải quyết TTHC                               | https://motcuadientu.thunghiem.vn/      | true
            Mốt của mùa hè                                                   | https://thoitrang.vn/                   | false
            CỔNG DỊCH VỤ CÔNG TỈNH                                           | http://103.21.148.7/portal/             | true
                                                                             | https://dichvucong.thunghiem.gov.vn/    | true
            logo                                                             | https://dvc.thunghiem.gov.vn/           | true
            Banner                                                           | https://egov.thunghiem.gov.vn/dvc       | true
            Cổng Dịch vụ công Quốc gia                                       | https://dichvucong.gov.vn/p/home        | false
            Tra cứu thủ tục hành chính                                       | https://thutuc.dichvucong.gov.vn/       | false
            Báo điện tử Thử Nghiệm                                           | https://baothunghiem.vn/                | false
            dvctt                                                            | https://ketoan.thunghiem.gov.vn/        | false
            """)
    void followsLinksNamedByTextImageOrHost(String text, String url, boolean follows) {
        assertThat(NamedSiteLinks.follows(NAMES, text == null ? "" : text, URI.create(url))).isEqualTo(follows);
    }
}
