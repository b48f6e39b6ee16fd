package dev.herald.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoreNLP's {@code AnnotationPipeline.timingInformation()} text ("Annotation pipeline timing
 * information:", then one "NameAnnotator: 1.2 sec." line per annotator, then "TOTAL: ..."): the
 * seconds of each annotator, in pipeline order.
 */
final class CoreNlpTiming {
    private static final Pattern LINE = Pattern.compile("^(\\w+): ([0-9.]+) sec\\.$", Pattern.MULTILINE);

    private CoreNlpTiming() {
    }

    static Map<String, Double> parse(String timing) {
        Map<String, Double> out = new LinkedHashMap<>();
        Matcher m = LINE.matcher(timing);
        while (m.find()) {
            if (!m.group(1).equals("TOTAL")) {
                out.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
            }
        }
        return out;
    }
}
