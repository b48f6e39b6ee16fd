package dev.herald.spark;

import org.apache.hadoop.conf.Configuration;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The driver's Hadoop settings (file system implementations, credentials given as
 * {@code spark.hadoop.*}), carried to the executors so that they open the inputs as the driver
 * listed them. Hadoop's {@code Configuration} is not serializable; its entries are.
 */
record HadoopSettings(HashMap<String, String> entries) implements Serializable {

    static HadoopSettings of(Configuration conf) {
        HashMap<String, String> entries = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            entries.put(e.getKey(), e.getValue());
        }
        return new HadoopSettings(entries);
    }

    Configuration toConfiguration() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
