package vn.portalassessor.confirm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import vn.portalassessor.viewer.OwnerOnlyFile;

/**
 * Binds a confirmation workbook to its agency and round: an HMAC-SHA256, under a key kept in the run
 * ({@code confirm/sheet-key}, owner-only, made at the first export), over the agency id, the round
 * and every cell the agency must not change (all but the four answer columns and the signature
 * itself). A workbook whose agency cell, round, access code, results, points or explanations were
 * edited no longer matches its signature, and only this run can sign a new one. Immutable.
 */
final class SheetSignature {

    static final String KEY_FILE = "sheet-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private SheetSignature(byte[] key) {
        this.key = key;
    }

    /** The run's key, made (owner-only) when there is none yet. */
    static SheetSignature openOrCreate(Path confirmDir) throws IOException {
        Path file = confirmDir.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            OwnerOnlyFile.write(file, HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII));
        }
        return open(file);
    }

    /** The run's key; a run whose key is missing signs nothing and verifies nothing. */
    static SheetSignature open(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new SheetSignature(null);
        }
        try {
            return new SheetSignature(HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a workbook signing key (64 hexadecimal digits); restore it from a backup", e);
        }
    }

    /** The signature of a sheet's locked cells for an agency and round, 64 hexadecimal digits. */
    String sign(String agencyId, int round, Map<String, String> lockedCells) {
        if (key == null) {
            throw new IllegalStateException("no workbook signing key");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            StringBuilder text = new StringBuilder(agencyId).append('\n').append(round).append('\n');
            lockedCells.forEach((ref, value) -> text.append(ref).append(':').append(value.length()).append(':')
                    .append(value).append('\n'));
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    /** Whether {@code signature} is this run's signature of the agency, round and cells (constant time). */
    boolean verifies(String signature, String agencyId, int round, Map<String, String> lockedCells) {
        if (key == null || signature == null || signature.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(agencyId, round, lockedCells).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Every non-empty cell the agency must not change, by reference ({@code C7}), as displayed: all
     * columns but the answer columns, every row but the signature's.
     */
    static Map<String, String> lockedCells(Sheet sheet, DataFormatter fmt) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Cell label = row.getCell(0);
            if (label != null && fmt.formatCellValue(label).strip().equals(SheetLayout.SIGNATURE_LABEL)) {
                continue;
            }
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c >= SheetLayout.COL_ANSWER && c <= SheetLayout.COL_EVIDENCE) {
                    continue;
                }
                String text = fmt.formatCellValue(cell);
                if (!text.isEmpty()) {
                    cells.put(new CellReference(r, c).formatAsString(), text);
                }
            }
        }
        return cells;
    }
}
