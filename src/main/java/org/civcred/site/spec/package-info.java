/**
 * The declarative profile format as plain records read from YAML: what a file says, before it is
 * validated and compiled into a {@link org.civcred.site.SiteProfile}. Not an API for other packages.
 */
package org.civcred.site.spec;
