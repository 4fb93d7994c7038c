package vn.portalassessor.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The distribution of one group's indices in one category, drawn as a static inline SVG histogram
 * (ten bins of 0.1) so the report needs no script and no network: how many agencies of the group
 * fall in each tenth of the index scale. Immutable.
 *
 * @param width  the drawing's width in px
 * @param height the drawing's height in px
 * @param label  the accessible description, in Vietnamese
 * @param bars   one bar per bin, left to right
 */
public record IndexChart(int width, int height, String label, List<Bar> bars) {

    static final int BINS = 10;
    private static final int BAR_WIDTH = 36;
    private static final int GAP = 4;
    private static final int PLOT_HEIGHT = 90;
    private static final int TOP = 16;
    private static final int LEFT = 8;

    public IndexChart {
        bars = List.copyOf(bars);
    }

    /**
     * One bin.
     *
     * @param x       left edge
     * @param y       top edge of the bar
     * @param width   bar width
     * @param height  bar height (0 for an empty bin)
     * @param count   agencies in the bin
     * @param range   the bin's range as printed, e.g. "0,7–0,8"
     * @param labelX  centre of the bar, for the texts
     * @param countY  baseline of the count above the bar
     * @param rangeY  baseline of the range below the axis
     */
    public record Bar(int x, int y, int width, int height, int count, String range, int labelX, int countY, int rangeY) {
    }

    /** The histogram of {@code indices} (each 0..1; 1.0 falls in the last bin). */
    public static IndexChart of(String groupName, List<Double> indices) {
        int[] counts = new int[BINS];
        for (double v : indices) {
            int bin = (int) Math.floor(Math.max(0, Math.min(v, 1)) * BINS);
            counts[Math.min(bin, BINS - 1)]++;
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        List<Bar> bars = new ArrayList<>();
        int axis = TOP + PLOT_HEIGHT;
        for (int i = 0; i < BINS; i++) {
            int h = counts[i] == 0 ? 0 : Math.max(2, counts[i] * PLOT_HEIGHT / max);
            int x = LEFT + i * (BAR_WIDTH + GAP);
            String range = String.format(Locale.ROOT, "%.1f–%.1f", i / 10.0, (i + 1) / 10.0).replace('.', ',');
            bars.add(new Bar(x, axis - h, BAR_WIDTH, h, counts[i], range, x + BAR_WIDTH / 2, axis - h - 3, axis + 14));
        }
        int width = LEFT * 2 + BINS * (BAR_WIDTH + GAP);
        String label = "Phân bố chỉ số của nhóm " + groupName + ": " + indices.size() + " cơ quan theo từng khoảng 0,1";
        return new IndexChart(width, axis + 20, label, bars);
    }

    /** The y of the horizontal axis. */
    public int axisY() {
        return TOP + PLOT_HEIGHT;
    }
}
