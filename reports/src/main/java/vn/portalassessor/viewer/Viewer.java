package vn.portalassessor.viewer;

/**
 * Who is looking: the inspector (everything) or one agency (its own evidence and the national page).
 *
 * @param agencyId the agency, or null for the inspector
 */
public record Viewer(String agencyId) {

    public static final Viewer INSPECTOR = new Viewer(null);

    public static Viewer agency(String id) {
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("an agency id is [a-z0-9-]+, not \"" + id + "\"");
        }
        return new Viewer(id);
    }

    public boolean inspector() {
        return agencyId == null;
    }

    @Override
    public String toString() {
        return inspector() ? "inspector" : "agency " + agencyId;
    }
}
