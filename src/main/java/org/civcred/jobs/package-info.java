/** Spark jobs from WARC captures to the overlap datasets. Never imports the crawler. */
package org.civcred.jobs;
