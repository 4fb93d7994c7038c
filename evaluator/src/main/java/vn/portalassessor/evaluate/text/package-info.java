/**
 * Vietnamese text as portals write it: NFC or NFD, HTML entities, dashes and spacing of every kind,
 * accented or not, and the date formats of methodology §7. Matching here is what every check uses,
 * so that "Hỏi – Đáp", "Hỏi-đáp" and the slug {@code hoi-dap} are one section.
 */
package vn.portalassessor.evaluate.text;
