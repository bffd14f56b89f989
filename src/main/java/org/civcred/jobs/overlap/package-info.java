/** The gold overlap datasets: persons, articles, terms, cross-mentions and cities, one job each. */
package org.civcred.jobs.overlap;
