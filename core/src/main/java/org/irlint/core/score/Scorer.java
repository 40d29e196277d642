package org.irlint.core.score;

import java.util.List;
import org.irlint.core.relevance.RelevanceAssessment;
import org.irlint.core.report.Category;
import org.irlint.core.report.CategoryScore;
import org.irlint.core.report.CategoryScores;
import org.irlint.core.report.Finding;
import org.irlint.core.report.Severity;
import org.irlint.core.report.Verdict;

/**
 * Turns findings and relevance into category scores, the overall score and the verdict. The formula is
 * documented in the README ("Score and verdict"); keep the two in step.
 */
public final class Scorer {
    static final int ERROR_PENALTY = 40;
    static final int WARNING_PENALTY = 15;
    static final int INFO_PENALTY = 0;
    static final int BLOCKED_CAP = 40;
    static final int REVIEW_CAP = 85;

    public record Result(int score, Verdict verdict, CategoryScores categories) {
    }

    public Result score(List<Finding> findings, RelevanceAssessment relevance) {
        CategoryScores categories = new CategoryScores(
                penalised(findings, Category.PRIVACY, 100),
                penalised(findings, Category.PROFESSIONALISM, 100),
                penalised(findings, Category.RELEVANCE, relevanceBase(relevance)),
                penalised(findings, Category.REACH, 100));
        double weighted = 0.40 * categories.privacy().score()
                + 0.25 * categories.professionalism().score()
                + 0.15 * categories.relevance().score()
                + 0.20 * categories.reach().score();
        Verdict verdict = verdict(findings);
        int score = (int) Math.round(weighted);
        if (verdict == Verdict.BLOCKED) {
            score = Math.min(score, BLOCKED_CAP);
        } else if (verdict == Verdict.REVIEW) {
            score = Math.min(score, REVIEW_CAP);
        }
        return new Result(score, verdict, categories);
    }

    public static Verdict verdict(List<Finding> findings) {
        boolean review = false;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR && f.category() == Category.PRIVACY) {
                return Verdict.BLOCKED;
            }
            review |= f.severity().flags();
        }
        return review ? Verdict.REVIEW : Verdict.READY;
    }

    /** An on-topic post starts at 100; an off-topic one in proportion to how close it came. */
    private static int relevanceBase(RelevanceAssessment relevance) {
        if (relevance.onTopic()) {
            return 100;
        }
        return (int) Math.round(100 * Math.max(0, Math.min(1, relevance.score())) * 0.8);
    }

    private static CategoryScore penalised(List<Finding> findings, Category category, int base) {
        int score = base;
        int count = 0;
        for (Finding f : findings) {
            if (f.category() != category) {
                continue;
            }
            count++;
            score -= switch (f.severity()) {
                case ERROR -> ERROR_PENALTY;
                case WARNING -> WARNING_PENALTY;
                case INFO -> INFO_PENALTY;
            };
        }
        return new CategoryScore(Math.max(0, score), count);
    }
}
