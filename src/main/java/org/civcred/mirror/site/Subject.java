package org.civcred.mirror.site;

/**
 * A planted person or distractor as one page writes them; the renderer turns it into a
 * ground-truth appearance when it places the page.
 *
 * @param personId scenario id (P01, D11)
 * @param list     the list or column the appearance belongs to (中国好人榜2018年1月, 诚信文化 …)
 * @param listKind honour, red or black
 * @param date     ISO date or month of the appearance
 */
public record Subject(String personId, String list, String listKind, String name, String region,
                      String category, String date, String regionCode) {
}
