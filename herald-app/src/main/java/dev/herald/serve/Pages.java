package dev.herald.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the UI's templates ({@code src/main/jte}, compiled to classes at build time). Templates
 * are HTML-aware: every value written into them is escaped for where it stands (text, attribute),
 * so article text can never become markup.
 */
final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Answers with {@code template} rendered for {@code page}. */
    void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        ctx.html(out.toString());
    }

    void error(Context ctx, int status, String message) {
        render(ctx, "error.jte", new ErrorPage(status, message));
    }
}
