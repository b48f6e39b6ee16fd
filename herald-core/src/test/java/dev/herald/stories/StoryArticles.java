package dev.herald.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles written for the story tests: three developments, told by several articles each. */
final class StoryArticles {
    private StoryArticles() {
    }

    static final String SPILL = "spill";
    static final String STRIKE = "strike";
    static final String MERGER = "merger";

    /** {@return the articles, each with the development it tells as its id's prefix} */
    static List<StoryDocument> all() {
        List<StoryDocument> out = new ArrayList<>();
        out.add(doc("spill-1", "Tanker spill fouls Valmar coast",
                "The tanker Orla Crest ran aground off Valmar and spilled fuel oil along the coast. The Harbour Safety"
                        + " Board said the owner, Quillan Shipping, must pay for the clean-up of the beaches.",
                actor("orla crest|OTHER|-", "Orla Crest", 2), actor("quillan shipping|ORGANIZATION|CHL", "Quillan Shipping", 2),
                actor("harbour safety board|ORGANIZATION|CHL", "Harbour Safety Board", 1), actor("valmar|LOCATION|CHL", "Valmar", 2)));
        out.add(doc("spill-2", "Quillan Shipping fined over Valmar spill",
                "The Harbour Safety Board fined Quillan Shipping for the fuel oil spill of the tanker Orla Crest off"
                        + " Valmar. The owner said it would appeal the fine and keep paying for the clean-up.",
                actor("quillan shipping|ORGANIZATION|CHL", "Quillan Shipping", 3), actor("orla crest|OTHER|-", "Orla Crest", 1),
                actor("harbour safety board|ORGANIZATION|CHL", "Harbour Safety Board", 2), actor("valmar|LOCATION|CHL", "Valmar", 1)));
        out.add(doc("strike-1", "Dockers strike at Port Arden",
                "Dockers at Port Arden walked out over pay, halting container traffic. The Dock Workers Union said the"
                        + " strike would last until the port authority raised its offer.",
                actor("port arden|LOCATION|-", "Port Arden", 2), actor("dock workers union|ORGANIZATION|-", "Dock Workers Union", 1)));
        out.add(doc("merger-1", "Belvane and Corrig agree bank merger",
                "Belvane Bank agreed to merge with Corrig Savings in a share deal. The merger creates the largest lender"
                        + " in the region; regulators must approve the merger.",
                actor("belvane bank|ORGANIZATION|-", "Belvane Bank", 2), actor("corrig savings|ORGANIZATION|-", "Corrig Savings", 2)));
        out.add(doc("strike-2", "Port Arden strike enters second week",
                "The dockers' strike at Port Arden entered its second week with containers piling up. The Dock Workers"
                        + " Union rejected a new pay offer from the port authority.",
                actor("port arden|LOCATION|-", "Port Arden", 2), actor("dock workers union|ORGANIZATION|-", "Dock Workers Union", 1)));
        out.add(doc("merger-2", "Regulator clears Belvane-Corrig merger",
                "The competition regulator cleared the merger of Belvane Bank and Corrig Savings, saying the merged"
                        + " lender would still face rivals in the region.",
                actor("belvane bank|ORGANIZATION|-", "Belvane Bank", 1), actor("corrig savings|ORGANIZATION|-", "Corrig Savings", 1)));
        out.add(doc("spill-3", "Valmar beaches reopen after spill clean-up",
                "Beaches near Valmar reopened after the clean-up of the fuel oil spilled by the tanker Orla Crest."
                        + " Quillan Shipping paid for the work, the Harbour Safety Board said.",
                actor("valmar|LOCATION|CHL", "Valmar", 1), actor("orla crest|OTHER|-", "Orla Crest", 1),
                actor("quillan shipping|ORGANIZATION|CHL", "Quillan Shipping", 1),
                actor("harbour safety board|ORGANIZATION|CHL", "Harbour Safety Board", 1)));
        return out;
    }

    static StoryDocument doc(String id, String title, String text, StoryDocument.Actor... actors) {
        return new StoryDocument(id, title, text, Optional.empty(), List.of(actors), List.of(), Optional.empty());
    }

    static StoryDocument.Actor actor(String key, String name, int mentions) {
        return new StoryDocument.Actor(key, name, mentions);
    }

    static StoryDocument dated(StoryDocument d, LocalDate date) {
        return new StoryDocument(d.id(), d.title(), d.text(), Optional.of(date), d.entities(), d.speakers(), d.duplicateOf());
    }

    static StoryDocument renamed(StoryDocument d, String id, Optional<String> duplicateOf) {
        return new StoryDocument(id, d.title(), d.text(), d.published(), d.entities(), d.speakers(), duplicateOf);
    }

    /** {@return the development an article of {@link #all()} tells} */
    static String development(String id) {
        return id.substring(0, id.indexOf('-'));
    }
}
