package org.irlint.server.api;

import io.micronaut.serde.annotation.SerdeImport;
import org.irlint.core.Audience;
import org.irlint.core.report.Category;
import org.irlint.core.report.CategoryScore;
import org.irlint.core.report.CategoryScores;
import org.irlint.core.report.Finding;
import org.irlint.core.report.HashtagSummary;
import org.irlint.core.report.LengthSummary;
import org.irlint.core.report.ReferenceLink;
import org.irlint.core.report.RelevanceSummary;
import org.irlint.core.report.Report;
import org.irlint.core.report.Severity;
import org.irlint.core.report.Topic;
import org.irlint.core.report.Verdict;

/** Core's report records are plain Java with Jackson annotations; this lets Micronaut serde write them as they are. */
@SerdeImport(Report.class)
@SerdeImport(CategoryScores.class)
@SerdeImport(CategoryScore.class)
@SerdeImport(RelevanceSummary.class)
@SerdeImport(Topic.class)
@SerdeImport(LengthSummary.class)
@SerdeImport(HashtagSummary.class)
@SerdeImport(ReferenceLink.class)
@SerdeImport(Finding.class)
@SerdeImport(Category.class)
@SerdeImport(Severity.class)
@SerdeImport(Verdict.class)
@SerdeImport(Audience.class)
final class ReportSerde {
    private ReportSerde() {
    }
}
