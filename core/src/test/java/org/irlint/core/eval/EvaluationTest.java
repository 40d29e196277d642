package org.irlint.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.irlint.core.Engine;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static LabeledPost unprofessional(String id, String text, String kind) {
        return new LabeledPost(id, text, List.of(), false, true, kind, "ir");
    }

    @Test
    void countsUnprofessionalPostsByKindWithTheIdsOfThoseMissed() {
        List<LabeledPost> posts = List.of(
                unprofessional("p1", "Who the fuck schedules three TIPS on one afternoon?", "profanity"),
                unprofessional("p2", "Lovely morning walk before the angio list.", "crude_humor"),
                unprofessional("p3", "Shit, the sheath kinked again.", "profanity"),
                new LabeledPost("c1", "Our port clinic runs Tuesdays.", List.of(), false, false, null, "ir"));
        Evaluation.Result r = Evaluation.run(Engine.withDefaults(), posts);
        assertEquals(new Evaluation.TypeRecall(2, 2, List.of()), r.unprofessionalKinds().get("profanity"));
        assertEquals(new Evaluation.TypeRecall(0, 1, List.of("p2")), r.unprofessionalKinds().get("crude_humor"));
        assertEquals(2, r.unprofessionalKinds().size(), "professional posts have no kind");
    }
}
