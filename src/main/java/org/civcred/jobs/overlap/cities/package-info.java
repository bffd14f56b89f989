/** overlap_cities: per city, civilized-city titles next to credit-side listings, cross-mentions and overlapping people. */
package org.civcred.jobs.overlap.cities;
