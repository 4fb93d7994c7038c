package vn.portalassessor.criteria;

/**
 * A part of a criterion that earns its own share of the points, so that a portal showing some of
 * the required information scores {@code PARTIAL} rather than all or nothing (C3.01: cơ cấu tổ chức,
 * chức năng nhiệm vụ, lịch sử hình thành).
 *
 * @param id     stable within its criterion ({@code org-chart})
 * @param name   Vietnamese name as reports print it
 * @param points the points this part is worth; the parts of a criterion add up to its maximum
 * @param hints  what shows this part is present
 */
public record SubItem(String id, String name, double points, Hints hints) {

    public SubItem {
        hints = hints == null ? Hints.NONE : hints;
    }
}
