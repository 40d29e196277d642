package org.irlint.core.privacy;

import org.irlint.core.report.Severity;
import org.irlint.core.rules.CheckContext;
import org.irlint.core.rules.Rule;
import org.irlint.core.rules.SpecRule;
import org.irlint.core.rules.RuleInfo;
import org.irlint.core.rules.RuleSpec;
import org.irlint.core.rules.PhraseScan;
import org.irlint.core.rules.Phrases;

/**
 * {@code kind: privacy-image} — images leak what text review cannot see: burned-in names and dates, name bands,
 * faces, file metadata. A reminder (info) whenever the draft has attachments or talks about an image it shows; a
 * warning, spanning the words, when the text says an identifier is visible ("wristband on the scout",
 * "overlay still says…", "screenshot of the chart").
 *
 * <p>Parameters: {@code imageWords} (pic, screenshot, scout, recon…), {@code identifierWords} (name band, face,
 * overlay, DOB…), {@code window} (characters between the two, default 60), {@code warningMessage}, and
 * {@code notImages}: phrases in which an image word is about the specialty, not a picture ("image-guided").
 */
public final class ImageRule extends SpecRule {
    private final Rule warning;
    private final String warningMessage;
    private final Phrases imageWords;
    private final Phrases identifierWords;
    private final Phrases notImages;
    private final int window;

    public ImageRule(RuleSpec spec) {
        super(spec);
        RuleInfo warningInfo = info.withSeverity(Severity.WARNING);
        this.warning = new Rule() {
            @Override
            public RuleInfo info() {
                return warningInfo;
            }

            @Override
            public void check(CheckContext context) {
            }
        };
        this.warningMessage = spec.string("warningMessage", spec.message());
        this.imageWords = Words.requiredPhrases(spec, "imageWords");
        this.identifierWords = Words.requiredPhrases(spec, "identifierWords");
        this.notImages = Words.phrases(spec, "notImages");
        this.window = spec.integer("window", 60);
    }

    @Override
    public void check(CheckContext context) {
        String text = context.normalized();
        PhraseScan image = imageWords.matcher(text);
        boolean warned = false;
        int firstImage = -1;
        int firstImageEnd = -1;
        while (image.find()) {
            if (Markup.inside(context, image.start(), image.end())
                    || notImages != null && notImages.covers(text, image.start(), image.end(), 30)) {
                continue;
            }
            if (firstImage < 0) {
                firstImage = image.start();
                firstImageEnd = image.end();
            }
            PhraseScan id = identifierWords.matcher(text).region(Math.max(0, image.start() - window), Math.min(text.length(), image.end() + window));
            while (id.find()) {
                if (id.end() <= image.start() || id.start() >= image.end()) {
                    int start = Math.min(image.start(), id.start());
                    int end = Math.max(image.end(), id.end());
                    if (!Markup.reported(context, info.id(), start, end)) {
                        context.report(warning, start, end, warningMessage, suggestions);
                    }
                    warned = true;
                }
            }
        }
        if (warned) {
            return;
        }
        if (firstImage >= 0) {
            context.report(this, firstImage, firstImageEnd, message, suggestions);
        } else if (!context.draft().attachments().isEmpty()) {
            context.report(this, 0, 0, message, suggestions);
        }
    }
}
