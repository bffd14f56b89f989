/**
 * Reading WARC files (civcred's own crawls and archives written elsewhere) into the bronze
 * {@code captures} table, inside Spark tasks, one task per file.
 */
package org.civcred.jobs.ingest;
