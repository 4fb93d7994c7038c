package vn.portalassessor.evaluate.reading;

/**
 * One link as read off a page: enough to rebuild the link graph without parsing the page again.
 *
 * @param index     the link's position among the page's {@code a[href], area[href]} elements, to find
 *                  the element again when a check cites it as evidence
 * @param href      the absolute address it points to, before canonicalising
 * @param text      its text as a reader takes it (text, else title, alt, image alt or title), capped
 * @param imageName the words of its image's file name, or empty
 */
public record LinkReading(int index, String href, String text, String imageName) {

    public LinkReading {
        href = href == null ? "" : href;
        text = text == null ? "" : text;
        imageName = imageName == null ? "" : imageName;
    }
}
