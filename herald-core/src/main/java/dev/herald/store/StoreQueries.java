package dev.herald.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads queries in Lucene's classic syntax. Words without a field search {@code text} and
 * {@code title}; words are all required unless joined by {@code OR} (as a web search reads them);
 * a blank query matches every article.
 */
final class StoreQueries {
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private final Analyzer analyzer;

    StoreQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * {@return the query of {@code text}}
     *
     * @throws StoreException.BadQuery with the parser's message and column when it does not parse
     */
    Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        // A parser is not thread-safe, and cheap to make.
        QueryParser parser = new MultiFieldQueryParser(new String[] {StoreFields.TEXT, StoreFields.TITLE}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new StoreException.BadQuery(message(e), column(e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new StoreException.BadQuery("the query expands to too many terms (" + e.getMessage()
                    + "); make its wildcards or ranges narrower", 0, e);
        }
    }

    /** The parser's message names the query again and JavaCC's expected tokens; keep the first line. */
    private static String message(ParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    private static int column(ParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
                return p.currentToken.next.beginColumn;
            }
            Matcher m = COLUMN.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }
}
