package org.civcred.reliability;

import java.util.List;
import java.util.Map;

/**
 * The Delta checks of one table in the killed run's directory.
 *
 * @param versions          commits in {@code _delta_log}
 * @param digests           what each version holds (rows, checksum), read by time travel
 * @param cdcFiles          change-data files checked (present, declared size, Parquet framing)
 * @param abandonedCommits  temporary commit files a killed writer left in {@code _delta_log} (never visible)
 * @param unreferencedFiles data files no commit adds (written by a killed job before its commit; VACUUM removes them)
 * @param problems          anything inconsistent; empty when the table is sound
 */
record TableAudit(String table, long versions, Map<Long, ReadDigest> digests, long cdcFiles, long abandonedCommits,
                  long unreferencedFiles, List<String> problems) {
}
