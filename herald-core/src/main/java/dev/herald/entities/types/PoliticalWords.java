package dev.herald.entities.types;

import java.util.HashSet;
import java.util.Set;

/**
 * The words that make a place name political in {@link PoliticalContexts}, lower case, every
 * inflection spelled out: verbs whose subject is an actor that speaks or decides, nouns of relations
 * between parties, nouns a government owns, participles whose agent decides, verbs that address one.
 */
final class PoliticalWords {
    /** Verbs of saying, deciding, agreeing, wanting, demanding, rejecting, warning, accusing, acting as a state. */
    static final Set<String> SUBJECT_VERBS = inflect("say:said", "state", "claim", "insist", "demand", "decide",
            "agree", "accuse", "want", "reject", "warn", "deny", "announce", "condemn", "threaten", "urge",
            "criticise", "criticize", "refuse", "approve", "propose", "offer", "respond", "retaliate",
            "expel:expelled:expelling", "impose", "recognise", "recognize", "protest", "vow", "pledge", "promise",
            "hope", "fear", "believe", "argue", "blame", "welcome", "dismiss", "oppose", "request", "seek:sought",
            "ask", "press", "push", "invite", "recall", "summon", "negotiate", "veto", "block", "plan", "intend",
            "reply", "counter", "confirm", "acknowledge", "admit:admitted:admitting", "complain", "object", "call",
            "signal", "indicate", "suggest", "hint", "accept", "declare", "order", "ban", "sanction", "suspend",
            "halt", "cancel:cancelled:cancelling", "withdraw:withdrew:withdrawn", "deploy", "boycott", "appeal",
            "lobby", "maintain", "reiterate", "stress", "emphasise", "emphasize", "expect", "prefer:preferred",
            "decline", "defend", "justify", "hail", "praise", "congratulate", "thank", "apologise", "apologize",
            "denounce", "slam", "blast", "back", "support", "endorse", "pressure", "retort", "concede", "vote",
            "refute", "dispute", "rebuff", "snub", "ignore", "resist", "mobilise", "mobilize", "arm", "fund",
            "send:sent", "voice", "express", "issue", "lodge", "tell:told", "worry", "regret:regretted", "doubt",
            "wish", "rebut:rebutted", "submit:submitted");
    /** Verbs political only with a party or deal object: "held talks", "signed a deal". */
    static final Set<String> DEAL_VERBS = inflect("hold:held", "reach", "begin:began:begun", "resume", "open",
            "join", "start", "conclude", "strike:struck", "seal", "broker", "launch", "renew", "restore", "cut",
            "sever", "break:broke:broken", "normalise", "normalize", "enter", "attend", "sign");
    /** Nouns of what parties have between or with each other. */
    static final Set<String> PARTY = words("talks", "talk", "negotiations", "negotiation", "relations", "relationship",
            "ties", "tie", "dispute", "disputes", "deal", "deals", "agreement", "agreements", "accord", "treaty", "pact",
            "summit", "meeting", "meetings", "dialogue", "row", "rift", "tensions", "tension", "standoff", "stand-off",
            "spat", "feud", "rapprochement", "cooperation", "co-operation", "contacts", "contact", "conflict", "war",
            "diplomacy", "alliance", "partnership", "understanding", "ceasefire", "truce", "detente", "d\u00e9tente",
            "friction", "confrontation", "hostilities", "consultations", "discussions", "exchanges", "rivalry",
            "reconciliation", "normalisation", "normalization", "dealings", "channel", "hotline", "mediation");
    /** Nouns that make "between X and Y" a matter of places: "the border between", "flights between". */
    static final Set<String> LITERAL_BETWEEN = words("border", "borders", "frontier", "flight", "flights", "road",
            "roads", "route", "routes", "train", "trains", "rail", "railway", "line", "pipeline", "highway",
            "motorway", "bridge", "ferry", "ferries", "journey", "journeys", "distance", "corridor", "trip", "trips",
            "travel", "traffic", "service", "services", "bus", "buses", "drive", "miles", "kilometres", "kilometers",
            "km", "halfway", "midway", "located", "lies", "lying", "situated", "sits", "cable", "link", "links",
            "connection", "connections", "trade", "match", "game", "final", "race", "marathon", "fares", "fare");
    /** Nouns of sport after a verb: "France claimed victory", "Italy secured the title" is a team, not a state. */
    static final Set<String> SPORT = words("victory", "victories", "title", "titles", "gold", "silver", "bronze",
            "medal", "medals", "match", "cup", "trophy", "points", "goal", "goals", "tries", "championship",
            "championships", "league", "wicket", "wickets", "podium", "semi-final", "squad");
    /** Nouns of what is agreed, for {@link #DEAL_VERBS}. */
    static final Set<String> DEALS = words("deal", "agreement", "accord", "treaty", "pact", "ceasefire", "truce",
            "sanctions", "memorandum", "round", "rounds", "summit", "framework", "compromise");
    /** Words right before "with" that make its object a party: "talks with", "negotiating with", "sided with". */
    static final Set<String> WITH_PARTY = union(PARTY, inflect("negotiate", "cooperate", "co-operate", "side",
            "engage", "clash", "talk", "deal", "ally", "reconcile", "break:broke:broken", "strike:struck", "sign",
            "reach", "agree", "normalise", "normalize", "mediate", "consult", "confer", "liaise", "coordinate",
            "co-ordinate", "partner"), words("odds", "loggerheads", "allied", "relation"));
    /** Nouns a government owns: "Beijing's response", "Moscow's demands". */
    static final Set<String> POSSESSED = words("position", "positions", "response", "responses", "demand", "demands",
            "decision", "decisions", "policy", "policies", "government", "stance", "offer", "offers", "proposal",
            "proposals", "plan", "plans", "reply", "reaction", "refusal", "approval", "support", "backing",
            "objection", "objections", "claim", "claims", "request", "requests", "warning", "warnings", "threat",
            "threats", "ultimatum", "envoy", "envoys", "ambassador", "ambassadors", "diplomats", "diplomacy",
            "negotiators", "negotiating", "intention", "intentions", "strategy", "concerns", "allies", "ally",
            "leadership", "leaders", "officials", "regime", "administration", "ministers", "minister", "ministry",
            "retaliation", "veto", "sanctions", "accusation", "accusations", "denial", "announcement", "statement",
            "insistence", "conditions", "terms", "red", "aims", "goals", "objectives", "agenda", "priorities",
            "commitment", "commitments", "pledge", "promise", "promises", "stance",
            "rejection", "recognition", "willingness", "reluctance", "refusal", "interference", "meddling", "crackdown", "handling", "line");
    /** Participles whose agent decides: "backed by Kyiv", "imposed by London". */
    static final Set<String> PARTICIPLES = words("backed", "rejected", "proposed", "demanded", "imposed", "approved",
            "announced", "condemned", "supported", "opposed", "signed", "agreed", "accepted", "brokered", "offered",
            "drafted", "vetoed", "endorsed", "ordered", "requested", "criticised", "criticized", "denied", "dismissed",
            "blocked", "sought", "made", "issued", "recognised", "recognized", "welcomed", "sanctioned", "expelled",
            "accused", "blamed", "pushed", "pressed", "urged", "warned", "threatened", "funded", "armed", "sent",
            "deployed", "announced", "initiated", "tabled", "put", "floated", "suggested", "promised", "pledged");
    /** Verbs whose object is addressed as an actor: "accused Beijing of", "urged Moscow to". */
    static final Set<String> ADDRESSING = inflect("accuse", "urge", "warn", "criticise", "criticize", "condemn",
            "blame", "press", "pressure", "call:called", "summon", "sanction", "tell:told",
            "ask", "invite", "persuade", "convince", "lobby", "implore", "beg", "challenge", "rebuke", "denounce",
            "slam", "praise", "thank", "congratulate", "reassure", "assure", "notify", "inform", "allow", "permit",
            "forbid", "trust", "distrust", "punish", "isolate", "appease", "court", "snub", "rebuff");
    /** Adjectives after a copula that tell a stance: "Britain is worried", "Tehran is ready". */
    static final Set<String> STANCES = words("worried", "concerned", "ready", "willing", "unwilling", "prepared",
            "determined", "keen", "reluctant", "adamant", "opposed", "committed", "furious", "angry", "unhappy",
            "eager", "open", "set", "resolved", "intent", "insistent", "alarmed", "wary", "sceptical", "skeptical",
            "confident", "satisfied", "dissatisfied", "displeased", "pleased", "disappointed", "outraged");

    /** Auxiliaries, adverbs and time words between a subject and its verb: "Moscow has repeatedly said". */
    static final Set<String> AUXILIARIES = words("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do",
            "also", "again", "now", "still", "already", "not", "n't", "never", "repeatedly", "reportedly",
            "previously", "recently", "quickly", "swiftly", "firmly", "strongly", "publicly", "formally",
            "officially", "yet", "then", "too", "long", "always", "apparently", "allegedly", "immediately", "later",
            "earlier", "first", "only", "just", "even", "further", "once", "initially", "finally", "effectively",
            "reluctantly", "angrily", "flatly", "privately", "openly", "clearly", "itself", "so", "far", "last",
            "week", "month", "year", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "overnight", "being");
    /** First words of a short insertion between commas after a subject: ", however,", ", which ...,". */
    static final Set<String> INSERTION_OPENERS = words("however", "meanwhile", "though", "which", "for",
            "in", "too", "by", "instead", "unsurprisingly", "like", "unlike", "as");
    /** Words after which a subject may start. */
    static final Set<String> OPENERS = union(words("and", "but", "or", "nor", "while", "as", "because",
            "since", "after", "before", "when", "that", "if", "though", "although", "whereas", "so", "yet",
            "meanwhile", "however", "where", "until", "unless", "once", "whether", "which", "now", "then", "also",
            "instead", "even", "still", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
            "week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "later", "earlier", "first", "finally", "eventually", "recently",
            "previously", "already", "separately", "similarly", "likewise", "moreover", "indeed", "but"),
            inflect("say:said", "believe", "think:thought", "add", "note", "warn", "insist", "argue",
                    "claim", "fear", "hope", "suggest", "know:knew", "expect", "confirm", "explain", "predict",
                    "acknowledge", "concede", "admit"));
    /** Words after a name that do not make it a modifier: "talks with Moscow last week", "urged Tehran to". */
    static final Set<String> FOLLOWERS = words("to", "of", "for", "over", "against", "on", "into", "that",
            "and", "or", "in", "at", "as", "after", "before", "since", "until", "about", "from", "with", "by", "this",
            "last", "next", "earlier", "later", "while", "but", "because", "amid", "despite", "during", "through",
            "within", "without", "under", "if", "when", "which", "who", "whose", "where", "than", "so", "yet",
            "instead", "too", "again", "also", "now", "itself", "alone", "directly", "soon", "not", "today",
            "yesterday", "week", "month", "year", "tomorrow", "tonight");
    /** Prepositions and articles: a name after one is no subject and owns nothing political. */
    static final Set<String> PREPOSITIONS = words("in", "at", "from", "to", "into", "near", "outside",
            "inside", "across", "around", "throughout", "via", "through", "toward", "towards", "over", "within",
            "beyond", "of", "for", "on", "onto", "against", "about", "under", "above", "below", "past", "along",
            "between", "with", "by", "like", "than", "as", "off", "out", "the", "a", "an");
    private PoliticalWords() {
    }

    /**
     * {@return every form of the verbs: "accuse" gives accuse, accuses, accused, accusing; irregular
     * forms follow the base after colons ("say:said")}
     */
    static Set<String> inflect(String... verbs) {
        Set<String> forms = new HashSet<>();
        for (String v : verbs) {
            String[] parts = v.split(":");
            String b = parts[0];
            forms.add(b);
            for (int i = 1; i < parts.length; i++) {
                forms.add(parts[i]);
            }
            boolean consonantY = b.endsWith("y") && b.length() > 2 && "aeiou".indexOf(b.charAt(b.length() - 2)) < 0;
            if (consonantY) {
                String stem = b.substring(0, b.length() - 1);
                forms.add(stem + "ies");
                forms.add(stem + "ied");
            } else {
                forms.add(b.matches(".*(s|sh|ch|x|z|o)") ? b + "es" : b + "s");
                forms.add(b.endsWith("e") ? b + "d" : b + "ed");
            }
            forms.add(b.endsWith("e") && !b.endsWith("ee") ? b.substring(0, b.length() - 1) + "ing" : b + "ing");
            if (b.matches(".*[^aeiou][aeiou][bdgmnpt]") && b.length() <= 4) {
                char last = b.charAt(b.length() - 1);
                forms.add(b + last + "ed");
                forms.add(b + last + "ing");
            }
        }
        return Set.copyOf(forms);
    }

    static Set<String> words(String... words) {
        return Set.copyOf(new HashSet<>(java.util.Arrays.asList(words)));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
