package vn.portalassessor.evaluate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.portalassessor.evaluate.PortalFixture.criterion;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portalassessor.evaluate.PortalFixture;
import vn.portalassessor.evaluate.Status;
import vn.portalassessor.evaluate.Verdict;

/** §8 C3.18: English pages with an introduction and contacts → MET, introduction only → PARTIAL, none → NOT_MET. */
@DisplayName("C3.18 Thông tin tiếng nước ngoài")
class EnglishCheckTest {

    @TempDir
    Path run;

    private static final String HOME = "<main><h1>Cổng thông tin điện tử Bộ Văn hóa Cộng đồng</h1><p>Bộ Văn hóa Cộng đồng là cơ quan "
            + "của Chính phủ thực hiện chức năng quản lý nhà nước về văn hóa cơ sở, lễ hội truyền thống và thư viện công cộng.</p></main>";

    @Test
    @DisplayName("an English page reached only through a script menu is found by its URL (/en/index.php) and its English text")
    void anEnglishPageWithoutALinkIsFoundByWhatItIs() {
        var site = PortalFixture.in(run).page("/", HOME)
                .page("/en/index.php", """
                        <!DOCTYPE html><html lang="en"><head><title>Ministry of Community Culture</title></head><body>
                        <h1>Ministry of Community Culture</h1><h2>About the Ministry</h2>
                        <p>The Ministry of Community Culture is the government body responsible for grassroots culture, traditional
                        festivals and public libraries. It was established in 2005.</p>
                        <h2>Contact</h2><p>Address: 51 Ngo Quyen Street, Hanoi. Tel: +84 24 3943 2211. Email: vanphong@bovhcd.gov.vn</p>
                        </body></html>""").build();

        Verdict v = new EnglishCheck().judge(criterion("C3.18"), site);

        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.evidence()).anySatisfy(e -> assertThat(e.url()).endsWith("/en/index.php"));
    }

    @Test
    @DisplayName("an English home whose \"About us\" and \"Contact\" links lead to \"Under construction\": NOT_MET")
    void linksToPlaceholdersAreNoIntroduction() {
        var site = PortalFixture.in(run).page("/", "<nav><a href=\"/en\">English</a></nav>" + HOME)
                .page("/en", """
                        <!DOCTYPE html><html lang="en"><head><title>Community Culture</title></head><body>
                        <h1>Ministry of Community Culture</h1>
                        <p>This is the English version of the portal of the Ministry, which is updated by the Office of the Ministry
                        and the Department of International Cooperation for readers from all over the world.</p>
                        <p><a href="/en/about">About us</a> <a href="/en/contact">Contact</a></p></body></html>""")
                .page("/en/about", "<!DOCTYPE html><html lang=\"en\"><head><title>About us</title></head><body><h1>About us</h1><p>Under construction</p></body></html>")
                .page("/en/contact", "<!DOCTYPE html><html lang=\"en\"><head><title>Contact</title></head><body><h1>Contact</h1><p>Coming soon</p></body></html>")
                .build();

        Verdict v = new EnglishCheck().judge(criterion("C3.18"), site);

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("Giới thiệu bằng tiếng Anh").contains("Thông tin liên hệ bằng tiếng Anh");
    }

    @Test
    @DisplayName("an \"English\" menu item leading to a Vietnamese page saying \"Đang xây dựng\": NOT_MET")
    void aVietnamesePlaceholderIsNoEnglishVersion() {
        var site = PortalFixture.in(run).page("/", "<nav><a href=\"/english\">English</a></nav>" + HOME)
                .page("/english", "<nav><a href=\"/english\">English</a></nav><main><h1>English</h1><p>Đang xây dựng</p></main>").build();

        Verdict v = new EnglishCheck().judge(criterion("C3.18"), site);

        assertThat(v.status()).isEqualTo(Status.NOT_MET);
        assertThat(v.explanation()).contains("English");
    }
}
