package dev.herald.ingest;

import dev.herald.model.InputFormat;

import java.util.regex.Pattern;

/** Tells HTML from scraped text by the content, never by the file name. */
public final class FormatSniffer {
    private static final Pattern MARKUP = Pattern.compile(
            "(?is)^\\s*(<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]|<!--)|<(body|p|div|article|meta|title)[\\s>/]");
    private static final int HEAD = 2048;

    private FormatSniffer() {
    }

    /** {@return {@code HTML} or {@code TEXT} for {@code content}} */
    public static InputFormat sniff(String content) {
        String head = content.length() > HEAD ? content.substring(0, HEAD) : content;
        return MARKUP.matcher(head).find() ? InputFormat.HTML : InputFormat.TEXT;
    }
}
