/**
 * Site profiles and extractors shared by the crawler (links) and the jobs (records). Profiles are
 * read and validated once by {@link org.civcred.site.SiteRegistry}; extraction itself is a pure
 * function of a page, with no network or file I/O.
 */
package org.civcred.site;
