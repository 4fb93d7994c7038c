package vn.portalassessor.evaluate;

import java.net.URI;

/**
 * A link as a reader sees it: the page it is on, its text, and where it leads.
 *
 * @param from     the page holding the link
 * @param text     the link's text (or its title/alt when it has none)
 * @param target   the canonical URL it leads to
 * @param selector a CSS selector of the link element on {@code from}
 */
public record Anchor(URI from, String text, URI target, String selector) {
}
