package org.civcred.research;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.civcred.config.Errors;

/**
 * Writes a table's rows to files a researcher can take elsewhere, through Spark's own writers so
 * nothing is collected to the driver.
 *
 * <p>CSV is one UTF-8 file with a header and RFC 4180 quoting (quotes doubled, fields with commas,
 * quotes or line breaks quoted); arrays, maps and structs become JSON text and binary columns
 * base64. Parquet keeps every type; it is a directory of part files unless the path ends in
 * {@code .parquet}, then one file. Single files are written by one task into a scratch directory
 * beside the target and renamed into place, so a failed export never leaves half a file there.
 */
public final class TableExport {

    /** The export formats. */
    public enum Format {
        CSV, PARQUET;

        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Errors.usage("Unknown --format '" + name + "'", "Use csv or parquet");
            }
        }
    }

    /** Rows written and where they went. */
    public record Result(long rows, String path) {
    }

    private TableExport() {
    }

    public static Result write(Dataset<Row> rows, Format format, String out, boolean overwrite) {
        Configuration conf = rows.sparkSession().sparkContext().hadoopConfiguration();
        try {
            FileSystem fs = new Path(out).getFileSystem(conf);
            // Qualified, so a bare file name has a parent directory to hold the scratch output.
            Path target = fs.makeQualified(new Path(out));
            // The checksumming local wrapper would leave a .crc file beside the export.
            if (fs instanceof LocalFileSystem local) {
                fs = local.getRawFileSystem();
            }
            if (fs.exists(target)) {
                if (!overwrite) {
                    throw Errors.usage(out + " exists", "Choose another --out, or add --overwrite to replace it");
                }
                fs.delete(target, true);
            }
            // Observing the count while writing spares a second pass over the table.
            Observation observed = new Observation("export");
            Dataset<Row> counted = (format == Format.CSV ? flattened(rows) : rows)
                    .observe(observed, functions.count(functions.lit(1)).as("rows"));
            boolean singleFile = format == Format.CSV || out.toLowerCase(Locale.ROOT).endsWith(".parquet");
            if (singleFile) {
                writeSingleFile(counted, format, fs, target);
            } else {
                writer(counted, format).save(target.toString());
            }
            return new Result(rowsObserved(observed), out);
        } catch (IOException e) {
            throw Errors.io("Cannot write " + out, e);
        }
    }

    private static long rowsObserved(Observation observed) {
        try {
            return ((Number) observed.getAsJava().get("rows")).longValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.io("Interrupted while counting the exported rows", e);
        }
    }

    private static void writeSingleFile(Dataset<Row> rows, Format format, FileSystem fs, Path target)
            throws IOException {
        Path scratch = new Path(target.getParent(), "." + target.getName() + ".export-" + UUID.randomUUID());
        try {
            writer(rows.coalesce(1), format).save(scratch.toString());
            String suffix = format == Format.CSV ? ".csv" : ".parquet";
            FileStatus[] parts = fs.listStatus(scratch, p -> p.getName().startsWith("part-") && p.getName().endsWith(suffix));
            if (parts.length != 1) {
                throw Errors.io("Spark wrote " + parts.length + " part files for " + target + ", expected one", null);
            }
            if (!fs.rename(parts[0].getPath(), target)) {
                throw Errors.io("Cannot move the export into place at " + target, null);
            }
        } finally {
            fs.delete(scratch, true);
        }
    }

    private static DataFrameWriter<Row> writer(Dataset<Row> rows, Format format) {
        DataFrameWriter<Row> w = rows.write().mode("errorifexists");
        if (format == Format.PARQUET) {
            return w.format("parquet");
        }
        // Spark's CSV defaults escape quotes with a backslash and trim whitespace when writing; RFC 4180 does neither.
        return w.format("csv").option("header", "true").option("encoding", "UTF-8")
                .option("quote", "\"").option("escape", "\"").option("escapeQuotes", "true")
                .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
                .option("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
    }

    /** Columns CSV cannot hold as they are, turned into text. */
    static Dataset<Row> flattened(Dataset<Row> rows) {
        StructType schema = rows.schema();
        Column[] cols = Arrays.stream(schema.fields()).map(TableExport::asText).toArray(Column[]::new);
        return rows.select(cols);
    }

    private static Column asText(StructField f) {
        Column c = functions.col("`" + f.name() + "`");
        DataType t = f.dataType();
        if (t instanceof ArrayType || t instanceof MapType || t instanceof StructType) {
            return functions.to_json(c).as(f.name());
        }
        if (t instanceof BinaryType) {
            return functions.base64(c).as(f.name());
        }
        return c;
    }
}
