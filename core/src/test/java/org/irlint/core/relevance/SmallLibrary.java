package org.irlint.core.relevance;

import java.util.List;
import java.util.Map;

/** A library of three made-up documents and a few background paragraphs, for unit tests. */
final class SmallLibrary {
    private SmallLibrary() {
    }

    static ReferenceDocument doc(String id, String title, List<String> acronyms, String patients) {
        return new ReferenceDocument(id, title, "test", acronyms, List.of(), List.of(), List.of("#" + id.replace("-", "")),
                List.of("https://example.org/" + id), patients, "", "test:" + id);
    }

    static ReferenceLibrary library() {
        List<ReferenceDocument> docs = List.of(
                doc("knee-embolization", "Knee embolization", List.of("GAE"),
                        "Knee embolization blocks small inflamed knee arteries through a catheter to ease knee pain."),
                doc("kidney-drain", "Kidney drain", List.of("PCN"),
                        "A kidney drain is a thin tube placed through the back into the kidney to drain urine."),
                doc("liver-ablation", "Liver ablation", List.of("MWA"),
                        "Liver ablation heats a liver tumor through a needle guided by imaging."));
        List<ReferenceLibrary.BackgroundParagraph> background = List.of(
                new ReferenceLibrary.BackgroundParagraph("sports", "What a game tonight, the team won in overtime."),
                new ReferenceLibrary.BackgroundParagraph("sports", "The team trained hard all week for the game."),
                new ReferenceLibrary.BackgroundParagraph("cooking", "Bake the bread until golden, then let it cool."),
                new ReferenceLibrary.BackgroundParagraph("cardiology", "The heart echo showed a weak pump tonight."));
        return new ReferenceLibrary(docs, List.of(), background, List.of(), "", Map.of());
    }
}
