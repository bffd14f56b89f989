/**
 * The registered extractors and paginators behind the site profiles: the declarative selector
 * engine and the small site-specific parsers, looked up by name in
 * {@link org.civcred.site.extract.Extractors}. Pure functions of a page; no I/O.
 */
package org.civcred.site.extract;
