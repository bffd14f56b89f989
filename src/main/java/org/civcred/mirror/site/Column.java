package org.civcred.mirror.site;

/**
 * A TRS-style column: a paginated list ({@code index.ext}, {@code index_1.ext} …) of articles
 * stored under {@code /<path>/<YYYYMM>/t<YYYYMMDD>_<id>.<ext>}.
 *
 * @param crumbs breadcrumb labels after 首页, joined with " &gt; " when rendered
 */
// perPage 0 marks a column whose articles are reached from elsewhere (no list pages of its own).
public record Column(Host host, String path, String ext, String name, String crumbs, int perPage) {

    public boolean listed() {
        return perPage > 0;
    }

    public String indexUrl(int page) {
        return host.base() + "/" + path + "/" + (page == 0 ? "index." + ext : "index_" + page + "." + ext);
    }
}
