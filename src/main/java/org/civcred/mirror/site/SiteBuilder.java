package org.civcred.mirror.site;

import java.util.List;

/**
 * One host (or pair of hosts) of the snapshot. {@link #plan} runs first for every site, in a fixed
 * order, adding articles to columns; {@link #render} then renders the site's own special pages
 * (edition tables, API pages, list forms, details). Column lists and articles are rendered by the
 * generator once every site has planned.
 */
public interface SiteBuilder {

    void plan(Build build);

    List<SitePage> render(Build build);
}
