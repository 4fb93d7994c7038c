package vn.portalassessor.samples;

import java.util.Optional;

/**
 * A row of the bundled {@code agencies.csv}: a fictional agency and its sites.
 *
 * @param id               agency id
 * @param name             Vietnamese name
 * @param group            MINISTRY, GOV_AGENCY or PROVINCE
 * @param portalSite       site id of its portal
 * @param servicesSite     site id of its online-service site, or empty when it has none
 * @param servicesDeclared whether the agency list given to the assessor names the service site
 *                         (otherwise it must be discovered from the portal's menus)
 */
public record SampleAgency(String id, String name, String group, String portalSite, String servicesSite,
                           boolean servicesDeclared) {

    /** The service site's id, when the agency has one. */
    public Optional<String> services() {
        return servicesSite == null || servicesSite.isEmpty() ? Optional.empty() : Optional.of(servicesSite);
    }
}
