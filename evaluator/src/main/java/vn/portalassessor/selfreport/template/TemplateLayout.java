package vn.portalassessor.selfreport.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.portalassessor.selfreport.AskedRow;

/**
 * Where things are in a self-report workbook, shared by {@link TemplateWriter} and
 * {@link ReturnedWorkbook} so that what is written is what is read back, and the template's fingerprint:
 * a SHA-256 over the methodology id, the agency id and the asked rows (id and kind). A workbook whose
 * fingerprint differs from what the current methodology asks of that agency was made for another
 * agency or another list of rows, and is refused rather than half-matched.
 */
final class TemplateLayout {

    static final String DATA_SHEET = "Số liệu";
    static final String GUIDE_SHEET = "Hướng dẫn";
    /** A very hidden, protected sheet: the agency, methodology, fingerprint and the row of every id. */
    static final String MARK_SHEET = "_mau_bieu";

    /** 0-based rows of the data sheet's heading. */
    static final int AGENCY_NAME_ROW = 2;
    static final int AGENCY_ID_ROW = 3;
    static final int GROUP_ROW = 4;
    static final int HEADER_ROW = 6;
    static final int FIRST_DATA_ROW = 7;

    /** 0-based columns of the data sheet. */
    static final int COL_ID = 0;
    static final int COL_CATEGORY = 1;
    static final int COL_NAME = 2;
    static final int COL_UNIT = 3;
    static final int COL_QUESTION = 4;
    static final int COL_RANGE = 5;
    static final int COL_VALUE = 6;
    static final int COL_NOTE = 7;
    static final int COL_PREVIOUS = 8;

    static final List<String> HEADERS = List.of("Mã", "Hạng mục", "Tiêu chí / thành phần", "Đơn vị",
            "Nội dung cần báo cáo", "Giá trị cho phép", "Số liệu năm nay", "Ghi chú", "Số liệu năm trước");

    /** Mark sheet keys, one per row in column A with the value in column B. */
    static final String KEY_AGENCY = "agency";
    static final String KEY_METHODOLOGY = "methodology";
    static final String KEY_VERSION = "version";
    static final String KEY_FINGERPRINT = "fingerprint";
    /** The row after which the mark sheet lists id, kind and 0-based data-sheet row, one per line. */
    static final String KEY_ROWS = "rows";

    private TemplateLayout() {
    }

    /** The fingerprint of a template made for this agency and these rows. */
    static String fingerprint(String methodologyId, String agencyId, List<AskedRow> rows) {
        StringBuilder text = new StringBuilder("portal-assessor self-report template 1\n")
                .append(methodologyId).append('\n').append(agencyId).append('\n');
        rows.forEach(r -> text.append(r.id()).append(':').append(r.kind()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** An A1-style reference to a cell of the data sheet, e.g. {@code G9}. */
    static String ref(int row, int col) {
        return new org.apache.poi.ss.util.CellReference(row, col).formatAsString(false);
    }
}
