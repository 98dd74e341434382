package vn.dangbo.registry.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;

/**
 * One kind of import (members, organisations), plugged into the one job machine ({@link ImportWorker}): the
 * machine reads the file, drives the job from step to step and ends it; the kind says how a chunk of rows is
 * checked and how the checked file is written.
 */
interface ImportKind {

    /** The uploaded file of one job, and who asked for it (the worker runs outside the request). */
    record Upload(UUID jobId, Path file, ImportRows.Format format, WriteGrant requester) {
    }

    ImportJob.Kind kind();

    /** What a row creates, as the job's messages name it ("đảng viên"). */
    String noun();

    /** The columns a file may have, named when a file has no header. */
    List<String> columns();

    /** How many rows are checked together (in one transaction, with one lookup where the kind can). */
    int chunkSize();

    /** How long the one transaction writing the whole file may take. */
    int writeTimeoutSeconds();

    /** A run of this kind for one job; it keeps what checking learnt until the write. */
    Run start(Upload upload);

    /** The checking and writing of one job's file. */
    interface Run {

        /**
         * Reads the header row. A header that cannot be read is listed in {@code outcomes} (the row INVALID,
         * with its errors) and ends the job.
         *
         * @return whether the file's rows can be read with it
         */
        boolean header(ImportRows.Row names, Outcomes outcomes);

        /** Checks a chunk of non-blank rows, in the order of the file, in a transaction; nothing is written. */
        void check(List<ImportRows.Row> chunk, Outcomes outcomes);

        /** How many rows the write goes through, for its progress. */
        int rowsToWrite(Outcomes.Counts counts);

        /**
         * Writes the checked file, in the machine's one transaction; anything that differs from the check
         * throws, and nothing is written.
         *
         * @param progress told the rows written so far
         * @return the records created
         */
        int write(IntConsumer progress) throws IOException;
    }
}
