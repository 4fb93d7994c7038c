package vn.portalassessor.criteria;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A state agency under assessment: its portal, its online-service site if known, and the group it is
 * ranked in.
 *
 * @param id          {@code [a-z0-9-]+}, unique in a run; names evidence folders and report pages
 * @param name        Vietnamese name
 * @param group       the ranking group
 * @param portalUrl   the portal's home page
 * @param servicesUrl the online-service site, or null when it must be discovered from the portal's menus
 */
public record Agency(String id, String name, Group group, URI portalUrl, URI servicesUrl) {

    /** What an agency id may look like. */
    public static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    public Agency {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("agency id \"" + id + "\" must match [a-z0-9-]+");
        }
    }

    /** The online-service site, when the agency list gives it. */
    public Optional<URI> services() {
        return Optional.ofNullable(servicesUrl);
    }
}
