package dev.herald.stories;

/**
 * How articles are grouped into stories.
 *
 * @param threshold      the least similarity (0..1) to an article of a story for a new article to
 *                       join that story; below it the article starts a story of its own
 * @param entityWeight   the share (0..1) of the similarity that comes from shared actors; the rest
 *                       comes from shared words
 * @param titleWeight    how many times a headline word counts, against once for a body word
 * @param windowDays     an article joins only articles published at most this many days before or
 *                       after it (when both dates are known)
 * @param termsKept      how many of an article's words (its highest TF-IDF weights at the time it
 *                       is added) are kept to compare later articles with
 * @param commonFraction a word or actor found in more than this share of the articles (once there
 *                       are 50) finds no candidates, though it still counts in the similarity
 */
public record StoryConfig(double threshold, double entityWeight, int titleWeight, int windowDays,
                          int termsKept, double commonFraction) {

    /** {@return the settings tuned on the development half of the story gold set} */
    public static StoryConfig defaults() {
        return new StoryConfig(0.32, 0.4, 3, 14, 60, 0.05);
    }

    public StoryConfig {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        if (!(entityWeight >= 0 && entityWeight <= 1)) throw new IllegalArgumentException("entityWeight must be in [0, 1], got " + entityWeight);
        if (titleWeight < 0) throw new IllegalArgumentException("titleWeight must be >= 0, got " + titleWeight);
        if (windowDays < 0) throw new IllegalArgumentException("windowDays must be >= 0, got " + windowDays);
        if (termsKept < 1) throw new IllegalArgumentException("termsKept must be >= 1, got " + termsKept);
        if (!(commonFraction > 0 && commonFraction <= 1)) throw new IllegalArgumentException("commonFraction must be in (0, 1], got " + commonFraction);
    }

    /** {@return these settings with another threshold} */
    public StoryConfig withThreshold(double newThreshold) {
        return new StoryConfig(newThreshold, entityWeight, titleWeight, windowDays, termsKept, commonFraction);
    }

    /** {@return these settings with another entity weight} */
    public StoryConfig withEntityWeight(double newWeight) {
        return new StoryConfig(threshold, newWeight, titleWeight, windowDays, termsKept, commonFraction);
    }
}
