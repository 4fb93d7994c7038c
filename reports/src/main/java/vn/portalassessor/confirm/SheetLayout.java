package vn.portalassessor.confirm;

import java.util.List;

/**
 * Where things are in a confirmation workbook, shared by the writer and the reader so a workbook the
 * tool wrote is always one it can read back. The agencies fill in the last four columns only.
 */
final class SheetLayout {

    static final String SHEET = "Xác nhận";
    static final String AGENCY_LABEL = "Mã cơ quan";
    static final String ROUND_LABEL = "Vòng xác nhận";
    static final String TOKEN_LABEL = "Mã truy cập bằng chứng";
    static final String EXPORTED_LABEL = "Xuất lúc";
    static final String SIGNATURE_LABEL = "Chữ ký phiếu";
    static final String AGREE = "Đồng ý";
    static final String DISAGREE = "Không đồng ý";

    static final List<String> HEADER = List.of("Mã tiêu chí", "Tiêu chí", "Hạng mục", "Kết quả", "Giá trị", "Điểm",
            "Điểm tối đa", "Nguồn", "Giải thích", "Bằng chứng",
            "Ý kiến (Đồng ý / Không đồng ý)", "Giá trị đề nghị sửa", "Ghi chú", "URL bằng chứng bổ sung");

    static final int COL_ID = 0;
    static final int COL_ANSWER = 10;
    static final int COL_CORRECTED = 11;
    static final int COL_COMMENT = 12;
    static final int COL_EVIDENCE = 13;

    private SheetLayout() {
    }
}
