package dev.herald.clean.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says of its article: the
 * first object typed as an article, a blog post or a news item (looked for in arrays and
 * {@code @graph}s), else the first web page. Broken JSON is skipped, never thrown.
 *
 * @param headline    the headline
 * @param published   the publication date as written
 * @param authors     the names of the authors that are persons
 * @param publisher   the publisher's name
 * @param articleBody the body text
 * @param url         the article's URL
 */
record JsonLd(Optional<String> headline, Optional<String> published, List<String> authors,
              Optional<String> publisher, Optional<String> articleBody, Optional<String> url) {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(article|posting|blog|report|story).*");
    private static final Pattern PAGE_TYPE = Pattern.compile("(?i).*(webpage|newsmediaorganization).*");
    private static final int MAX_NODES = 10_000;

    JsonLd {
        authors = List.copyOf(authors);
    }

    static JsonLd none() {
        return new JsonLd(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** {@return what the page's JSON-LD says, or nothing known} */
    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                flatten(MAPPER.readTree(script.data().strip()), objects);
            } catch (JsonProcessingException e) {
                continue; // a broken script says nothing; the page's other metadata still count
            }
        }
        JsonNode article = objects.stream().filter(o -> typeMatches(o, ARTICLE_TYPE)).findFirst()
                .or(() -> objects.stream().filter(o -> typeMatches(o, PAGE_TYPE)).findFirst())
                .orElse(null);
        if (article == null) {
            return none();
        }
        return new JsonLd(text(article.get("headline")).or(() -> text(article.get("name"))),
                text(article.get("datePublished")).or(() -> text(article.get("dateCreated"))),
                persons(article.get("author")),
                name(article.get("publisher")),
                text(article.get("articleBody")).or(() -> text(article.get("text"))),
                text(article.get("url")).or(() -> text(article.path("mainEntityOfPage").get("@id"))));
    }

    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = todo.pop();
            if (n.isArray()) {
                for (int i = n.size() - 1; i >= 0; i--) {
                    todo.push(n.get(i));
                }
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    todo.push(n.get("@graph"));
                }
                if (n.path("mainEntity").isObject()) {
                    todo.push(n.get("mainEntity"));
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode o, Pattern type) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (type.matcher(x.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return type.matcher(t.asText()).matches();
    }

    private static Optional<String> text(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isArray()) {
            return n.isEmpty() ? Optional.empty() : text(n.get(0));
        }
        String s = n.isValueNode() ? n.asText().strip() : "";
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<String> name(JsonNode n) {
        if (n == null) {
            return Optional.empty();
        }
        if (n.isArray()) {
            return n.isEmpty() ? Optional.empty() : name(n.get(0));
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static List<String> persons(JsonNode n) {
        List<String> names = new ArrayList<>();
        if (n == null) {
            return names;
        }
        for (JsonNode a : n.isArray() ? n : List.of(n)) {
            if (a.isObject() && a.path("@type").asText("Person").matches("(?i).*organi[sz]ation.*")) {
                continue;
            }
            name(a).ifPresent(names::add);
        }
        return names;
    }
}
