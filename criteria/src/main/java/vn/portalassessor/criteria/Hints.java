package vn.portalassessor.criteria;

import java.util.List;

/**
 * What the evaluator looks for on a portal to recognise a section, in the methodology's own words.
 * Matching is done on NFC text and on a diacritics-free form, so one entry covers "Hỏi đáp",
 * "Hỏi – Đáp" and the slug {@code hoi-dap}.
 *
 * @param keywords    names of the section as menus, link texts, titles and headings write them
 * @param slugs       URL path fragments that name the section ({@code gioi-thieu}, {@code van-ban})
 * @param content     words the section's page itself must show to count as real content
 *                    (for a leaders page: "điện thoại", "email"); empty when any real content will do
 * @param exclude     phrases that look like a match but are not ("lịch làm việc" inside a news article)
 */
public record Hints(List<String> keywords, List<String> slugs, List<String> content, List<String> exclude) {

    /** No hints: the criterion is not detected from page text. */
    public static final Hints NONE = new Hints(List.of(), List.of(), List.of(), List.of());

    public Hints {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        slugs = slugs == null ? List.of() : List.copyOf(slugs);
        content = content == null ? List.of() : List.copyOf(content);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** Whether there is anything to look for. */
    public boolean isEmpty() {
        return keywords.isEmpty() && slugs.isEmpty() && content.isEmpty();
    }
}
