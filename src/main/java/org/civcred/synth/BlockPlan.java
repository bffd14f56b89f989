package org.civcred.synth;

import java.util.List;

/**
 * The fixed make-up of one block, multiplied by {@code scale}: how many planted persons go which
 * way, how many same-name distractor pairs and filler rows each list gets, and each column's share
 * of articles. Every block has the same make-up, so the corpus mix is the same at any size.
 */
record BlockPlan(int scale) {

    /** Blocks are months from 2001-01; past this many months the block grows instead. */
    static final int MAX_BLOCKS = 240;

    int overlapReward() { return 3 * scale; }
    int overlapTianjin() { return 2 * scale; }
    /** Commended and later also on the court-defaulter list (both credit lists). */
    int overlapMixed() { return scale; }
    int overlap() { return overlapReward() + overlapTianjin() + overlapMixed(); }
    int editionFiller() { return 4 * scale; }
    int editionRows() { return overlap() + editionFiller(); }
    int distractorPairs() { return 30 * scale; }
    int zghrFiller() { return 10 * scale; }
    int zghrRows() { return distractorPairs() + zghrFiller(); }
    int blackFiller() { return 9 * scale; }
    int blackRows() { return distractorPairs() + overlapMixed() + blackFiller(); }
    int rewardRows() { return 10 * scale; }  // planted reward and mixed rows included
    int tianjinRedRows() { return 10 * scale; }
    int tianjinBlackRows() { return 10 * scale; }
    int clustersPerFamily() { return 2 * scale; }
    int templatePairs() { return scale; }
    int crossMentionsPerFamily() { return scale; }
    /** Rows of the block's 天津好人 monthly list (planted Tianjin persons included), one story each. */
    int tjwenmingRows() { return 10 * scale; }
    /** 桐柏县 红黑榜 releases; the block's page of the release list lists them. */
    int tongbaiReleases() { return scale; }

    /** Pages written once per corpus, in its first block: the 先进人物库 (a single URL). */
    static final int ONCE = 1;

    List<ColumnSpec> columns() {
        return List.of(new ColumnSpec(ArticleBlock.HR365, editionRows(), "wenming-hr365"),
                new ColumnSpec(ArticleBlock.YWJJ, 80 * scale, "wenming-ywjj"),
                new ColumnSpec(ArticleBlock.YW, 70 * scale, "wenming-yw"),
                new ColumnSpec(ArticleBlock.HNNY, 30 * scale, "hnny-sbhr"),
                new ColumnSpec(ArticleBlock.CXWH, 50 * scale, "creditchina-cxwh"),
                new ColumnSpec(ArticleBlock.XYDT, 100 * scale, "creditchina-xydt"),
                new ColumnSpec(ArticleBlock.NANYANG, 30 * scale, "nanyang-cxwh"),
                new ColumnSpec(ArticleBlock.SHXHMD, 10 * scale, "creditchina-shxhmd"),
                new ColumnSpec(ArticleBlock.HNZMD, 3 * scale, "hnzmd-sbhr"));
    }

    /**
     * Pages one block writes: articles, their list pages, the row pages (details included), and one
     * page each of the edition list, the tjwenming month list and list of months, and the Tongbai
     * release list; {@link #ONCE} pages come on top of the first block.
     */
    long pages() {
        long articles = columns().stream().mapToLong(ColumnSpec::perBlock).sum();
        long lists = columns().stream().filter(c -> c.column().listed()).mapToLong(c -> c.perBlock() / c.column().perPage()).sum();
        long rows = 1 + zghrRows() / ListPages.ZGHR_PAGE + 1 + blackRows() / ListPages.API_PAGE + rewardRows() / ListPages.API_PAGE
                + tianjinRedRows() / ListPages.TIANJIN_PAGE + tianjinRedRows()
                + tianjinBlackRows() / ListPages.TIANJIN_PAGE + tianjinBlackRows();
        long kinds = 1 + 2 + tjwenmingRows() + 1 + tongbaiReleases();
        return articles + lists + rows + kinds;
    }

    /** The smallest scale that keeps a corpus of {@code pages} within {@link #MAX_BLOCKS} months. */
    static BlockPlan forPages(long pages) {
        long unit = new BlockPlan(1).pages();  // ONCE is too small to move the scale
        int scale = (int) Math.max(1, (pages / unit + MAX_BLOCKS - 1) / MAX_BLOCKS);
        return new BlockPlan(scale);
    }
}
