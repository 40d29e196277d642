package org.irlint.core.report;

/** The per-category scores, one field per category so the JSON shape is the contract's. */
public record CategoryScores(
        CategoryScore privacy,
        CategoryScore professionalism,
        CategoryScore relevance,
        CategoryScore reach) {

    public CategoryScore get(Category category) {
        return switch (category) {
            case PRIVACY -> privacy;
            case PROFESSIONALISM -> professionalism;
            case RELEVANCE -> relevance;
            case REACH -> reach;
        };
    }
}
