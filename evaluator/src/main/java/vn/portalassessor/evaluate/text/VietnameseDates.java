package vn.portalassessor.evaluate.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates Vietnamese portals print: {@code 22/12/2016}, {@code 08:30 22/12/2016},
 * {@code Thứ năm, 22/12/2016 16:36}, {@code 22-12-2016}, {@code 22.12.2016},
 * {@code Ngày 09 tháng 12 năm 2016}, {@code 2016-12-22}, and the same inside "Cập nhật lúc …".
 * Day first, as in Vietnamese usage; impossible dates are skipped. Stateless.
 */
public final class VietnameseDates {

    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?!\\d)");
    private static final Pattern WORDS = Pattern.compile(
            "ngày\\s{1,5}(\\d{1,2})\\s{1,5}tháng\\s{1,5}(\\d{1,2})\\s{1,5}năm\\s{1,5}(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private VietnameseDates() {
    }

    /** Every date in the text, in order of appearance within each format. */
    public static List<LocalDate> find(String text) {
        List<LocalDate> dates = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return dates;
        }
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        Matcher m = NUMERIC.matcher(nfc);
        while (m.find()) {
            add(dates, m.group(3), m.group(2), m.group(1));
        }
        m = WORDS.matcher(nfc);
        while (m.find()) {
            add(dates, m.group(3), m.group(2), m.group(1));
        }
        m = ISO.matcher(nfc);
        while (m.find()) {
            add(dates, m.group(1), m.group(2), m.group(3));
        }
        return dates;
    }

    /** As Vietnamese readers write a date: {@code 31/12/2016}. */
    public static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static void add(List<LocalDate> dates, String year, String month, String day) {
        try {
            dates.add(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            // 31/02 and the like are not dates
        }
    }
}
