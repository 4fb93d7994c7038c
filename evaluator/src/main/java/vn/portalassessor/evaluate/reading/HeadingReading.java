package vn.portalassessor.evaluate.reading;

/**
 * A heading a page gives its own content (outside the chrome), as read off the page.
 *
 * @param index its position among the page's candidate heading elements, to find the element again
 *              when a section is named by it
 * @param text  its text
 */
public record HeadingReading(int index, String text) {

    public HeadingReading {
        text = text == null ? "" : text;
    }
}
