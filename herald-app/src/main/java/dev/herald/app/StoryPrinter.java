package dev.herald.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.record.ArticleRecord;
import dev.herald.stories.Story;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints stories: {@code json} as {@code {"total": N, "stories": [{"id", "label", "articles",
 * "first", "last", "entities": [{"name", "count"}], "speakers": [{"name", "count"}],
 * "article_ids"}]}}, {@code text} as a list a person reads.
 */
final class StoryPrinter {
    private StoryPrinter() {
    }

    static void print(List<Story> stories, StoriesCommand.StoryFormat format, PrintStream out) {
        if (format == StoriesCommand.StoryFormat.json) {
            out.println(ArticleRecord.mapper().valueToTree(json(stories)).toPrettyString());
        } else {
            stories.forEach(s -> text(s, out));
        }
    }

    static ObjectNode json(List<Story> stories) {
        ObjectNode root = ArticleRecord.mapper().createObjectNode();
        root.put("total", stories.size());
        ArrayNode list = root.putArray("stories");
        for (Story s : stories) {
            ObjectNode o = list.addObject();
            o.put("id", s.id());
            o.put("label", s.label());
            o.put("articles", s.articles().size());
            o.put("first", s.first().map(LocalDate::toString).orElse(null));
            o.put("last", s.last().map(LocalDate::toString).orElse(null));
            counts(o.putArray("entities"), s.entities());
            counts(o.putArray("speakers"), s.speakers());
            ArrayNode ids = o.putArray("article_ids");
            s.articles().forEach(ids::add);
        }
        return root;
    }

    private static void counts(ArrayNode array, List<Story.Count> counts) {
        counts.forEach(c -> array.addObject().put("name", c.name()).put("count", c.count()));
    }

    private static void text(Story s, PrintStream out) {
        out.printf("%s  %d article%s  %s  %s%n", s.id(), s.articles().size(), s.articles().size() == 1 ? "" : "s",
                dates(s.first(), s.last()), s.label());
        if (!s.entities().isEmpty()) {
            out.println("    entities: " + joined(s.entities()));
        }
        if (!s.speakers().isEmpty()) {
            out.println("    speakers: " + joined(s.speakers()));
        }
    }

    private static String dates(Optional<LocalDate> first, Optional<LocalDate> last) {
        if (first.isEmpty()) {
            return "(no dates)";
        }
        return first.get().equals(last.orElseThrow()) ? first.get().toString() : first.get() + ".." + last.get();
    }

    private static String joined(List<Story.Count> counts) {
        return counts.stream().map(c -> c.name() + " (" + c.count() + ")").collect(Collectors.joining(", "));
    }
}
