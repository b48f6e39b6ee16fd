package dev.herald.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.HashMap;
import java.util.Map;

/**
 * How each field's text becomes terms, the same when indexing and when parsing a query.
 *
 * <ul>
 *   <li>Words ({@code text}, {@code title}, {@code quote}) and names ({@code entity}, {@code person},
 *       {@code speaker}, ...): Unicode words, lower-cased, accents folded, no stemming and no stop
 *       words, so a phrase matches the words as written and {@code speaker:Blair} finds "Tony Blair".
 *       Values of one field are kept 100 positions apart, so a phrase never runs from one name
 *       into the next.</li>
 *   <li>Codes ({@code id}, {@code country}, {@code event}, {@code site}, {@code published},
 *       {@code duplicate}): the whole value is one term, lower-cased, so {@code country:GBR} and
 *       {@code country:gbr} are the same, and date ranges compare ISO strings.</li>
 * </ul>
 */
final class StoreAnalyzers {
    private StoreAnalyzers() {
    }

    /** {@return the analyzer of every field of the store} */
    static Analyzer perField() {
        Analyzer words = new WordsAnalyzer();
        Analyzer code = new CodeAnalyzer();
        Map<String, Analyzer> fields = new HashMap<>();
        for (String field : StoreFields.CODE_FIELDS) {
            fields.put(field, code);
        }
        return new PerFieldAnalyzerWrapper(words, fields);
    }

    /** Words: Unicode word breaks, lower case, ASCII folding. */
    static final class WordsAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }

    /** Codes: the whole value as one lower-cased term. */
    static final class CodeAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
