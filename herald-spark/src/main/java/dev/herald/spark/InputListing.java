package dev.herald.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the job's inputs on the driver, on any file system Hadoop reads ({@code file:}, {@code hdfs:},
 * {@code s3a:}, ...): a directory gives every file under it, recursively, in name order, hidden
 * files ({@code .name}) skipped, as {@code herald analyze} reads directories. Containers (JSON Lines,
 * WARC) are listed as files; executors read their records. An input that does not exist or cannot
 * be listed becomes a failure, not an error of the job.
 */
final class InputListing {
    /** The files found, and the inputs that could not be listed. */
    record Listing(List<InputFile> files, List<Outcome> failures) {
    }

    private final Configuration hadoop;
    private final List<InputFile> files = new ArrayList<>();
    private final List<Outcome> failures = new ArrayList<>();

    private InputListing(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    /** {@return the files of {@code inputs}, in order} */
    static Listing list(List<String> inputs, Configuration hadoop) {
        InputListing listing = new InputListing(hadoop);
        inputs.forEach(listing::add);
        return new Listing(List.copyOf(listing.files), List.copyOf(listing.failures));
    }

    private void add(String input) {
        String name = displayName(input);
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus status = fs.getFileStatus(path);
            if (status.isDirectory()) {
                walk(fs, status.getPath(), name);
            } else {
                files.add(new InputFile(name, status.getPath().toString(), status.getLen()));
            }
        } catch (FileNotFoundException e) {
            failures.add(Outcome.failed(name, "no such file"));
        } catch (IOException | IllegalArgumentException e) {
            failures.add(Outcome.failed(name, "cannot read: " + e.getMessage()));
        }
    }

    private void walk(FileSystem fs, Path dir, String dirName) {
        FileStatus[] children;
        try {
            children = fs.listStatus(dir);
        } catch (IOException e) {
            failures.add(Outcome.failed(dirName, "cannot list directory: " + e.getMessage()));
            return;
        }
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus child : children) {
            String childName = child.getPath().getName();
            if (childName.startsWith(".")) {
                continue;
            }
            String name = childName(dirName, childName);
            if (child.isDirectory()) {
                walk(fs, child.getPath(), name);
            } else {
                files.add(new InputFile(name, child.getPath().toString(), child.getLen()));
            }
        }
    }

    /**
     * {@return how an input is named in records: a local path exactly as {@code analyze} prints it
     * (Java's normal form of the path as typed), a URI as typed}
     */
    static String displayName(String input) {
        return isLocal(input) ? java.nio.file.Path.of(input).toString() : input;
    }

    private static String childName(String dirName, String child) {
        if (isLocal(dirName)) {
            return java.nio.file.Path.of(dirName).resolve(child).toString();
        }
        return dirName.endsWith("/") ? dirName + child : dirName + "/" + child;
    }

    /** A path without a scheme is a local one, as the user typed it. */
    private static boolean isLocal(String input) {
        try {
            return new URI(input).getScheme() == null;
        } catch (java.net.URISyntaxException e) {
            return true;
        }
    }
}
