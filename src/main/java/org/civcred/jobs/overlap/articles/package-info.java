/** overlap_articles: near-duplicate clusters that span the credit and civilization families. */
package org.civcred.jobs.overlap.articles;
