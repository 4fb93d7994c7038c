package vn.portalassessor.evaluate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Trang giữ chỗ hay trang có nội dung")
class PageTextTest {

    private static final List<String> PLACEHOLDERS = List.of("Đang cập nhật", "Nội dung đang được cập nhật");

    @Test
    @DisplayName("a heading and one table of figures is content, however short")
    void aTableOfFiguresIsContent() {
        var page = Jsoup.parse("""
                <html><head><title>Thống kê - Cổng dịch vụ công tỉnh Lam Thủy</title></head><body>
                <div class="noi-dung"><h1>Thống kê tình hình giải quyết hồ sơ</h1>
                <table><tr><th>Năm</th><th>Tiếp nhận</th><th>Đúng hạn</th></tr>
                <tr><td>2016</td><td>96.120</td><td>97,2%</td></tr></table></div></body></html>""");

        assertThat(PageText.isPlaceholder(page, PLACEHOLDERS)).isFalse();
    }

    @Test
    @DisplayName("\"Đang cập nhật\" beside a date picker's grid of day numbers is still a placeholder")
    void aCalendarGridIsNoContent() {
        var page = Jsoup.parse("""
                <html><head><title>Lịch công tác</title></head><body><div class="noi-dung"><h1>Lịch công tác</h1>
                <p>Đang cập nhật</p>
                <table class="lich"><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr>
                <tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr>
                <tr><td>8</td><td>9</td><td>10</td><td>11</td><td>12</td><td>13</td><td>14</td></tr></table>
                </div></body></html>""");

        assertThat(PageText.isPlaceholder(page, PLACEHOLDERS)).isTrue();
    }
}
