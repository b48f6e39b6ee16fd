package dev.herald.quotes;

/**
 * Tells what a quotation-mark character does where it stands: opens or closes a quotation, or is an
 * apostrophe ("don't", "the ’90s", "Ukraine’s") or otherwise no mark at all. Glyphs that only open
 * or only close ({@code « » „}) say so themselves; the straight and curly marks that may do either are
 * read from the characters beside them.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** Which family a mark belongs to: marks only pair within their family; the other family nests. */
    enum Family { DOUBLE, SINGLE }

    /** What a mark does. */
    enum Role { OPEN, CLOSE, EITHER, NONE }

    /** {@return the family of {@code c}, or {@code null} when it is no quotation mark} */
    static Family family(char c) {
        return switch (c) {
            case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb' -> Family.DOUBLE;
            case '\'', '\u2018', '\u2019', '\u201a', '\u2039', '\u203a' -> Family.SINGLE;
            default -> null;
        };
    }

    /** {@return the role of the mark at {@code i} of {@code text}, reading no further than [from, to)} */
    static Role role(String text, int i, int from, int to) {
        char c = text.charAt(i);
        char before = i > from ? text.charAt(i - 1) : ' ';
        char after = i + 1 < to ? text.charAt(i + 1) : ' ';
        return switch (c) {
            case '\u00ab', '\u201e', '\u201a', '\u2039' -> Role.OPEN;
            case '\u00bb', '\u203a' -> Role.CLOSE;
            case '\u2018' -> Character.isDigit(after) ? Role.NONE : Role.OPEN;
            case '\u2019', '\'' -> single(before, after, c == '\'');
            default -> doubled(before, after);
        };
    }

    private static Role doubled(char before, char after) {
        boolean openLeft = opensAfter(before);
        boolean closeRight = closesBefore(after);
        if (openLeft && !Character.isWhitespace(after)) {
            return closeRight && !Character.isWhitespace(before) ? Role.EITHER : Role.OPEN;
        }
        if (!Character.isWhitespace(before) && closeRight) {
            return Role.CLOSE;
        }
        return Role.EITHER;
    }

    private static Role single(char before, char after, boolean straight) {
        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
            return Role.NONE; // don't, Ukraine’s, rock'n'roll
        }
        if (opensAfter(before) && Character.isLetter(after)) {
            return straight ? Role.OPEN : Role.NONE; // ’tis; a curly right mark opening is an elision
        }
        if (opensAfter(before) && Character.isDigit(after)) {
            return Role.NONE; // the ’90s
        }
        if (!Character.isWhitespace(before) && closesBefore(after)) {
            return Role.CLOSE;
        }
        return Role.NONE;
    }

    /** {@return whether a mark right after {@code c} may open: after a space, bracket, dash or mark} */
    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([{\u2014\u2013-/\u201c\u2018\u00ab\u201e\"'".indexOf(c) >= 0;
    }

    /** {@return whether a mark right before {@code c} may close: before a space, punctuation or end} */
    private static boolean closesBefore(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]}\u2014\u2013-/\u201d\u2019\u00bb\"'\u2026".indexOf(c) >= 0;
    }
}
