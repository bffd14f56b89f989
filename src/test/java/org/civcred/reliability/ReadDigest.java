package org.civcred.reliability;

/** What one read of a table returned: its row count and the order-independent sum of its rows' hashes. */
record ReadDigest(long rows, long checksum) {

    static ReadDigest of(DeltaReader reader, String tablePath, java.util.OptionalLong version, long[] versionRead) {
        long[] acc = new long[2];
        versionRead[0] = reader.scan(tablePath, version, row -> {
            acc[0]++;
            acc[1] += RowText.hash64(RowText.exact(row));
        });
        return new ReadDigest(acc[0], acc[1]);
    }
}
