package dev.herald.entities;

import dev.herald.entities.gazetteer.Actor;
import dev.herald.entities.gazetteer.Gazetteer;
import dev.herald.entities.gazetteer.GazetteerMatch;
import dev.herald.entities.gazetteer.GazetteerName;
import dev.herald.entities.mentions.DocumentConsistency;
import dev.herald.entities.mentions.MentionBoundaries;
import dev.herald.entities.mentions.MisspelledPlaces;
import dev.herald.entities.mentions.NamePatterns;
import dev.herald.entities.mentions.NameSplitter;
import dev.herald.entities.mentions.Names;
import dev.herald.entities.mentions.TokenRange;
import dev.herald.entities.types.EntityWords;
import dev.herald.entities.types.TypeEvidence;
import dev.herald.lexicon.Lexicon;
import dev.herald.model.Article;
import dev.herald.model.EntityType;
import dev.herald.model.Layer;
import dev.herald.model.Mention;
import dev.herald.model.Sentence;
import dev.herald.model.Span;
import dev.herald.model.Token;
import dev.herald.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fixes NER where news conventions make it wrong, in this order:
 * <ol>
 *   <li>"Mr/Ms/Mrs/Dr/Sir/Lord X" is a person (the mention keeps the honorific); an office before it is
 *       not part of the name ("Lord Chancellor Lord Falconer");</li>
 *   <li>names NER ran together are taken apart ({@link NameSplitter});</li>
 *   <li>names in fixed patterns: eponymous reports and inquiries, programme and album titles,
 *       seats, web sites ({@link NamePatterns});</li>
 *   <li>a name made an attribute by a hyphen ("London-based", "New York-born", "U.S.-led") is
 *       {@code OTHER}, as a demonym is;</li>
 *   <li>gazetteer names: a known country, place, body or person found by the gazetteer's trie is
 *       added where NER saw nothing, and retypes a name NER typed otherwise (a place tagged as a
 *       person, a metonym tagged as a place); demonyms become {@code OTHER};</li>
 *   <li>misspellings and transliterations of known places ("Kiyv", {@link MisspelledPlaces}); by
 *       document consistency, every other use of the word is that place too;</li>
 *   <li>all-capitals lines are matched without case against the gazetteer;</li>
 *   <li>epithets end a person's name ("Pliny the Elder"); a house's committee named in lower
 *       case is a body ("the Commons transport select committee"); where the article names a
 *       devolved body by its demonym ("Welsh Assembly Government"), "the assembly" and "the Welsh
 *       assembly" are bodies too;</li>
 *   <li>where names begin and end ({@link MentionBoundaries});</li>
 *   <li>document consistency ({@link DocumentConsistency});</li>
 *   <li>types by evidence: countries and nationalities, organisation suffixes, events and titles,
 *       clubs in sports reports, short names of bodies, ships, persons by age, results line and
 *       given name, places by place nouns, lists of towns and datelines ({@link TypeEvidence});</li>
 *   <li>a known body inside a one-token prefix ("Ex-BBC") is a mention of its own.</li>
 * </ol>
 *
 * <p>Requires {@code tokens}, {@code sentences}, {@code mentions}. Provides {@code mentions}
 * (replaced). Option: the {@link Gazetteer}. Thread-safe.
 */
public final class NerCorrector implements Stage {
    public static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "to", "into", "near", "around",
            "between", "across", "outside", "inside", "towards", "toward", "via", "by", "at", "including");
    private static final Set<String> ATTRIBUTIVE = Set.of("based", "born", "owned", "listed", "led", "backed",
            "controlled", "registered", "ruled", "bound", "sponsored", "origin", "made", "run", "funded",
            "dominated", "brokered", "occupied", "held", "style", "bred", "raised", "educated", "trained");
    /** Epithets that end a historical name: "Pliny the Elder". */
    private static final Set<String> EPITHETS = Set.of("Younger", "Elder", "Great", "Good", "Bold", "Conqueror",
            "Confessor", "Magnificent", "Terrible", "Wise", "Pious", "Lionheart");
    /** Houses whose committees news names in lower case: "the Commons transport select committee". */
    private static final Set<String> HOUSES = Set.of("Commons", "Lords", "Senate", "Congress", "House", "Assembly",
            "Parliament", "Duma", "Bundestag");
    /** Generic heads news writes in lower case for a devolved body named elsewhere: "the assembly". */
    private static final Set<String> GENERIC_BODIES = Set.of("assembly");
    /** A prefix joined to a body's name in one token: "Ex-BBC", "ex-Labour". */
    private static final java.util.regex.Pattern FORMER = java.util.regex.Pattern.compile("([Ee]x|[Ff]ormer)-(\\p{Lu}.*)");
    private final Gazetteer gazetteer;
    private final NameSplitter splitter;
    private final MisspelledPlaces misspelled;
    private final NamePatterns patterns;
    private final MentionBoundaries boundaries;
    private final Set<String> months;
    private final EntityWords lists;

    /** Builds a corrector with the bundled lexicon and word lists (tests). */
    public NerCorrector(Gazetteer gazetteer) {
        this(gazetteer, Lexicon.bundled(), EntityWords.bundled());
    }

    /** Builds a corrector that reads the month names of {@code lexicon} and the word lists {@code lists}. */
    public NerCorrector(Gazetteer gazetteer, Lexicon lexicon, EntityWords lists) {
        this.months = Set.copyOf(lexicon.all("month"));
        this.lists = lists;
        this.gazetteer = gazetteer;
        this.splitter = new NameSplitter(gazetteer, lists.givenNames());
        this.misspelled = new MisspelledPlaces(gazetteer, months);
        this.patterns = new NamePatterns(gazetteer);
        this.boundaries = new MentionBoundaries(gazetteer, lists.boundaries());
    }

    @Override
    public String name() {
        return "ner-corrector";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Article apply(Article article) {
        List<Token> tokens = article.get(Layer.TOKENS);
        List<TokenRange> ranges = toRanges(article.get(Layer.MENTIONS), tokens);
        boolean devolved = hasDevolvedBody(tokens);
        for (Sentence s : article.get(Layer.SENTENCES)) {
            List<String> words = words(tokens, s);
            boolean caps = Names.allCapsLine(words);
            honorifics(tokens, s, ranges);
            splitter.apply(tokens, s, ranges);
            attributives(tokens, s, ranges);
            patterns.apply(tokens, s, ranges);
            gazetteer(words, s.firstToken(), caps, ranges);
            if (!caps) {
                misspelled.apply(tokens, s, ranges);
                epithets(tokens, s, ranges);
                committees(tokens, s, ranges);
                if (devolved) {
                    genericBodies(tokens, s, ranges);
                }
            }
        }
        boundaries.apply(tokens, article.get(Layer.SENTENCES), ranges);
        ranges = new DocumentConsistency(tokens, article.get(Layer.SENTENCES)).apply(ranges);
        ranges = new TypeEvidence(tokens, article.get(Layer.SENTENCES), gazetteer, lists, months).apply(ranges);
        List<Mention> mentions = toMentions(article.text(), tokens, ranges);
        return article.with(Layer.MENTIONS, withFormerBodies(article.text(), tokens, ranges, mentions));
    }

    /** "Pliny the Elder": a person's name takes the epithet after it. */
    private static void epithets(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        // A range can take an epithet only where the sentence has "the" and one: most have none, and a
        // look at every range of the article for every sentence makes a long text quadratic.
        boolean any = false;
        for (int i = s.firstToken(); i + 1 < s.endToken() && !any; i++) {
            any = tokens.get(i).word().equals("the") && EPITHETS.contains(tokens.get(i + 1).word());
        }
        if (!any) {
            return;
        }
        for (TokenRange r : List.copyOf(ranges)) {
            int t = r.to();
            if (r.type() == EntityType.PERSON && t + 1 < s.endToken() && r.from() >= s.firstToken()
                    && tokens.get(t).word().equals("the") && EPITHETS.contains(tokens.get(t + 1).word())) {
                replace(ranges, new TokenRange(r.from(), t + 2, EntityType.PERSON, TokenRange.Origin.RULE));
            }
        }
    }

    /** "the Commons transport select committee": a house's committee named in lower case is a body. */
    private static void committees(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!HOUSES.contains(tokens.get(i).word())) {
                continue;
            }
            int j = i + 1;
            while (j < s.endToken() && j - i <= 4 && !Names.capitalized(tokens.get(j).word())
                    && Character.isLetter(tokens.get(j).word().charAt(0)) && !tokens.get(j).word().equals("committee")) {
                j++;
            }
            if (j > i + 1 && j < s.endToken() && tokens.get(j).word().equals("committee")) {
                int from = i;
                for (TokenRange r : ranges) {
                    if (r.overlaps(i, i + 1)) {
                        from = Math.min(from, r.from());
                    }
                }
                replace(ranges, new TokenRange(from, j + 1, EntityType.ORGANIZATION, TokenRange.Origin.RULE));
                i = j;
            }
        }
    }

    /** Whether the article names a devolved body by its demonym ("Welsh Assembly Government"). */
    private boolean hasDevolvedBody(List<Token> tokens) {
        for (Token t : tokens) {
            if (Names.capitalized(t.word()) && devolvedBody(t.word(), "assembly").isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** {@return the body "{@code demonym} {@code head}" names, when the gazetteer knows it} */
    Optional<Actor> devolvedBody(String demonym, String head) {
        return gazetteer.lookup(demonym + " " + head).map(GazetteerName::actor)
                .filter(a -> a.kind() == Actor.Kind.ORGANIZATION);
    }

    /** "the assembly", "the Welsh assembly", in an article that names the devolved body: that body. */
    private static void genericBodies(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
            String w = tokens.get(i).word();
            String before = tokens.get(i - 1).word();
            boolean next = i + 1 < s.endToken() && (tokens.get(i + 1).word().equals("government")
                    || tokens.get(i + 1).word().equals("-") || Names.capitalized(tokens.get(i + 1).word()));
            if (!GENERIC_BODIES.contains(w) || next) {
                continue;
            }
            int at = i;
            if (before.equals("the") && ranges.stream().noneMatch(r -> r.overlaps(at, at + 1))) {
                ranges.add(new TokenRange(i, i + 1, EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            } else if (Names.capitalized(before) && ranges.stream().noneMatch(r -> r.overlaps(at, at + 1))) {
                replace(ranges, new TokenRange(i - 1, i + 1, EntityType.ORGANIZATION, TokenRange.Origin.RULE));
            }
        }
    }

    /** "Ex-BBC chat show host": the body inside a one-token prefix is a mention of its own. */
    private List<Mention> withFormerBodies(String text, List<Token> tokens, List<TokenRange> ranges,
                                           List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < tokens.size(); i++) {
            java.util.regex.Matcher m = FORMER.matcher(tokens.get(i).word());
            int at = i;
            if (!m.matches() || ranges.stream().anyMatch(r -> r.overlaps(at, at + 1) && r.to() - r.from() > 1)) {
                continue;
            }
            Optional<GazetteerName> body = gazetteer.lookup(m.group(2))
                    .filter(n -> n.actor().kind() == Actor.Kind.ORGANIZATION && !n.weak());
            if (body.isEmpty()) {
                continue;
            }
            Span token = tokens.get(i).span();
            int start = token.start() + m.start(2);
            if (!tokens.get(i).word().equals(token.of(text))) {
                continue;
            }
            Span span = new Span(start, token.end());
            out.removeIf(x -> x.span().equals(token));
            out.add(new Mention(span, span.of(text), body.get().actor().type(), Mention.Kind.NAME));
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    private void honorifics(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        for (int i = s.firstToken(); i < s.endToken() - 1; i++) {
            String w = tokens.get(i).word();
            if (!Names.HONORIFICS.contains(w) && !Names.STYLES.contains(w)) {
                continue;
            }
            int j = i + 1;
            while (j < s.endToken() && j - i <= 5) {
                if (Names.capitalized(tokens.get(j).word()) && Character.isLetter(tokens.get(j).word().charAt(0))) {
                    j++;
                } else if (j > i + 1 && j + 1 < s.endToken() && hyphenJoins(tokens, j)) {
                    j += 2;
                } else {
                    break;
                }
            }
            // "Lord Chancellor Lord Falconer": the words before the last honorific are an office.
            for (int k = j - 2; k > i; k--) {
                if (Names.HONORIFICS.contains(tokens.get(k).word()) || Names.STYLES.contains(tokens.get(k).word())) {
                    i = k;
                    break;
                }
            }
            if (j > i + 1) {
                replace(ranges, new TokenRange(i, j, EntityType.PERSON, TokenRange.Origin.RULE));
                i = j - 1;
            }
        }
    }

    private void gazetteer(List<String> words, int offset, boolean caps, List<TokenRange> ranges) {
        for (GazetteerMatch m : gazetteer.find(words, caps)) {
            int from = offset + m.start();
            int to = offset + m.end();
            if (m.length() > 1 && words.get(m.start()).equalsIgnoreCase("the")) {
                from++;
            }
            Actor actor = m.name().actor();
            boolean sure = actor.kind() == Actor.Kind.ORGANIZATION || actor.kind() == Actor.Kind.DEMONYM;
            TokenRange found = new TokenRange(from, to, actor.type(),
                    sure ? TokenRange.Origin.RULE : TokenRange.Origin.GAZETTEER);
            List<TokenRange> over = ranges.stream().filter(r -> r.overlaps(found)).toList();
            if (over.isEmpty()) {
                if (!m.name().weak()) {
                    ranges.add(found);
                }
            } else if (over.size() == 1 && over.get(0).from() == from && over.get(0).to() == to) {
                retype(ranges, over.get(0), actor);
                placeAfterPreposition(words, m.start(), ranges, ranges.indexOf(over.get(0)), actor);
            } else if (!m.name().weak()
                    && over.stream().allMatch(r -> found.contains(r.from(), r.to()) && !r.sure())) {
                replace(ranges, found);
            }
        }
    }

    private void attributives(List<Token> tokens, Sentence s, List<TokenRange> ranges) {
        for (int i = s.firstToken() + 2; i < s.endToken(); i++) {
            Token dash = tokens.get(i - 1);
            Token name = tokens.get(i - 2);
            boolean joined = name.span().end() == dash.span().start() && dash.span().end() == tokens.get(i).span().start();
            if (!joined || !dash.word().equals("-") || !ATTRIBUTIVE.contains(tokens.get(i).word())
                    || !Names.capitalized(name.word())
                    || i - 2 == s.firstToken() && gazetteer.lookup(name.word()).isEmpty()) {
                continue;
            }
            String head = name.word();
            int from = i - 2;
            while (from > s.firstToken() && Names.capitalized(tokens.get(from - 1).word())
                    && !tokens.get(from - 1).word().equalsIgnoreCase("the")
                    && gazetteer.lookup(tokens.get(from - 1).word() + " " + head).isPresent()) {
                head = tokens.get(from - 1).word() + " " + head;
                from--;
            }
            replace(ranges, new TokenRange(from, i + 1, EntityType.OTHER, TokenRange.Origin.RULE));
        }
    }

    private static void retype(List<TokenRange> ranges, TokenRange ner, Actor actor) {
        if (ner.type() == actor.type() || ner.sure()) {
            return;
        }
        boolean body = actor.kind() == Actor.Kind.ORGANIZATION;
        boolean ofPlace = actor.kind() == Actor.Kind.PLACE && actor.name().contains(" of ");
        if (body || ofPlace) {
            ranges.set(ranges.indexOf(ner), ner.as(actor.type(), TokenRange.Origin.RULE));
        }
    }

    /** A known place that NER took for a body (a football club) after "in", "at", "from": a place. */
    private static void placeAfterPreposition(List<String> words, int start, List<TokenRange> ranges, int at,
                                              Actor actor) {
        TokenRange r = at < 0 ? null : ranges.get(at);
        boolean place = actor.kind() == Actor.Kind.PLACE || actor.kind() == Actor.Kind.COUNTRY;
        if (r != null && place && r.type() == EntityType.ORGANIZATION && start > 0
                && (PLACE_PREPOSITIONS.contains(words.get(start - 1).toLowerCase(java.util.Locale.ROOT))
                || inListOfPlaces(ranges, r.from()))) {
            ranges.set(at, r.as(EntityType.LOCATION, TokenRange.Origin.RULE));
        }
    }

    /** Whether the name at token {@code from} follows a place in a list ("Cardiff, Bangor and Wrexham"). */
    private static boolean inListOfPlaces(List<TokenRange> ranges, int from) {
        return ranges.stream().anyMatch(r -> r.type() == EntityType.LOCATION && r.to() == from - 1);
    }

    /** {@return whether token {@code at} is a hyphen joining the words on either side ("Kilroy-Silk")} */
    public static boolean hyphenJoins(List<Token> tokens, int at) {
        return at > 0 && at + 1 < tokens.size() && tokens.get(at).word().equals("-")
                && tokens.get(at - 1).span().end() == tokens.get(at).span().start()
                && tokens.get(at).span().end() == tokens.get(at + 1).span().start();
    }

    public static void replace(List<TokenRange> ranges, TokenRange added) {
        ranges.removeIf(r -> r.overlaps(added));
        ranges.add(added);
    }

    public static List<String> words(List<Token> tokens, Sentence s) {
        List<String> words = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            words.add(tokens.get(i).word());
        }
        return words;
    }

    private static List<TokenRange> toRanges(List<Mention> mentions, List<Token> tokens) {
        List<TokenRange> ranges = new ArrayList<>();
        int t = 0;
        for (Mention m : mentions) {
            while (t < tokens.size() && tokens.get(t).span().end() <= m.span().start()) {
                t++;
            }
            int from = t;
            int to = t;
            while (to < tokens.size() && tokens.get(to).span().start() < m.span().end()) {
                to++;
            }
            if (to > from) {
                ranges.add(new TokenRange(from, to, m.type(), TokenRange.Origin.NER));
            }
        }
        return ranges;
    }

    private static List<Mention> toMentions(String text, List<Token> tokens, List<TokenRange> ranges) {
        List<Mention> out = new ArrayList<>();
        ranges.sort(Comparator.comparingInt(TokenRange::from));
        for (TokenRange r : ranges) {
            Span span = new Span(tokens.get(r.from()).span().start(), tokens.get(r.to() - 1).span().end());
            out.add(new Mention(span, span.of(text), r.type(), Mention.Kind.NAME));
        }
        return out;
    }
}
