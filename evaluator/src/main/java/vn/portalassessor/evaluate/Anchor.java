package vn.portalassessor.evaluate;

import java.net.URI;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * A link as a reader sees it: the page it is on, its text, and where it leads. A link that is only
 * an image, an icon or a flag is named by what the image says of itself: its alt or title text, else
 * its file name ({@code flag_en.png}, {@code icon-hoidap.gif}), kept apart in {@code imageName}.
 *
 * @param from      the page holding the link
 * @param text      the link's text, else its title, else its image's alt or title
 * @param target    the canonical URL it leads to
 * @param located   finds the link element on {@code from}: a link read back from the run's kept page
 *                  readings is found in its page only when a check cites it, so a re-score parses no
 *                  page just for its links
 * @param imageName the words of the link's image file name ("flag en"), or empty when it has none
 */
public record Anchor(URI from, String text, URI target, Supplier<Element> located, String imageName) {

    public Anchor {
        text = text == null ? "" : text;
        imageName = imageName == null ? "" : imageName;
        located = located == null ? () -> null : located;
    }

    /** A link whose element is at hand. */
    public Anchor(URI from, String text, URI target, Element element, String imageName) {
        this(from, text, target, () -> element, imageName);
    }

    /** The link element on {@code from}. */
    public Element element() {
        return located.get();
    }

    /**
     * A CSS selector of the link element on {@code from}, computed on demand: only the few links cited
     * as evidence need one, and computing it for every link of a page is quadratic in the page's links.
     */
    public String selector() {
        Element element = element();
        return element == null ? null : element.cssSelector();
    }

    /** The words a reader takes the link for: its text, or its image's file name when it has no text. */
    public String label() {
        return text.isBlank() ? imageName : text;
    }
}
