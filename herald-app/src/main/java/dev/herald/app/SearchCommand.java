package dev.herald.app;

import dev.herald.record.ArticleRecord;
import dev.herald.store.ArticleStore;
import dev.herald.store.SearchRequest;
import dev.herald.store.SearchResult;
import dev.herald.store.StoreJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code herald search}: articles of a store matching a Lucene query, with facets on request. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a store with a Lucene query over text, title, entity, person, org, place, country,"
                + " speaker, quote, event, actor, published, site, id, duplicate.")
final class SearchCommand implements Callable<Integer> {

    /** How search results are printed. */
    enum Format { json, jsonl, text }

    /** The order of hits on the command line. */
    enum SortOrder { relevance, date }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "json", description = "json, jsonl or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "hits to print (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "hits to skip first (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(names = "--facets", description = "count entities, countries, speakers, events, sites and months of all matches")
    boolean facets;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date, newest first (default: ${DEFAULT-VALUE})")
    SortOrder sort;

    @Option(names = "--all", description = "also list near-duplicates (left out by default)")
    boolean all;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (several words are joined by spaces)")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", words);
        SearchRequest request;
        try {
            request = new SearchRequest(query, limit, offset, facets,
                    SearchRequest.Sort.valueOf(sort.name().toUpperCase(Locale.ROOT)), all);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return StoreErrors.run(System.err, query, () -> {
            SearchResult result;
            try (ArticleStore s = store.openReader()) {
                result = s.search(request);
            }
            print(result, new PrintStream(System.out, false, StandardCharsets.UTF_8));
            return 0;
        });
    }

    private void print(SearchResult result, PrintStream out) {
        switch (format) {
            case json -> out.println(RecordPrinter.pretty(StoreJson.search(result)));
            case jsonl -> result.hits().forEach(h -> out.println(ArticleRecord.toLine(StoreJson.hit(h))));
            case text -> out.print(SearchText.of(result, offset, ProgressDisplay.stdoutIsTerminal()));
        }
        out.flush();
    }
}
